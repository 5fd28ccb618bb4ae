CREATE TABLE author (
    id INT NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE book (
    id INT NOT NULL,
    author_id INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_author FOREIGN KEY (author_id) REFERENCES author (id)
);

-- INFO dialect-name-changed: "fk_author" is also used in another table, and SQL Server has one namespace for such names: it is called "article_fk_author" here.
CREATE TABLE article (
    id INT NOT NULL,
    author_id INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT article_fk_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
);
