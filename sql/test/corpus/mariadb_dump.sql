/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: dumptest
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `child`
--

DROP TABLE IF EXISTS `child`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `child` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) DEFAULT NULL,
  `parent_code` varchar(20) DEFAULT NULL,
  `qty` int(11) NOT NULL DEFAULT 1 CHECK (`qty` >= 0),
  `price` decimal(8,2) NOT NULL,
  `total` decimal(12,2) GENERATED ALWAYS AS (`qty` * `price`) STORED,
  `label` varchar(50) GENERATED ALWAYS AS (concat('item-',`id`)) VIRTUAL,
  `note` varchar(200) DEFAULT NULL COMMENT 'free text',
  PRIMARY KEY (`id`),
  KEY `idx_parent` (`parent_id`),
  KEY `idx_total` (`total`),
  KEY `fk_child_code` (`parent_code`),
  CONSTRAINT `fk_child_code` FOREIGN KEY (`parent_code`) REFERENCES `parent` (`code`) ON DELETE SET NULL,
  CONSTRAINT `fk_child_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `chk_price` CHECK (`price` >= 0 and `price` < 1000000)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='rows point at parent';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `child`
--

LOCK TABLES `child` WRITE;
/*!40000 ALTER TABLE `child` DISABLE KEYS */;
INSERT INTO `child` VALUES
(1,1,'P1',3,9.99,29.97,'item-1','three'),
(2,1,NULL,0,0.00,0.00,'item-2',NULL),
(3,2,'P2',10,1234.50,12345.00,'item-3','ten \"items\"'),
(4,NULL,NULL,1,0.01,0.01,'item-4','orphan\\');
/*!40000 ALTER TABLE `child` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Temporary table structure for view `child_summary`
--

DROP TABLE IF EXISTS `child_summary`;
/*!50001 DROP VIEW IF EXISTS `child_summary`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `child_summary` AS SELECT
 NULL AS `code`,
 NULL AS `name`,
 NULL AS `n`,
 NULL AS `total` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `empty_table`
--

DROP TABLE IF EXISTS `empty_table`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `empty_table` (
  `id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `empty_table`
--

