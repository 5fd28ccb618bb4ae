-- WARNING dialect-index-dropped: film.idx_description is a FULLTEXT index, which SQL Server does not have: the index is left out.
-- WARNING dialect-on-update-dropped: film.last_update is ON UPDATE CURRENT_TIMESTAMP, which SQL Server does not have (it needs a trigger): the column is no longer updated by itself.
-- WARNING dialect-type-lossy: film.mask is written as BIGINT in SQL Server: the BIT(8) field is stored as an integer.
-- WARNING dialect-type-lossy: film.special_features is written as NVARCHAR(36) in SQL Server: SET membership is not checked.
CREATE TABLE film (
    film_id INT NOT NULL IDENTITY(1,1) CHECK (film_id >= 0),
    title NVARCHAR(128) NOT NULL,
    rating NVARCHAR(5) DEFAULT 'G' CHECK (rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    special_features NVARCHAR(36) DEFAULT NULL,
    is_active BIT NOT NULL DEFAULT 1,
    stock TINYINT NOT NULL DEFAULT 0 CHECK (stock >= 0),
    views BIGINT NOT NULL DEFAULT 0 CHECK (views >= 0),
    big DECIMAL(20,0) CHECK (big >= 0),
    description NVARCHAR(MAX),
    notes NVARCHAR(MAX) COLLATE Latin1_General_BIN2,
    digest BINARY(16),
    release_year SMALLINT,
    flag BIT NOT NULL DEFAULT 0,
    mask BIGINT,
    price FLOAT DEFAULT 0.00,
    note NVARCHAR(40) DEFAULT 'it''s',
    attributes NVARCHAR(MAX),
    last_update DATETIME2(7) NOT NULL DEFAULT GETDATE(),
    PRIMARY KEY (film_id)
);

CREATE INDEX idx_title ON film (title);

-- ERROR dialect-check-untranslatable: CHECK (`code` REGEXP '^[A-Z]+$') is left out of the SQL Server script: REGEXP, which Joinery cannot translate to SQL Server.
-- WARNING dialect-type-lossy: inventory.code is written as NVARCHAR(255) in SQL Server: a key column cannot be unbounded text in SQL Server: written with a length of 255, longer values are refused.
-- WARNING dialect-action-changed: "fk_inventory_film" ON DELETE RESTRICT: SQL Server has no RESTRICT; the key is created with NO ACTION, which is checked at the end of the statement instead of at once.
CREATE TABLE inventory (
    inventory_id BIGINT NOT NULL IDENTITY(1,1) CHECK (inventory_id >= 0),
    film_id INT NOT NULL CHECK (film_id >= 0),
    code NVARCHAR(255),
    PRIMARY KEY (inventory_id),
    CONSTRAINT fk_inventory_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON UPDATE CASCADE
);

CREATE INDEX idx_code ON inventory (code);
