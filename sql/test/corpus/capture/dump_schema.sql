-- The database that mariadb_dump.sql and mariadb_dump_2.sql are dumps of.
DROP DATABASE IF EXISTS dumptest;
CREATE DATABASE dumptest CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
USE dumptest;

CREATE TABLE numbers (
  id INT NOT NULL AUTO_INCREMENT COMMENT 'row id',
  ti TINYINT,
  tiu TINYINT UNSIGNED NOT NULL DEFAULT 0,
  tiz TINYINT(3) UNSIGNED ZEROFILL,
  si SMALLINT DEFAULT -1,
  siu SMALLINT UNSIGNED,
  mi MEDIUMINT,
  miu MEDIUMINT UNSIGNED ZEROFILL,
  i INT,
  iu INT UNSIGNED,
  iz INT(8) ZEROFILL,
  bi BIGINT,
  biu BIGINT UNSIGNED,
  bool_col BOOL DEFAULT TRUE COMMENT 'a BOOLEAN is a TINYINT(1)',
  bit1 BIT(1),
  bit8 BIT(8) DEFAULT b'00000101',
  bit64 BIT(64),
  dec_money DECIMAL(10,2) NOT NULL DEFAULT '0.00',
  dec_wide DECIMAL(65,30),
  dec_u DECIMAL(5,0) UNSIGNED,
  num NUMERIC(6,3),
  f FLOAT,
  f_ps FLOAT(7,3),
  d DOUBLE,
  d_ps DOUBLE(12,4),
  r REAL,
  PRIMARY KEY (id),
  KEY idx_i_bi (i, bi),
  UNIQUE KEY uq_biu (biu)
) ENGINE=InnoDB COMMENT='every numeric column type';

