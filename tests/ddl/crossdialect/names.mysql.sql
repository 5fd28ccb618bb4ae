-- Index names are per table in MySQL, per schema in PostgreSQL and SQLite; names over 63 bytes.
CREATE TABLE customer (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(100) NOT NULL,
  UNIQUE KEY email_unique (email),
  KEY idx_email (email)
);
CREATE TABLE supplier (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(100) NOT NULL,
  UNIQUE KEY email_unique (email),
  KEY idx_email (email),
  KEY idx_supplier_email_lookup_for_the_nightly_reconciliation_job_xx_yy (email, id)
);
