-- Sample data for shop, written by Joinery.

INSERT INTO "users" ("id", "email", "display_name", "created_at") VALUES (1, 'ada@example.com', 'Ada', '2024-01-02 10:00:00+00');
INSERT INTO "users" ("id", "email", "display_name", "created_at") VALUES (2, 'bob@example.com', NULL, '2024-01-03 11:30:00+00');

INSERT INTO "profiles" ("id", "user_id", "bio", "avatar") VALUES (1, 1, 'Writes programs', X'89504e47');

INSERT INTO "orders" ("id", "user_id", "status", "total", "placed_at") VALUES (10, 1, 'paid', 12.5, '2024-02-01 09:00:00+00');
INSERT INTO "orders" ("id", "user_id", "status", "total", "placed_at") VALUES (11, 2, 'open', 0.0, '2024-02-02 09:00:00+00');

INSERT INTO "products" ("id", "sku", "name", "price", "attributes") VALUES (100, 'A-1', 'Anvil', 99.9, '{"weight": 50}');

INSERT INTO "order_items" ("order_id", "product_id", "quantity", "unit_price") VALUES (10, 100, 1, 12.5);

INSERT INTO "reviews" ("id", "product_id", "author_id", "rating", "body", "written_on") VALUES (1, 100, 2, 5, 'Heavy.', '2024-03-01');
