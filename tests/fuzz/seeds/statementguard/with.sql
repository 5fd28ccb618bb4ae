WITH doomed(id) AS (SELECT id FROM users WHERE email LIKE '%@example.com' LIMIT 2)
DELETE FROM users WHERE id IN doomed -- the first two
