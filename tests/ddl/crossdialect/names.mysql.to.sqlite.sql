CREATE TABLE customer (
    id INTEGER NOT NULL PRIMARY KEY,
    email TEXT NOT NULL,
    CONSTRAINT email_unique UNIQUE (email)
);

CREATE INDEX idx_email ON customer (email);

CREATE TABLE supplier (
    id INTEGER NOT NULL PRIMARY KEY,
    email TEXT NOT NULL,
    CONSTRAINT email_unique UNIQUE (email)
);

-- INFO dialect-name-changed: "idx_email" is also used in another table, and SQLite has one namespace for such names: it is called "supplier_idx_email" here.
CREATE INDEX supplier_idx_email ON supplier (email);

CREATE INDEX idx_supplier_email_lookup_for_the_nightly_reconciliation_job_xx_yy ON supplier (email, id);