INSERT INTO numbers (ti, tiu, tiz, si, siu, mi, miu, i, iu, iz, bi, biu, bool_col, bit1, bit8, bit64,
                     dec_money, dec_wide, dec_u, num, f, f_ps, d, d_ps, r) VALUES
 (-128, 0, 7, -32768, 0, -8388608, 0, -2147483648, 0, 42, -9223372036854775808, 0, FALSE, b'0', b'0', b'0',
  -99999999.99, -0.000000000000000000000000000001, 0, -999.999, -3.4e38, -9999.999, -1.7976931348623157e308, -12345678.1234, -2.5e-10),
 (127, 255, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295, 99999999, 9223372036854775807, 18446744073709551615, TRUE, b'1', b'11111111', b'1111111111111111111111111111111111111111111111111111111111111111',
  99999999.99, 12345678901234567890123456789012345.123456789012345678901234567890, 99999, 999.999, 1.17549e-38, 1234.5, 2.2250738585072014e-308, 99999999.9999, 6.02e23),
 (NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (0, 2, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, b'1', b'1010', b'1000000000000000000000000000000000000000000000000000000000000001',
  0.5, 3.141592653589793238462643383279502884197169399375105820974944, 1, 0.001, 0.1, 0.125, 0.1, 0.0001, 1e-300);

CREATE TABLE temporal (
  id INT NOT NULL AUTO_INCREMENT,
  d DATE NOT NULL DEFAULT '2000-01-01',
  dt DATETIME,
  dt6 DATETIME(6) DEFAULT NULL COMMENT 'microseconds',
  ts TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  ts0 TIMESTAMP NULL DEFAULT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  t TIME,
  t3 TIME(3),
  y YEAR,
  y4 YEAR(4) DEFAULT 2024,
  PRIMARY KEY (id),
  KEY idx_d_desc (d, dt6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='dates and times';

INSERT INTO temporal (d, dt, dt6, ts, ts0, created_at, t, t3, y, y4) VALUES
 ('1000-01-01', '1000-01-01 00:00:00', '1000-01-01 00:00:00.000000', '1970-01-02 00:00:01.000', NULL, '2020-02-29 12:00:00', '-838:59:59', '-00:00:01.500', 1901, 1901),
 ('9999-12-31', '9999-12-31 23:59:59', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999', '2001-09-09 01:46:40', '2024-06-30 23:59:59', '838:59:59', '12:34:56.789', 2155, 2155),
 ('2024-02-29', NULL, NULL, '2024-02-29 08:15:30.125', NULL, '2024-02-29 08:15:30', NULL, NULL, NULL, NULL),
 ('2000-01-01', '2000-01-01 00:00:00', '2000-01-01 00:00:00.000001', '2000-01-01 00:00:00.000', '2000-01-01 00:00:00', '2000-01-01 00:00:00', '00:00:00', '00:00:00.000', 2000, 0);

CREATE TABLE strings (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  c CHAR(10) NOT NULL DEFAULT '',
  c_latin1 CHAR(5) CHARACTER SET latin1 COLLATE latin1_german1_ci,
  vc VARCHAR(255) COLLATE utf8mb4_bin COMMENT 'it''s "quoted" \\ here',
  vc_ascii VARCHAR(32) CHARACTER SET ascii DEFAULT 'n/a',
  vc_utf8 VARCHAR(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci,
  bin BINARY(4),
  vbin VARBINARY(16),
  tb TINYBLOB,
  bl BLOB,
  mb MEDIUMBLOB,
  lb LONGBLOB,
  tt TINYTEXT,
  t TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  mt MEDIUMTEXT,
  lt LONGTEXT,
  e ENUM('small','medium','large','it''s') NOT NULL DEFAULT 'medium',
  s SET('red','green','blue') DEFAULT 'red,blue',
  j JSON,
  PRIMARY KEY (id),
  UNIQUE KEY uq_c_vc (c, vc_ascii),
  KEY idx_vc_prefix (vc(16)),
  KEY idx_t_prefix (t(32)),
  KEY idx_multi (e, s, c)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='text, binary, enum, set, json';

INSERT INTO strings (c, c_latin1, vc, vc_ascii, vc_utf8, bin, vbin, tb, bl, mb, lb, tt, t, mt, lt, e, s, j) VALUES
 ('plain', 'abc', 'hello world', 'ascii', 'text', 'abcd', 'xyz', 'tiny', 'blob', 'medium', 'long', 'tt', 't', 'mt', 'lt', 'small', 'red', '{"a": 1, "b": [1, 2, 3], "c": {"d": null}}'),
 ('quotes', 'ä''ö', 'it''s "double" and `back`', 'a\\b', 'tab\there', X'00FF7F80', X'000102030405060708090A0B0C0D0E0F', X'1A', X'DEADBEEF00', X'5C27225C6E', X'FFFEFD', 'line1\nline2\r\n', 'semi;colon -- dash /* not a comment */ # hash', 'Grüße aus Köln', '日本語のテキスト 😀 emoji', 'it''s', 'red,green,blue', '["x", "y\\"z", 1.5, true, false, null]'),
 ('nulls', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'large', NULL, NULL),
 ('', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'medium', '', '{}'),
 ('back\\', 'x', 'percent % underscore _ ', 'ctrl', 'Ελληνικά', 'a\0b\0', 'a\Zb', 'x', 'NUL\0byte', 'y', 'z', '\\', 'backslash-n \\n stays', 'Привет', 'مرحبا', 'medium', 'green', '{"key with space": "value\\nnewline", "unicode": "é"}');

CREATE TABLE parent (
  id INT NOT NULL AUTO_INCREMENT,
  code VARCHAR(20) NOT NULL,
  name VARCHAR(100) NOT NULL,
  region CHAR(2) NOT NULL DEFAULT 'EU',
  PRIMARY KEY (id),
  UNIQUE KEY uq_code (code),
  UNIQUE KEY uq_region_name (region, name(50))
) ENGINE=InnoDB;

CREATE TABLE child (
  id INT NOT NULL AUTO_INCREMENT,
  parent_id INT,
  parent_code VARCHAR(20),
  qty INT NOT NULL DEFAULT 1 CHECK (qty >= 0),
  price DECIMAL(8,2) NOT NULL,
  total DECIMAL(12,2) GENERATED ALWAYS AS (qty * price) STORED,
  label VARCHAR(50) AS (CONCAT('item-', id)) VIRTUAL,
  note VARCHAR(200) DEFAULT NULL COMMENT 'free text',
  PRIMARY KEY (id),
  KEY idx_parent (parent_id),
  KEY idx_total (total),
  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_child_code FOREIGN KEY (parent_code) REFERENCES parent (code) ON DELETE SET NULL ON UPDATE RESTRICT,
  CONSTRAINT chk_price CHECK (price >= 0 AND price < 1000000)
) ENGINE=InnoDB COMMENT='rows point at parent';

CREATE TABLE grandchild (
  child_id INT NOT NULL,
  seq SMALLINT NOT NULL,
  info VARCHAR(10),
  PRIMARY KEY (child_id, seq),
  CONSTRAINT fk_gc_child FOREIGN KEY (child_id) REFERENCES child (id) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE empty_table (id INT PRIMARY KEY) ENGINE=InnoDB;

INSERT INTO parent (code, name, region) VALUES ('P1', 'First', 'EU'), ('P2', 'Second O''Brien', 'US'), ('P3', 'Третий', 'AS');
INSERT INTO child (parent_id, parent_code, qty, price, note) VALUES
 (1, 'P1', 3, 9.99, 'three'), (1, NULL, 0, 0, NULL), (2, 'P2', 10, 1234.5, 'ten "items"'), (NULL, NULL, 1, 0.01, 'orphan\\');
INSERT INTO grandchild VALUES (1, 1, 'a'), (1, 2, NULL), (3, 1, 'c');

CREATE VIEW child_summary AS
  SELECT p.code, p.name, COUNT(c.id) AS n, SUM(c.total) AS total
  FROM parent p LEFT JOIN child c ON c.parent_id = p.id
  GROUP BY p.code, p.name;
