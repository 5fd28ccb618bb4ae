-- ERROR dialect-check-untranslatable: CHECK (title ~ '^[A-Z]') is left out of the SQLite script: the operator ~.
-- ERROR dialect-default-untranslatable: DEFAULT nextval('invoice_seq'::regclass) of film.invoice is left out of the SQLite script: it calls a sequence (nextval('invoice_seq'::regclass)), which SQLite does not have.
-- WARNING dialect-index-dropped: film.film_tags_idx is a gin index, which SQLite does not have: the index is left out.
-- WARNING dialect-auto-increment-dropped: film.invoice is numbered by the engine, but SQLite allows one such column per table, leading an index: it is written as a plain column, without numbers of its own.
-- WARNING dialect-type-lossy: film.origin is written as TEXT in SQLite: inet values are stored as text and not validated.
-- WARNING dialect-type-lossy: film.release_year is written as INTEGER in SQLite: the NOT NULL and CHECK of the type year are not carried.
-- WARNING dialect-type-lossy: film.tags is written as TEXT in SQLite: the array is stored as text, its elements are not typed.
CREATE TABLE film (
    film_id INTEGER NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    rating TEXT DEFAULT 'G' CHECK (rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    release_year INTEGER,
    tags TEXT DEFAULT '{}',
    origin TEXT,
    meta TEXT DEFAULT '{}',
    token TEXT NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    invoice INTEGER,
    active INTEGER NOT NULL DEFAULT 1,
    label TEXT DEFAULT '',
    created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    opened TEXT DEFAULT CURRENT_DATE,
    code TEXT,
    CONSTRAINT film_code_check CHECK ((code) IN ('A', 'B'))
);

CREATE UNIQUE INDEX film_active_code ON film (code) WHERE active;

CREATE TABLE rental (
    rental_id INTEGER NOT NULL PRIMARY KEY,
    film_id INTEGER NOT NULL,
    returned INTEGER DEFAULT 0,
    FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE CASCADE
);
