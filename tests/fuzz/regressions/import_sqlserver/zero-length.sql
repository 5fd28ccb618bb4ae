CREATE TABLE t (a varchar(00) NULL, b decimal(0) NULL, c char(000));
