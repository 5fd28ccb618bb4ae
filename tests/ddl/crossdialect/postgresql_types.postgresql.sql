-- PostgreSQL types, schema objects and defaults with a counterpart elsewhere.
CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
CREATE SEQUENCE invoice_seq;
CREATE TABLE film (
    film_id serial PRIMARY KEY,
    title character varying(255) NOT NULL,
    rating mpaa_rating DEFAULT 'G'::mpaa_rating,
    release_year year,
    tags text[] DEFAULT '{}'::text[],
    origin inet,
    meta jsonb DEFAULT '{}'::jsonb,
    token uuid DEFAULT gen_random_uuid() NOT NULL,
    invoice bigint DEFAULT nextval('invoice_seq'::regclass),
    active boolean DEFAULT true NOT NULL,
    label character varying DEFAULT ''::character varying,
    created timestamp with time zone DEFAULT now() NOT NULL,
    opened date DEFAULT ('now'::text)::date,
    code character varying(12),
    CONSTRAINT film_code_check CHECK ((code)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])),
    CONSTRAINT film_title_check CHECK (title ~ '^[A-Z]')
);
CREATE INDEX film_title_idx ON film USING btree (lower(title));
CREATE INDEX film_tags_idx ON film USING gin (tags);
CREATE UNIQUE INDEX film_active_code ON film (code) WHERE active;
CREATE TABLE rental (
    rental_id bigserial PRIMARY KEY,
    film_id integer NOT NULL REFERENCES film (film_id) ON DELETE CASCADE,
    returned boolean DEFAULT false
);
