// Drizzle ORM schema 'shop' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    customType,
    date,
    decimal,
    foreignKey,
    index,
    int,
    json,
    mysqlTable,
    primaryKey,
    smallint,
    text,
    timestamp,
    unique,
    varchar,
} from 'drizzle-orm/mysql-core';

// People who can sign in and place orders.
export const users = mysqlTable('users', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    email: varchar('email', { length: 255 }).notNull(),
    displayName: varchar('display_name', { length: 100 }),
    createdAt: timestamp('created_at', { fsp: 6 }).notNull().default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
    unique('uq_users_email').on(t.email),
]);

// One profile per user; goes with its user.
export const profiles = mysqlTable('profiles', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    bio: text('bio'),
    avatar: customType<{ data: Uint8Array }>({ dataType: () => 'longblob' })('avatar'),
}, (t) => [
    unique('uq_profiles_user_id').on(t.userId),
    foreignKey({
        name: 'fk_profiles_user',
        columns: [t.userId],
        foreignColumns: [users.id],
    }).onDelete('cascade'),
]);

export const orders = mysqlTable('orders', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    status: varchar('status', { length: 20 }).notNull().default('new'),
    total: decimal('total', { precision: 12, scale: 2 }).notNull().default(sql`0`),
    placedAt: timestamp('placed_at', { fsp: 6 }).notNull().default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
    index('ix_orders_user_id').on(t.userId),
    foreignKey({
        name: 'fk_orders_user',
        columns: [t.userId],
        foreignColumns: [users.id],
    }).onDelete('restrict'),
]);

export const products = mysqlTable('products', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    sku: varchar('sku', { length: 40 }).notNull(),
    name: varchar('name', { length: 200 }).notNull(),
    price: decimal('price', { precision: 10, scale: 2 }).notNull(),
    attributes: json('attributes'),
}, (t) => [
    unique('uq_products_sku').on(t.sku),
]);

// Lines of an order; they go with their order.
export const orderItems = mysqlTable('order_items', {
    orderId: bigint('order_id', { mode: 'number' }).notNull(),
    productId: bigint('product_id', { mode: 'number' }).notNull(),
    quantity: int('quantity').notNull().default(1),
    unitPrice: decimal('unit_price', { precision: 10, scale: 2 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.orderId, t.productId] }),
    index('ix_order_items_product_id').on(t.productId),
    foreignKey({
        name: 'fk_order_items_order',
        columns: [t.orderId],
        foreignColumns: [orders.id],
    }).onDelete('cascade'),
    foreignKey({
        name: 'fk_order_items_product',
        columns: [t.productId],
        foreignColumns: [products.id],
    }).onDelete('restrict'),
]);

// Reviews outlive their author: the author becomes NULL.
export const reviews = mysqlTable('reviews', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    productId: bigint('product_id', { mode: 'number' }).notNull(),
    authorId: bigint('author_id', { mode: 'number' }),
    rating: smallint('rating').notNull(),
    body: text('body'),
    writtenOn: date('written_on').notNull().default(sql`(CURRENT_DATE)`),
}, (t) => [
    index('ix_reviews_product_id').on(t.productId),
    index('ix_reviews_author_id').on(t.authorId),
    foreignKey({
        name: 'fk_reviews_product',
        columns: [t.productId],
        foreignColumns: [products.id],
    }).onDelete('cascade'),
    foreignKey({
        name: 'fk_reviews_author',
        columns: [t.authorId],
        foreignColumns: [users.id],
    }).onDelete('set null'),
]);
