-- Tables the driver scripts use.
DROP DATABASE IF EXISTS drv;
CREATE DATABASE drv CHARACTER SET utf8mb4;
USE drv;
CREATE TABLE items (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  price DECIMAL(10,2),
  qty INT DEFAULT 0,
  data BLOB,
  created DATETIME(6),
  flag TINYINT(1),
  UNIQUE KEY uq_name (name)
) COMMENT 'driver test table';
CREATE TABLE item_tags (
  item_id INT NOT NULL,
  tag VARCHAR(20) NOT NULL,
  PRIMARY KEY (item_id, tag),
  CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
);
CREATE VIEW item_names AS SELECT id, name FROM items;
