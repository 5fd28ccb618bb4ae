CREATE TABLE a (id int);
CREATE TABLE "b (x text);
