UPDATE products SET price = price * 1.1 WHERE attributes ->> '$.weight' > 10 RETURNING id, price;
