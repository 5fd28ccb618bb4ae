INSERT INTO users (id, email)
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c)
SELECT x, 'u' || x || '@example.com' FROM c;
