-- ERROR dialect-check-untranslatable: CHECK (title ~ '^[A-Z]') is left out of the SQL Server script: the operator ~.
-- ERROR dialect-default-untranslatable: DEFAULT nextval('invoice_seq'::regclass) of film.invoice is left out of the SQL Server script: it calls a sequence (nextval('invoice_seq'::regclass)), which SQL Server does not have.
-- WARNING dialect-index-dropped: film.film_tags_idx is a gin index, which SQL Server does not have: the index is left out.
-- WARNING dialect-auto-increment-dropped: film.invoice is numbered by the engine, but SQL Server allows one such column per table, leading an index: it is written as a plain column, without numbers of its own.
-- WARNING dialect-type-lossy: film.origin is written as NVARCHAR(43) in SQL Server: inet values are stored as text and not validated.
-- WARNING dialect-type-lossy: film.release_year is written as INT in SQL Server: the NOT NULL and CHECK of the type year are not carried.
-- WARNING dialect-type-lossy: film.tags is written as NVARCHAR(MAX) in SQL Server: the array is stored as text, its elements are not typed.
CREATE TABLE film (
    film_id INT NOT NULL IDENTITY(1,1),
    title NVARCHAR(255) NOT NULL,
    rating NVARCHAR(5) DEFAULT 'G' CHECK (rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    release_year INT,
    tags NVARCHAR(MAX) DEFAULT '{}',
    origin NVARCHAR(43),
    meta NVARCHAR(MAX) DEFAULT '{}',
    token UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID(),
    invoice BIGINT,
    active BIT NOT NULL DEFAULT 1,
    [label] NVARCHAR(MAX) DEFAULT '',
    created DATETIMEOFFSET NOT NULL DEFAULT SYSDATETIMEOFFSET(),
    opened DATE DEFAULT CAST(GETDATE() AS DATE),
    code NVARCHAR(12),
    PRIMARY KEY (film_id),
    CONSTRAINT film_code_check CHECK ((code) IN ('A', 'B'))
);

-- WARNING dialect-index-changed: film.film_active_code: written without the condition WHERE active (the index covers every row), which SQL Server does not have.
CREATE UNIQUE INDEX film_active_code ON film (code);

CREATE TABLE rental (
    rental_id BIGINT NOT NULL IDENTITY(1,1),
    film_id INT NOT NULL,
    returned BIT DEFAULT 0,
    PRIMARY KEY (rental_id),
    FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE CASCADE
);
