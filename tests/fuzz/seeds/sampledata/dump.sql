PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
INSERT INTO users VALUES(1,'a@example.com','A','2024-01-01');
INSERT INTO users(id, email) VALUES (2, 'b@example.com'), (3, 'c@example.com');
INSERT INTO orders SELECT 20 + id, id, 'open', id * 1.5, NULL FROM users;
/* a comment */ INSERT OR IGNORE INTO products (id, sku, name, price) VALUES (7, 'S', 'Seven', 7);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
INSERT INTO products (id, sku, name, price) SELECT 1000 + i, 'G' || i, 'Generated', i FROM n;
COMMIT;
