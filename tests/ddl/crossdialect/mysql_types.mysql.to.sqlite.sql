-- WARNING dialect-index-dropped: film.idx_description is a FULLTEXT index, which SQLite does not have: the index is left out.
-- WARNING dialect-on-update-dropped: film.last_update is ON UPDATE CURRENT_TIMESTAMP, which SQLite does not have (it needs a trigger): the column is no longer updated by itself.
-- WARNING dialect-type-lossy: film.mask is written as INTEGER in SQLite: the BIT(8) field is stored as an integer.
-- WARNING dialect-type-lossy: film.special_features is written as TEXT in SQLite: SET membership is not checked.
CREATE TABLE film (
    film_id INTEGER NOT NULL PRIMARY KEY CHECK (film_id >= 0),
    title TEXT NOT NULL,
    rating TEXT DEFAULT 'G' CHECK (rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    special_features TEXT DEFAULT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
    big NUMERIC(20,0) CHECK (big >= 0),
    description TEXT,
    notes TEXT COLLATE BINARY,
    digest BLOB,
    release_year INTEGER,
    flag INTEGER NOT NULL DEFAULT 0,
    mask INTEGER,
    price REAL DEFAULT 0.00,
    note TEXT DEFAULT 'it''s',
    attributes TEXT,
    last_update TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_title ON film (title);

-- ERROR dialect-check-untranslatable: CHECK (`code` REGEXP '^[A-Z]+$') is left out of the SQLite script: REGEXP, which Joinery cannot translate to SQLite.
CREATE TABLE inventory (
    inventory_id INTEGER NOT NULL PRIMARY KEY CHECK (inventory_id >= 0),
    film_id INTEGER NOT NULL CHECK (film_id >= 0),
    code TEXT,
    CONSTRAINT fk_inventory_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX idx_code ON inventory (code);
