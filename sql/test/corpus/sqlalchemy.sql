-- SQLAlchemy 1.4 (mysql+pymysql) DDL, ORM and Core statements, as sent.
-- See README.md.
SET AUTOCOMMIT = 0;
SET NAMES utf8mb4;
SELECT VERSION();
SELECT DATABASE();
SELECT @@tx_isolation;
SELECT @@sql_mode;
SELECT @@lower_case_table_names;
ROLLBACK;
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'users';
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'addresses';
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'products';
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'orders';
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'order_items';
COMMIT;
CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(50) NOT NULL, 
	email VARCHAR(120) NOT NULL, 
	fullname VARCHAR(200) COMMENT 'display name' DEFAULT '', 
	status ENUM('active','suspended','deleted') NOT NULL DEFAULT 'active', 
	is_admin BOOL NOT NULL DEFAULT '0', 
	karma INTEGER DEFAULT 10, 
	balance NUMERIC(12, 2) NOT NULL, 
	ratio FLOAT, 
	bio TEXT, 
	avatar BLOB, 
	prefs JSON, 
	created_at DATETIME NOT NULL DEFAULT now(), 
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	birthday DATE, 
	wake_up TIME, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_users_karma CHECK (karma >= 0), 
	UNIQUE (email)
)COMMENT='registered users' ENGINE=InnoDB CHARSET=utf8mb4;
CREATE INDEX ix_users_name ON users (name);
CREATE TABLE products (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, 
	sku VARCHAR(32) NOT NULL, 
	title VARCHAR(255) NOT NULL, 
	description MEDIUMTEXT, 
	price NUMERIC(10, 2) NOT NULL, 
	stock SMALLINT NOT NULL DEFAULT '0', 
	active TINYINT(1) NOT NULL DEFAULT '1', 
	checksum VARBINARY(16), 
	attributes JSON, 
	PRIMARY KEY (id), 
	UNIQUE (sku)
);
CREATE TABLE addresses (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER NOT NULL, 
	street VARCHAR(200) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	zip VARCHAR(10), 
	country VARCHAR(2) NOT NULL DEFAULT 'US', 
	PRIMARY KEY (id), 
	CONSTRAINT uq_address UNIQUE (user_id, street, city), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_addr_city_zip ON addresses (city, zip);
CREATE TABLE orders (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER, 
	placed_at DATETIME NOT NULL, 
	state ENUM('new','paid','shipped','cancelled') NOT NULL DEFAULT 'new', 
	total NUMERIC(12, 2) NOT NULL DEFAULT '0.00', 
	note VARCHAR(500), 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX ix_orders_user_placed ON orders (user_id, placed_at);
CREATE TABLE order_items (
	order_id INTEGER NOT NULL, 
	product_id BIGINT UNSIGNED NOT NULL, 
	quantity INTEGER NOT NULL, 
	unit_price NUMERIC(10, 2) NOT NULL, 
	PRIMARY KEY (order_id, product_id), 
	FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	FOREIGN KEY(product_id) REFERENCES products (id)
);
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'audit_log';
CREATE TABLE audit_log (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	table_name VARCHAR(64) NOT NULL, 
	row_id INTEGER, 
	action ENUM('insert','update','delete') NOT NULL, 
	payload JSON, 
	at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
)ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_unicode_ci;
INSERT INTO users (name, email, fullname, status, is_admin, karma, balance, ratio, bio, avatar, prefs, birthday, wake_up) VALUES ('alice', 'alice@example.com', 'Alice O\'Hara', 'active', 1, 42, 1234.56, 0.25e0, 'Line one\nLine two with a backslash \\ and \"quotes\"', '\x89PNG\r\n\Z\n\0\xFF', '{\"theme\": \"dark\", \"langs\": [\"en\", \"fr\"]}', '1990-05-17', '06:30:00');
INSERT INTO users (name, email, status, balance, ratio, bio, avatar, prefs, birthday, wake_up) VALUES ('bob', 'bob@example.com', 'suspended', -5.00, NULL, NULL, NULL, 'null', NULL, NULL);
INSERT INTO users (name, email, fullname, status, balance, ratio, bio, avatar, birthday, wake_up) VALUES ('Zoë', 'zoe@example.com', 'Zoë Ünicode 日本', 'active', 0, NULL, NULL, NULL, NULL, NULL);
INSERT INTO addresses (user_id, street, city, zip) VALUES (1, '1 Main St', 'Springfield', '12345');
INSERT INTO addresses (user_id, street, city, zip, country) VALUES (1, '2 Side Rd', 'Shelbyville', NULL, 'CA');
INSERT INTO products (id, sku, title, description, price, stock, checksum, attributes) VALUES (1, 'SKU-001', 'Product 1', NULL, 9.99, 3, '\0\xFF\'', '{\"size\": 1}'),(2, 'SKU-002', 'Product 2', NULL, 19.98, 6, '\0\xFF\'', '{\"size\": 2}'),(3, 'SKU-003', 'Product 3', NULL, 29.97, 9, '\0\xFF\'', '{\"size\": 3}'),(4, 'SKU-004', 'Product 4', NULL, 39.96, 12, '\0\xFF\'', '{\"size\": 4}'),(5, 'SKU-005', 'Product 5', NULL, 49.95, 15, '\0\xFF\'', '{\"size\": 5}');
INSERT INTO orders (user_id, placed_at, state, total, note) VALUES (1, '2024-01-02 03:04:05', 'paid', 29.97, 'gift \'wrap\'');
INSERT INTO orders (user_id, placed_at, note) VALUES (2, '2024-05-06 07:08:09.123456', NULL);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (1, 1, 3, 9.99);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (1, 2, 1, 19.98);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (2, 3, 2, 29.97);
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.name = 'alice';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.email = 'bob@example.com';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users ORDER BY users.name DESC, users.id 
 LIMIT 5, 10;
SELECT users.name, users.email 
FROM users 
WHERE users.name LIKE 'a%';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE lower(users.name) LIKE lower('%LI%');
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.name NOT LIKE 'b%';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.id IN (1, 2, 3);
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE (users.id NOT IN (7, 8));
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.id IN (NULL) AND (1 != 1);
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.karma BETWEEN 5 AND 50;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.bio IS NULL;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.bio IS NOT NULL AND users.is_admin IS true;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.name = 'alice' OR users.karma > 5 AND users.karma <= 100;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.status != 'deleted';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE (users.name LIKE concat('al', '%')) AND (users.email LIKE concat('%', '.com')) AND (users.fullname LIKE concat(concat('%', 'O\'H'), '%'));
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.created_at >= '2020-01-01 00:00:00' AND users.birthday < '2000-01-01';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users INNER JOIN addresses ON users.id = addresses.user_id 
WHERE addresses.city = 'Springfield';
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up, addresses.id AS id_1, addresses.user_id, addresses.street, addresses.city, addresses.zip, addresses.country 
FROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id;
SELECT users.name, count(addresses.id) AS n 
FROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id GROUP BY users.name 
HAVING count(addresses.id) > 0 ORDER BY count(addresses.id) DESC;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up, addresses_1.id AS id_1, addresses_1.user_id, addresses_1.street, addresses_1.city, addresses_1.zip, addresses_1.country 
FROM users LEFT OUTER JOIN addresses AS addresses_1 ON users.id = addresses_1.user_id;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users;
SELECT addresses.user_id AS addresses_user_id, addresses.id AS addresses_id, addresses.street AS addresses_street, addresses.city AS addresses_city, addresses.zip AS addresses_zip, addresses.country AS addresses_country 
FROM addresses 
WHERE addresses.user_id IN (1, 2, 3);
SELECT orders.user_id AS orders_user_id, orders.id AS orders_id, orders.placed_at AS orders_placed_at, orders.state AS orders_state, orders.total AS orders_total, orders.note AS orders_note 
FROM orders 
WHERE orders.user_id IN (1, 2, 3);
SELECT orders.id, orders.user_id, orders.placed_at, orders.state, orders.total, orders.note 
FROM orders;
SELECT order_items.order_id AS order_items_order_id, order_items.product_id AS order_items_product_id, order_items.quantity AS order_items_quantity, order_items.unit_price AS order_items_unit_price, anon_1.orders_id AS anon_1_orders_id 
FROM (SELECT orders.id AS orders_id 
FROM orders) AS anon_1 INNER JOIN order_items ON anon_1.orders_id = order_items.order_id;
SELECT DISTINCT orders.id, orders.user_id, orders.placed_at, orders.state, orders.total, orders.note 
FROM orders INNER JOIN order_items ON orders.id = order_items.order_id INNER JOIN products ON products.id = order_items.product_id 
WHERE products.price > 10;
SELECT count(*) AS count_1 
FROM users;
SELECT count(DISTINCT addresses.city) AS count_1 
FROM addresses;
SELECT sum(orders.total) AS sum_1, avg(orders.total) AS avg_1, min(orders.placed_at) AS min_1, max(orders.placed_at) AS max_1 
FROM orders;
SELECT coalesce(users.fullname, users.name, 'anon') AS coalesce_1 
FROM users;
SELECT users.name, CASE WHEN (users.karma > 40) THEN 'high' WHEN (users.karma > 5) THEN 'mid' ELSE 'low' END AS level 
FROM users;
SELECT users.name, CASE users.name WHEN 'alice' THEN 1 WHEN 'bob' THEN 2 ELSE 0 END AS anon_1 
FROM users;
SELECT users.name, anon_1.spent 
FROM users INNER JOIN (SELECT orders.user_id AS user_id, sum(orders.total) AS spent 
FROM orders GROUP BY orders.user_id) AS anon_1 ON anon_1.user_id = users.id 
WHERE anon_1.spent > 0;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE EXISTS (SELECT * 
FROM orders 
WHERE orders.user_id = users.id);
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE NOT (EXISTS (SELECT orders.id 
FROM orders 
WHERE orders.user_id = users.id));
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.id IN (SELECT orders.user_id 
FROM orders 
WHERE orders.state = 'paid');
SELECT users.name, (SELECT count(orders.id) AS count_1 
FROM orders 
WHERE orders.user_id = users.id) AS order_count 
FROM users;
SELECT addresses_1.street, addresses_2.street AS street_1 
FROM addresses AS addresses_1 INNER JOIN addresses AS addresses_2 ON addresses_1.city = addresses_2.city AND addresses_1.id < addresses_2.id;
WITH order_counts AS 
(SELECT orders.user_id AS user_id, count(*) AS c 
FROM orders GROUP BY orders.user_id)
 SELECT users.name, order_counts.c 
FROM users INNER JOIN order_counts ON order_counts.user_id = users.id;
SELECT users.name 
FROM users 
WHERE users.id = 1 UNION ALL SELECT users.name 
FROM users 
WHERE users.id = 2;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE (users.id, users.name) IN ((1, 'alice'), (2, 'bob'));
SELECT JSON_EXTRACT(users.prefs, '$.\"theme\"') AS anon_1 
FROM users;
SELECT products.id, products.sku, products.title, products.description, products.price, products.stock, products.active, products.checksum, products.attributes 
FROM products 
WHERE CASE JSON_EXTRACT(products.attributes, '$.\"size\"') WHEN 'null' THEN NULL ELSE CAST(JSON_EXTRACT(products.attributes, '$.\"size\"') AS SIGNED INTEGER) END > 2;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users FOR UPDATE;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users LOCK IN SHARE MODE;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users FOR UPDATE NOWAIT;
SELECT now() AS now_1, CURRENT_TIMESTAMP AS current_timestamp_1, lower('ABC') AS lower_1, concat('a', 'b', 'c') AS concat_1, date_format(users.created_at, '%Y-%m') AS date_format_1 
FROM users;
SELECT 'x' AS lit, 1 + users.id AS anon_1 
FROM users;
SELECT users.name COLLATE utf8mb4_bin AS anon_1 
FROM users;
SELECT row_number() OVER (PARTITION BY users.status ORDER BY users.karma DESC) AS rn, users.name 
FROM users;
SELECT users.name 
FROM users ORDER BY users.name 
 LIMIT 1;
SELECT users.id, users.name, users.email, users.fullname, users.status, users.is_admin, users.karma, users.balance, users.ratio, users.bio, users.avatar, users.prefs, users.created_at, users.updated_at, users.birthday, users.wake_up 
FROM users 
WHERE users.name REGEXP '^a';
UPDATE users SET karma=43, prefs='{\"theme\": \"light\"}', updated_at=now() WHERE users.id = 1;
SELECT users.id AS users_id, users.name AS users_name, users.email AS users_email, users.fullname AS users_fullname, users.status AS users_status, users.is_admin AS users_is_admin, users.karma AS users_karma, users.balance AS users_balance, users.ratio AS users_ratio, users.bio AS users_bio, users.avatar AS users_avatar, users.prefs AS users_prefs, users.created_at AS users_created_at, users.updated_at AS users_updated_at, users.birthday AS users_birthday, users.wake_up AS users_wake_up 
FROM users 
WHERE users.id = 2;
SELECT orders.id AS orders_id, orders.user_id AS orders_user_id, orders.placed_at AS orders_placed_at, orders.state AS orders_state, orders.total AS orders_total, orders.note AS orders_note 
FROM orders 
WHERE 2 = orders.user_id;
SELECT order_items.order_id AS order_items_order_id, order_items.product_id AS order_items_product_id, order_items.quantity AS order_items_quantity, order_items.unit_price AS order_items_unit_price 
FROM order_items 
WHERE 2 = order_items.order_id;
DELETE FROM order_items WHERE order_items.order_id = 2 AND order_items.product_id = 3;
DELETE FROM orders WHERE orders.id = 2;
SELECT addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, addresses.street AS addresses_street, addresses.city AS addresses_city, addresses.zip AS addresses_zip, addresses.country AS addresses_country 
FROM addresses 
WHERE 2 = addresses.user_id;
DELETE FROM users WHERE users.id = 2;
UPDATE users SET karma=(users.karma + 1), updated_at=now() WHERE users.name = 'alice';
UPDATE products SET stock=0, active=0 WHERE products.stock < 5;
DELETE FROM addresses WHERE addresses.country != 'US';
INSERT INTO audit_log (table_name, row_id, action, payload) VALUES ('users', 1, 'insert', '{\"a\": 1}'),('users', 2, 'update', 'null'),('orders', 1, 'delete', '[1, \"two\", null]');
INSERT INTO audit_log (table_name, action) VALUES ('x', 'insert');
INSERT INTO audit_log (table_name, row_id, action) SELECT 'products' AS anon_1, products.id, 'insert' AS anon_2 
FROM products 
WHERE products.id > 3;
INSERT INTO products (id, sku, title, price) VALUES (1, 'SKU-001', 'Updated', 1) ON DUPLICATE KEY UPDATE title = VALUES(title), price = VALUES(price);
INSERT INTO products (id, sku, title, price) VALUES (9, 'SKU-009', 'Nine', 9), (10, 'SKU-010', 'Ten', 10) ON DUPLICATE KEY UPDATE title = 'dup', stock = (products.stock + 1);
INSERT IGNORE INTO audit_log (id, table_name, action) VALUES (1, 't', 'insert');
UPDATE audit_log SET row_id=0 WHERE audit_log.row_id IS NULL;
UPDATE audit_log SET payload='null' WHERE audit_log.action = 'delete';
DELETE FROM audit_log WHERE audit_log.at < '2000-01-01 00:00:00';
SELECT audit_log.action, count(*) AS count_1 
FROM audit_log GROUP BY audit_log.action;
SELECT * FROM audit_log WHERE id > 0 ORDER BY id LIMIT 5;
UPDATE products SET stock = stock - 1 WHERE id = 1 AND stock > 0;
INSERT INTO audit_log (table_name, action) VALUES ('rolled', 'insert');
SAVEPOINT sa_savepoint_1;
INSERT INTO audit_log (table_name, action) VALUES ('sp', 'insert');
ROLLBACK TO SAVEPOINT sa_savepoint_1;
SHOW FULL TABLES FROM `sqla`;
SHOW CREATE TABLE `addresses`;
SHOW CREATE TABLE `audit_log`;
SHOW CREATE TABLE `order_items`;
SHOW CREATE TABLE `orders`;
SHOW CREATE TABLE `products`;
SHOW CREATE TABLE `users`;
SHOW schemas;
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sqla' AND table_name = 'nope';
DROP TABLE order_items;
DROP TABLE orders;
DROP TABLE addresses;
DROP TABLE products;
DROP TABLE users;
DROP TABLE audit_log;
