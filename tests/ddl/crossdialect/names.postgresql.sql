-- Constraint names are per table in PostgreSQL, per schema in MySQL and SQL Server.
CREATE TABLE author (id integer PRIMARY KEY);
CREATE TABLE book (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    CONSTRAINT fk_author FOREIGN KEY (author_id) REFERENCES author (id)
);
CREATE TABLE article (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    CONSTRAINT fk_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
);
