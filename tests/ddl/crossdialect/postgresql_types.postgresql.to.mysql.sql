-- ERROR dialect-check-untranslatable: CHECK (title ~ '^[A-Z]') is left out of the MySQL script: the operator ~.
-- ERROR dialect-default-untranslatable: DEFAULT nextval('invoice_seq'::regclass) of film.invoice is left out of the MySQL script: it calls a sequence (nextval('invoice_seq'::regclass)), which MySQL does not have.
-- WARNING dialect-index-changed: film.film_active_code: written without the condition WHERE active (the index covers every row), which MySQL does not have.
-- WARNING dialect-index-dropped: film.film_tags_idx is a gin index, which MySQL does not have: the index is left out.
-- WARNING dialect-auto-increment-dropped: film.invoice is numbered by the engine, but MySQL allows one such column per table, leading an index: it is written as a plain column, without numbers of its own.
-- WARNING dialect-type-lossy: film.origin is written as VARCHAR(43) in MySQL: inet values are stored as text and not validated.
-- WARNING dialect-type-lossy: film.release_year is written as INT in MySQL: the NOT NULL and CHECK of the type year are not carried.
-- WARNING dialect-type-lossy: film.tags is written as JSON in MySQL: the array is stored as text, its elements are not typed.
CREATE TABLE film (
    film_id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255) NOT NULL,
    rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
    release_year INT,
    tags JSON DEFAULT ('{}'),
    origin VARCHAR(43),
    meta JSON DEFAULT ('{}'),
    token CHAR(36) NOT NULL DEFAULT (UUID()),
    invoice BIGINT,
    active BOOLEAN NOT NULL DEFAULT 1,
    label TEXT DEFAULT (''),
    created TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    opened DATE DEFAULT (CURRENT_DATE),
    code VARCHAR(12),
    PRIMARY KEY (film_id),
    CONSTRAINT film_code_check CHECK ((code) IN ('A', 'B')),
    UNIQUE INDEX film_active_code (code)
);

CREATE TABLE rental (
    rental_id BIGINT NOT NULL AUTO_INCREMENT,
    film_id INT NOT NULL,
    returned BOOLEAN DEFAULT 0,
    PRIMARY KEY (rental_id),
    FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE CASCADE ON UPDATE NO ACTION
);