LOCK TABLES `empty_table` WRITE;
/*!40000 ALTER TABLE `empty_table` DISABLE KEYS */;
/*!40000 ALTER TABLE `empty_table` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `grandchild`
--

DROP TABLE IF EXISTS `grandchild`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `grandchild` (
  `child_id` int(11) NOT NULL,
  `seq` smallint(6) NOT NULL,
  `info` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`child_id`,`seq`),
  CONSTRAINT `fk_gc_child` FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `grandchild`
--

LOCK TABLES `grandchild` WRITE;
/*!40000 ALTER TABLE `grandchild` DISABLE KEYS */;
INSERT INTO `grandchild` VALUES
(1,1,'a'),
(1,2,NULL),
(3,1,'c');
/*!40000 ALTER TABLE `grandchild` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `numbers`
--

DROP TABLE IF EXISTS `numbers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `numbers` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'row id',
  `ti` tinyint(4) DEFAULT NULL,
  `tiu` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `tiz` tinyint(3) unsigned zerofill DEFAULT NULL,
  `si` smallint(6) DEFAULT -1,
  `siu` smallint(5) unsigned DEFAULT NULL,
  `mi` mediumint(9) DEFAULT NULL,
  `miu` mediumint(8) unsigned zerofill DEFAULT NULL,
  `i` int(11) DEFAULT NULL,
  `iu` int(10) unsigned DEFAULT NULL,
  `iz` int(8) unsigned zerofill DEFAULT NULL,
  `bi` bigint(20) DEFAULT NULL,
  `biu` bigint(20) unsigned DEFAULT NULL,
  `bool_col` tinyint(1) DEFAULT 1 COMMENT 'a BOOLEAN is a TINYINT(1)',
  `bit1` bit(1) DEFAULT NULL,
  `bit8` bit(8) DEFAULT b'101',
  `bit64` bit(64) DEFAULT NULL,
  `dec_money` decimal(10,2) NOT NULL DEFAULT 0.00,
  `dec_wide` decimal(65,30) DEFAULT NULL,
  `dec_u` decimal(5,0) unsigned DEFAULT NULL,
  `num` decimal(6,3) DEFAULT NULL,
  `f` float DEFAULT NULL,
  `f_ps` float(7,3) DEFAULT NULL,
  `d` double DEFAULT NULL,
  `d_ps` double(12,4) DEFAULT NULL,
  `r` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_biu` (`biu`),
  KEY `idx_i_bi` (`i`,`bi`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='every numeric column type';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `numbers`
--

LOCK TABLES `numbers` WRITE;
/*!40000 ALTER TABLE `numbers` DISABLE KEYS */;
INSERT INTO `numbers` VALUES
(1,-128,0,007,-32768,0,-8388608,00000000,-2147483648,0,00000042,-9223372036854775808,0,0,'\0','\0','\0\0\0\0\0\0\0\0',-99999999.99,-0.000000000000000000000000000001,0,-999.999,-3.4e38,-9999.999,-1.7976931348623157e308,-12345678.1234,-0.00000000025),
(2,127,255,255,32767,65535,8388607,16777215,2147483647,4294967295,99999999,9223372036854775807,18446744073709551615,1,'','�','��������',99999999.99,12345678901234567890123456789012345.123456789012345678901234567890,99999,999.999,1.17549e-38,1234.500,2.2250738585072014e-308,99999999.9999,6.02e23),
(3,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0.00,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL),
(4,0,2,001,0,1,0,00000001,0,1,00000001,0,1,0,'','\n','�\0\0\0\0\0\0',0.50,3.141592653589793238462643383280,1,0.001,0.1,0.125,0.1,0.0001,1e-300);
/*!40000 ALTER TABLE `numbers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `parent`
--

DROP TABLE IF EXISTS `parent`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `parent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `name` varchar(100) NOT NULL,
  `region` char(2) NOT NULL DEFAULT 'EU',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_code` (`code`),
  UNIQUE KEY `uq_region_name` (`region`,`name`(50))
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `parent`
--

LOCK TABLES `parent` WRITE;
/*!40000 ALTER TABLE `parent` DISABLE KEYS */;
INSERT INTO `parent` VALUES
(1,'P1','First','EU'),
(2,'P2','Second O\'Brien','US'),
(3,'P3','Третий','AS');
/*!40000 ALTER TABLE `parent` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `strings`
--

DROP TABLE IF EXISTS `strings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `strings` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `c` char(10) NOT NULL DEFAULT '',
  `c_latin1` char(5) CHARACTER SET latin1 COLLATE latin1_german1_ci DEFAULT NULL,
  `vc` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'it''s "quoted" \\ here',
  `vc_ascii` varchar(32) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT 'n/a',
  `vc_utf8` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `bin` binary(4) DEFAULT NULL,
  `vbin` varbinary(16) DEFAULT NULL,
  `tb` tinyblob DEFAULT NULL,
  `bl` blob DEFAULT NULL,
  `mb` mediumblob DEFAULT NULL,
  `lb` longblob DEFAULT NULL,
  `tt` tinytext DEFAULT NULL,
  `t` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `mt` mediumtext DEFAULT NULL,
  `lt` longtext DEFAULT NULL,
  `e` enum('small','medium','large','it''s') NOT NULL DEFAULT 'medium',
  `s` set('red','green','blue') DEFAULT 'red,blue',
  `j` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`j`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_c_vc` (`c`,`vc_ascii`),
  KEY `idx_vc_prefix` (`vc`(16)),
  KEY `idx_t_prefix` (`t`(32)),
  KEY `idx_multi` (`e`,`s`,`c`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='text, binary, enum, set, json';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `strings`
--

LOCK TABLES `strings` WRITE;
/*!40000 ALTER TABLE `strings` DISABLE KEYS */;
INSERT INTO `strings` VALUES
(1,'plain','abc','hello world','ascii','text','abcd','xyz','tiny','blob','medium','long','tt','t','mt','lt','small','red','{\"a\": 1, \"b\": [1, 2, 3], \"c\": {\"d\": null}}'),
(2,'quotes','ä\'ö','it\'s \"double\" and `back`','a\\b','tab	here','\0��','\0	\n\r','\Z','ޭ��\0','\\\'\"\\n','���','line1\nline2\r\n','semi;colon -- dash /* not a comment */ # hash','Grüße aus Köln','日本語のテキスト 😀 emoji','it\'s','red,green,blue','[\"x\", \"y\\\"z\", 1.5, true, false, null]'),
(3,'nulls',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'large',NULL,NULL),
(4,'','','','','','\0\0\0\0','','','','','','','','','','medium','','{}'),
(5,'back\\','x','percent % underscore _ ','ctrl','Ελληνικά','a\0b\0','a\Zb','x','NUL\0byte','y','z','\\','backslash-n \\n stays','Привет','مرحبا','medium','green','{\"key with space\": \"value\\nnewline\", \"unicode\": \"é\"}');
/*!40000 ALTER TABLE `strings` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `temporal`
--

DROP TABLE IF EXISTS `temporal`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `temporal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `d` date NOT NULL DEFAULT '2000-01-01',
  `dt` datetime DEFAULT NULL,
  `dt6` datetime(6) DEFAULT NULL COMMENT 'microseconds',
  `ts` timestamp(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  `ts0` timestamp NULL DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `t` time DEFAULT NULL,
  `t3` time(3) DEFAULT NULL,
  `y` year(4) DEFAULT NULL,
  `y4` year(4) DEFAULT 2024,
  PRIMARY KEY (`id`),
  KEY `idx_d_desc` (`d`,`dt6`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='dates and times';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `temporal`
--

LOCK TABLES `temporal` WRITE;
/*!40000 ALTER TABLE `temporal` DISABLE KEYS */;
INSERT INTO `temporal` VALUES
(1,'1000-01-01','1000-01-01 00:00:00','1000-01-01 00:00:00.000000','1970-01-02 00:00:01.000',NULL,'2020-02-29 12:00:00','-838:59:59','-00:00:01.500',1901,1901),
(2,'9999-12-31','9999-12-31 23:59:59','9999-12-31 23:59:59.999999','2038-01-19 03:14:07.999','2001-09-09 01:46:40','2024-06-30 23:59:59','838:59:59','12:34:56.789',2155,2155),
(3,'2024-02-29',NULL,NULL,'2024-02-29 08:15:30.125',NULL,'2024-02-29 08:15:30',NULL,NULL,NULL,NULL),
(4,'2000-01-01','2000-01-01 00:00:00','2000-01-01 00:00:00.000001','2000-01-01 00:00:00.000','2000-01-01 00:00:00','2000-01-01 00:00:00','00:00:00','00:00:00.000',2000,0000);
/*!40000 ALTER TABLE `temporal` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Final view structure for view `child_summary`
--

/*!50001 DROP VIEW IF EXISTS `child_summary`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb4 */;
/*!50001 SET character_set_results     = utf8mb4 */;
/*!50001 SET collation_connection      = utf8mb4_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `child_summary` AS select `p`.`code` AS `code`,`p`.`name` AS `name`,count(`c`.`id`) AS `n`,sum(`c`.`total`) AS `total` from (`parent` `p` left join `child` `c` on(`c`.`parent_id` = `p`.`id`)) group by `p`.`code`,`p`.`name` */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-11-22  4:44:33
