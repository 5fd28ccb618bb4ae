-- DATA-LOSS: drops the table n and every row in it.
DROP TABLE n;

CREATE TABLE tag (
    id INT NOT NULL,
    pid INT NOT NULL,
    [label] NVARCHAR(20) NOT NULL,
    CONSTRAINT pk_tag PRIMARY KEY (id),
    CONSTRAINT uq_tag UNIQUE (pid, [label]),
    CONSTRAINT fk_tag_p FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE
);
-- problems:
data-loss statement 1: drops the table n and every row in it.
