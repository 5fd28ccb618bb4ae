-- MySQL types and defaults with a counterpart elsewhere, and what they lose.
-- MySQL 8.0 reference: https://dev.mysql.com/doc/refman/8.0/en/data-types.html
CREATE TABLE film (
  film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title VARCHAR(128) NOT NULL,
  rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
  special_features SET('Trailers','Commentaries','Deleted Scenes') DEFAULT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  stock TINYINT UNSIGNED NOT NULL DEFAULT 0,
  views INT UNSIGNED NOT NULL DEFAULT 0,
  big BIGINT UNSIGNED,
  description LONGTEXT,
  notes MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  digest BINARY(16),
  release_year YEAR,
  flag BIT(1) NOT NULL DEFAULT b'0',
  mask BIT(8),
  price DOUBLE(10,2) DEFAULT 0.00,
  note VARCHAR(40) DEFAULT 'it\'s',
  attributes JSON,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (film_id),
  KEY idx_title (title),
  FULLTEXT KEY idx_description (description)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE inventory (
  inventory_id MEDIUMINT UNSIGNED NOT NULL AUTO_INCREMENT,
  film_id SMALLINT UNSIGNED NOT NULL,
  code TEXT,
  PRIMARY KEY (inventory_id),
  KEY idx_code (code(10)),
  CONSTRAINT fk_inventory_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT chk_code CHECK (`code` REGEXP '^[A-Z]+$')
) ENGINE=InnoDB;
