ALTER TABLE p ADD email NVARCHAR(80) NOT NULL DEFAULT '';

-- MAY-FAIL: p: add check ck_p_name: fails if a row breaks the condition.
ALTER TABLE p ADD CONSTRAINT ck_p_name CHECK (len(name) > 0);
-- problems:
may-fail statement 2: p: add check ck_p_name: fails if a row breaks the condition.
