CREATE TABLE customer (
    id INT NOT NULL IDENTITY(1,1),
    email NVARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT email_unique UNIQUE (email)
);

CREATE INDEX idx_email ON customer (email);

-- INFO dialect-name-changed: "email_unique" is also used in another table, and SQL Server has one namespace for such names: it is called "supplier_email_unique" here.
CREATE TABLE supplier (
    id INT NOT NULL IDENTITY(1,1),
    email NVARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT supplier_email_unique UNIQUE (email)
);

CREATE INDEX idx_email ON supplier (email);

CREATE INDEX idx_supplier_email_lookup_for_the_nightly_reconciliation_job_xx_yy ON supplier (email, id);
