DROP INDEX ix_c_note ON c;

CREATE INDEX ix_n_pid ON n (pid);

-- MAY-FAIL: add foreign key n.fk_n_p: fails over child rows without a parent (orphans).
ALTER TABLE n ADD CONSTRAINT fk_n_p FOREIGN KEY (pid) REFERENCES p (id);
-- problems:
may-fail statement 3: add foreign key n.fk_n_p: fails over child rows without a parent (orphans).
