ALTER TABLE cache SET LOGGED;

ALTER TABLE hot RESET (autovacuum_enabled), SET (fillfactor=70, toast_tuple_target=256);
-- problems:
