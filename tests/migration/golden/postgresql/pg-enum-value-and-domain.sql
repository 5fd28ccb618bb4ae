CREATE DOMAIN posint AS integer DEFAULT 1 NOT NULL CONSTRAINT posint_positive CHECK (VALUE > 0);

ALTER TYPE mood ADD VALUE 'so-so' AFTER 'sad';

ALTER TABLE p ADD COLUMN score posint;
-- problems:
