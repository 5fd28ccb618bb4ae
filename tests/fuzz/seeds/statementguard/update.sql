UPDATE orders SET user_id = 2, status = 'moved' WHERE id IN (SELECT id FROM orders WHERE total > 10);
