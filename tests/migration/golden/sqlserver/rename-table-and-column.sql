EXEC sp_rename 'p', 'person';

EXEC sp_rename 'c.note', 'remark', 'COLUMN';
-- problems:
