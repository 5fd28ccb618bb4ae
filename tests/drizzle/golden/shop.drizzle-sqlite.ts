// Drizzle ORM schema 'shop' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    blob,
    foreignKey,
    index,
    integer,
    numeric,
    primaryKey,
    sqliteTable,
    text,
    unique,
} from 'drizzle-orm/sqlite-core';

// People who can sign in and place orders.
export const users = sqliteTable('users', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email', { length: 255 }).notNull(),
    displayName: text('display_name', { length: 100 }),
    createdAt: text('created_at').notNull().default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
    unique('uq_users_email').on(t.email),
]);

// One profile per user; goes with its user.
export const profiles = sqliteTable('profiles', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull(),
    bio: text('bio'),
    avatar: blob('avatar'),
}, (t) => [
    unique('uq_profiles_user_id').on(t.userId),
    foreignKey({
        name: 'fk_profiles_user',
        columns: [t.userId],
        foreignColumns: [users.id],
    }).onDelete('cascade'),
]);

export const orders = sqliteTable('orders', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull(),
    status: text('status', { length: 20 }).notNull().default('new'),
    total: numeric('total').notNull().default(sql`0`),
    placedAt: text('placed_at').notNull().default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
    index('ix_orders_user_id').on(t.userId),
    foreignKey({
        name: 'fk_orders_user',
        columns: [t.userId],
        foreignColumns: [users.id],
    }).onDelete('restrict'),
]);

export const products = sqliteTable('products', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sku: text('sku', { length: 40 }).notNull(),
    name: text('name', { length: 200 }).notNull(),
    price: numeric('price').notNull(),
    attributes: text('attributes', { mode: 'json' }),
}, (t) => [
    unique('uq_products_sku').on(t.sku),
]);

// Lines of an order; they go with their order.
export const orderItems = sqliteTable('order_items', {
    orderId: integer('order_id').notNull(),
    productId: integer('product_id').notNull(),
    quantity: integer('quantity').notNull().default(1),
    unitPrice: numeric('unit_price').notNull(),
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
export const reviews = sqliteTable('reviews', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id').notNull(),
    authorId: integer('author_id'),
    rating: integer('rating').notNull(),
    body: text('body'),
    writtenOn: text('written_on').notNull().default(sql`CURRENT_DATE`),
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
