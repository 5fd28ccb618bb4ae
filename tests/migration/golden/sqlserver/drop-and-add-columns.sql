DROP INDEX ix_c_note ON c;

-- DATA-LOSS: drops the column c.note and its values.
ALTER TABLE c DROP COLUMN note;

ALTER TABLE c ADD qty INT;

ALTER TABLE c ADD status NVARCHAR(10) NOT NULL DEFAULT 'new';
-- problems:
data-loss statement 2: drops the column c.note and its values.
