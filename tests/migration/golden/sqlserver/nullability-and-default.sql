-- MAY-FAIL: p.name: set NOT NULL: fails if a row holds NULL there.
ALTER TABLE p ALTER COLUMN name NVARCHAR(40) NOT NULL;

ALTER TABLE c ADD DEFAULT 'none' FOR note;
-- problems:
may-fail statement 1: p.name: set NOT NULL: fails if a row holds NULL there.
