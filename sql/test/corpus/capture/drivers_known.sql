--
-- Not captured here: texts that other clients are known to send, written
-- down from their sources and documentation.
--
-- MySQL Connector/J 8.0, connect
/* mysql-connector-j-8.0.33 (Revision: 7d6b0800528b6b25c68b52dc10d6c1c8429c100c) */SELECT  @@session.auto_increment_increment AS auto_increment_increment, @@character_set_client AS character_set_client, @@character_set_connection AS character_set_connection, @@character_set_results AS character_set_results, @@character_set_server AS character_set_server, @@collation_server AS collation_server, @@collation_connection AS collation_connection, @@init_connect AS init_connect, @@interactive_timeout AS interactive_timeout, @@license AS license, @@lower_case_table_names AS lower_case_table_names, @@max_allowed_packet AS max_allowed_packet, @@net_write_timeout AS net_write_timeout, @@performance_schema AS performance_schema, @@sql_mode AS sql_mode, @@system_time_zone AS system_time_zone, @@time_zone AS time_zone, @@transaction_isolation AS transaction_isolation, @@wait_timeout AS wait_timeout;
SET character_set_results = NULL;
SET autocommit=1;
SELECT @@session.transaction_read_only;
SELECT @@session.transaction_isolation;
SET SESSION TRANSACTION READ ONLY;
SET SESSION TRANSACTION READ WRITE;
SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SHOW WARNINGS;
SET NAMES utf8mb4;
SET NAMES utf8mb4 COLLATE utf8mb4_0900_ai_ci;
SET sql_mode='STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION';
SET SQL_SELECT_LIMIT=DEFAULT;
SET SQL_SELECT_LIMIT=100;
SELECT @@session.tx_read_only;
-- MySQL Connector/J 8.0, DatabaseMetaData
SHOW FULL TABLES FROM `drv` LIKE '%';
SHOW FULL COLUMNS FROM `items` FROM `drv` LIKE '%';
SHOW KEYS FROM `items` FROM `drv`;
SHOW CREATE TABLE `drv`.`item_tags`;
SELECT TABLE_SCHEMA AS TABLE_CAT, NULL AS TABLE_SCHEM, TABLE_NAME, CASE WHEN TABLE_TYPE='BASE TABLE' THEN CASE WHEN TABLE_SCHEMA = 'mysql' OR TABLE_SCHEMA = 'performance_schema' THEN 'SYSTEM TABLE' ELSE 'TABLE' END WHEN TABLE_TYPE='TEMPORARY' THEN 'LOCAL_TEMPORARY' ELSE TABLE_TYPE END AS TABLE_TYPE, TABLE_COMMENT AS REMARKS, NULL AS TYPE_CAT, NULL AS TYPE_SCHEM, NULL AS TYPE_NAME, NULL AS SELF_REFERENCING_COL_NAME, NULL AS REF_GENERATION FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA LIKE 'drv' AND TABLE_NAME LIKE '%' HAVING TABLE_TYPE IN ('TABLE','VIEW',null,null,null) ORDER BY TABLE_TYPE, TABLE_SCHEMA, TABLE_NAME;
SELECT TABLE_SCHEMA AS TABLE_CAT, NULL AS TABLE_SCHEM, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION AS KEY_SEQ, CONSTRAINT_NAME AS PK_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = 'drv' AND TABLE_NAME = 'items' AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX;
SELECT A.REFERENCED_TABLE_SCHEMA AS PKTABLE_CAT,NULL AS PKTABLE_SCHEM, A.REFERENCED_TABLE_NAME AS PKTABLE_NAME, A.REFERENCED_COLUMN_NAME AS PKCOLUMN_NAME, A.TABLE_SCHEMA AS FKTABLE_CAT, NULL AS FKTABLE_SCHEM, A.TABLE_NAME AS FKTABLE_NAME, A.COLUMN_NAME AS FKCOLUMN_NAME, A.ORDINAL_POSITION AS KEY_SEQ, CASE WHEN R.UPDATE_RULE = 'CASCADE' THEN 0 WHEN R.UPDATE_RULE = 'SET NULL' THEN 2 WHEN R.UPDATE_RULE = 'SET DEFAULT' THEN 4 WHEN R.UPDATE_RULE = 'RESTRICT' THEN 1 WHEN R.UPDATE_RULE = 'NO ACTION' THEN 1 ELSE 1 END  AS UPDATE_RULE, CASE WHEN R.DELETE_RULE = 'CASCADE' THEN 0 WHEN R.DELETE_RULE = 'SET NULL' THEN 2 WHEN R.DELETE_RULE = 'SET DEFAULT' THEN 4 WHEN R.DELETE_RULE = 'RESTRICT' THEN 1 WHEN R.DELETE_RULE = 'NO ACTION' THEN 1 ELSE 1 END  AS DELETE_RULE, A.CONSTRAINT_NAME AS FK_NAME, R.UNIQUE_CONSTRAINT_NAME AS PK_NAME, 7 AS DEFERRABILITY FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE A JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R USING (CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_NAME) WHERE R.TABLE_NAME = A.TABLE_NAME AND A.TABLE_SCHEMA = 'drv' AND A.TABLE_NAME = 'item_tags' AND A.REFERENCED_TABLE_SCHEMA IS NOT NULL ORDER BY A.REFERENCED_TABLE_SCHEMA, A.REFERENCED_TABLE_NAME, A.ORDINAL_POSITION;
-- MySQL Connector/J 5.1, connect
/* mysql-connector-java-5.1.49 ( Revision: ad86f36e100e104cd926c6b81c8cab9565750116 ) */SHOW VARIABLES WHERE Variable_name ='language' OR Variable_name = 'net_write_timeout' OR Variable_name = 'interactive_timeout' OR Variable_name = 'wait_timeout' OR Variable_name = 'character_set_client' OR Variable_name = 'character_set_connection' OR Variable_name = 'character_set' OR Variable_name = 'character_set_server' OR Variable_name = 'tx_isolation' OR Variable_name = 'transaction_isolation' OR Variable_name = 'character_set_results' OR Variable_name = 'timezone' OR Variable_name = 'time_zone' OR Variable_name = 'system_time_zone' OR Variable_name = 'lower_case_table_names' OR Variable_name = 'max_allowed_packet' OR Variable_name = 'net_buffer_length' OR Variable_name = 'sql_mode' OR Variable_name = 'query_cache_type' OR Variable_name = 'query_cache_size' OR Variable_name = 'license' OR Variable_name = 'init_connect';
/* mysql-connector-java-5.1.49 ( Revision: ad86f36e100e104cd926c6b81c8cab9565750116 ) */SELECT @@session.auto_increment_increment AS auto_increment_increment;
SET NAMES latin1;
SET character_set_results = NULL;
-- MySQL Connector/Python
SET NAMES 'utf8mb4' COLLATE 'utf8mb4_general_ci';
SET @@session.autocommit = OFF;
SET @@session.autocommit = ON;
SELECT @@session.transaction_isolation;
SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
START TRANSACTION READ ONLY;
-- Django
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT VERSION();
SELECT @@SQL_AUTO_IS_NULL;
SELECT @@sql_mode;
SELECT engine FROM information_schema.tables WHERE table_name = 'django_migrations' AND table_schema = DATABASE();
SELECT table_name, table_type, table_comment FROM information_schema.tables WHERE table_schema = DATABASE();
SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, extra, column_default, CASE WHEN collation_name = 'utf8mb4_general_ci' THEN NULL ELSE collation_name END AS collation_name, CASE WHEN column_type LIKE '% unsigned' THEN 1 ELSE 0 END AS is_unsigned FROM information_schema.columns WHERE table_name = 'items' AND table_schema = DATABASE();
SELECT kc.constraint_name, kc.column_name, kc.referenced_table_name, kc.referenced_column_name, c.constraint_type FROM information_schema.key_column_usage AS kc, information_schema.table_constraints AS c WHERE kc.table_schema = DATABASE() AND c.table_schema = kc.table_schema AND c.constraint_name = kc.constraint_name AND c.constraint_type != 'CHECK' AND kc.table_name = 'items' ORDER BY kc.`ordinal_position`;
SELECT `django_migrations`.`id`, `django_migrations`.`app`, `django_migrations`.`name`, `django_migrations`.`applied` FROM `django_migrations`;
SELECT (1) AS `a` FROM `auth_user` WHERE `auth_user`.`username` = 'admin' LIMIT 1;
-- Ruby on Rails (mysql2 adapter)
SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci,  @@SESSION.sql_mode = CONCAT(CONCAT(@@sql_mode, ',STRICT_ALL_TABLES'), ',NO_AUTO_VALUE_ON_ZERO'),  @@SESSION.sql_auto_is_null = 0, @@SESSION.wait_timeout = 2147483;
SELECT GET_LOCK('1863046435720165465', 0);
SELECT RELEASE_LOCK('1863046435720165465');
SHOW FULL FIELDS FROM `schema_migrations`;
SELECT table_name FROM information_schema.tables WHERE table_schema = database() AND table_name = 'schema_migrations' AND table_type = 'BASE TABLE';
SELECT `schema_migrations`.`version` FROM `schema_migrations` ORDER BY `schema_migrations`.`version` ASC;
SELECT `users`.* FROM `users` WHERE `users`.`id` = 1 LIMIT 1;
SELECT 1 AS one FROM `users` WHERE `users`.`email` = BINARY 'a@example.com' LIMIT 1;
-- Laravel
set names 'utf8mb4' collate 'utf8mb4_unicode_ci';
set session sql_mode='ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
select * from information_schema.tables where table_schema = 'drv' and table_name = 'migrations' and table_type = 'BASE TABLE';
select max(`batch`) as aggregate from `migrations`;
select exists(select * from `users` where `email` = 'a@example.com') as `exists`;
-- Hibernate
select next_val as id_val from hibernate_sequence for update;
update hibernate_sequence set next_val= 2 where next_val=1;
select u1_0.id,u1_0.email,u1_0.name from users u1_0 where u1_0.id=1;
-- TypeORM, Knex, Prisma
SELECT VERSION() AS `version`;
SELECT * FROM `INFORMATION_SCHEMA`.`COLUMNS` WHERE `TABLE_SCHEMA` = 'drv' AND `TABLE_NAME` = 'typeorm_metadata';
select * from information_schema.tables where table_name = 'knex_migrations' and table_schema = database();
SELECT @@version;
SELECT @@GLOBAL.version;
-- MySQL Workbench
SHOW SESSION VARIABLES LIKE 'lower_case_table_names';
SELECT current_user();
SET CHARACTER SET utf8;
SET NAMES utf8;
SET SQL_SAFE_UPDATES=1;
SELECT CONNECTION_ID();
SHOW SESSION STATUS LIKE 'Ssl_cipher';
SHOW SESSION VARIABLES LIKE 'version_comment';
SELECT st.* FROM performance_schema.events_statements_current st JOIN performance_schema.threads thr ON thr.thread_id = st.thread_id WHERE thr.PROCESSLIST_ID = 12;
SHOW FULL PROCESSLIST;
-- DBeaver, HeidiSQL, phpMyAdmin, Navicat
SHOW ENGINES;
SHOW CHARSET;
SHOW COLLATION;
SHOW PLUGINS;
SELECT @@GLOBAL.character_set_server,@@GLOBAL.collation_server;
SHOW TABLE STATUS FROM `drv`;
SHOW FULL TABLES FROM `drv`;
SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA='drv' AND TABLE_NAME='items' ORDER BY ORDINAL_POSITION;
SHOW /*!50002 GLOBAL */ STATUS;
SHOW /*!32332 FULL */ COLUMNS FROM `drv`.`items`;
SELECT `DEFAULT_COLLATION_NAME` FROM `information_schema`.`SCHEMATA` WHERE `SCHEMA_NAME`='drv';
SELECT *, EVENT_SCHEMA AS `Db`, EVENT_NAME AS `Name` FROM information_schema.`EVENTS` WHERE `EVENT_SCHEMA`='drv';
SET CHARACTER SET 'utf8mb4';
SET collation_connection = 'utf8mb4_unicode_ci';
SELECT CURRENT_USER();
SELECT @@disabled_storage_engines;
SELECT `SCHEMA_NAME` FROM `INFORMATION_SCHEMA`.`SCHEMATA`, (SELECT DB_first_level FROM ( SELECT DISTINCT SUBSTRING_INDEX(SCHEMA_NAME, '_', 1) DB_first_level FROM INFORMATION_SCHEMA.SCHEMATA WHERE TRUE ) t ORDER BY DB_first_level ASC LIMIT 0, 100) t2 WHERE TRUE AND 1 = LOCATE(CONCAT(DB_first_level, '_'), CONCAT(SCHEMA_NAME, '_')) ORDER BY SCHEMA_NAME ASC;
SHOW VARIABLES LIKE 'lower_case_%';
SHOW VARIABLES LIKE 'sql_mode';
SELECT COUNT(*) AS support_ndb FROM information_schema.ENGINES WHERE Engine = 'ndbcluster';
-- MySQL 8 mysql client and mysqldump
select @@version_comment limit 1;
select USER();
SELECT DATABASE();
/*!80000 SET SESSION information_schema_stats_expiry=0 */;
SET SESSION NET_READ_TIMEOUT= 86400, SESSION NET_WRITE_TIMEOUT= 86400;
SHOW VARIABLES LIKE 'gtid\_mode';
SHOW VARIABLES LIKE 'ndbinfo\_version';
SELECT LOGFILE_GROUP_NAME, FILE_NAME, TOTAL_EXTENTS, INITIAL_SIZE, ENGINE, EXTRA FROM INFORMATION_SCHEMA.FILES WHERE ENGINE = 'ndbcluster' AND FILE_TYPE = 'UNDO LOG' AND FILE_NAME IS NOT NULL AND LOGFILE_GROUP_NAME IS NOT NULL AND LOGFILE_GROUP_NAME IN (SELECT DISTINCT LOGFILE_GROUP_NAME FROM INFORMATION_SCHEMA.FILES WHERE ENGINE = 'ndbcluster' AND FILE_TYPE = 'DATAFILE' AND TABLESPACE_NAME IN (SELECT DISTINCT TABLESPACE_NAME FROM INFORMATION_SCHEMA.PARTITIONS WHERE TABLE_SCHEMA IN ('drv'))) GROUP BY LOGFILE_GROUP_NAME, FILE_NAME, ENGINE, TOTAL_EXTENTS, INITIAL_SIZE ORDER BY LOGFILE_GROUP_NAME;
SHOW TABLES LIKE 'items';
show table status like 'items';
show fields from `items`;
show triggers like 'items';
SELECT /*!40001 SQL_NO_CACHE */ * FROM `items`;
SELECT COLUMN_NAME,                       JSON_EXTRACT(HISTOGRAM, '$."number-of-buckets-specified"')                FROM information_schema.COLUMN_STATISTICS                WHERE SCHEMA_NAME = 'drv' AND TABLE_NAME = 'items';
FLUSH /*!40101 LOCAL */ TABLES;
FLUSH TABLES WITH READ LOCK;
SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;
START TRANSACTION /*!40100 WITH CONSISTENT SNAPSHOT */;
UNLOCK TABLES;
