// Drizzle ORM schema 'shop' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    date,
    datetimeoffset,
    decimal,
    foreignKey,
    index,
    int,
    mssqlTable,
    nvarchar,
    primaryKey,
    smallint,
    unique,
    varbinary,
} from 'drizzle-orm/mssql-core';

// People who can sign in and place orders.
export const users = mssqlTable('users', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    email: nvarchar('email', { length: 255 }).notNull(),
    displayName: nvarchar('display_name', { length: 100 }),
    createdAt: datetimeoffset('created_at').notNull().default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
    unique('uq_users_email').on(t.email),
]);

// One profile per user; goes with its user.
export const profiles = mssqlTable('profiles', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    bio: nvarchar('bio', { length: 'max' }),
    avatar: varbinary('avatar', { length: 'max' }),
}, (t) => [
    unique('uq_profiles_user_id').on(t.userId),
    foreignKey({
        name: 'fk_profiles_user',
        columns: [t.userId],
        foreignColumns: [users.id],
    }).onDelete('cascade'),
]);

export const orders = mssqlTable('orders', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    status: nvarchar('status', { length: 20 }).notNull().default('new'),
    total: decimal('total', { precision: 12, scale: 2 }).notNull().default(sql`0`),
    placedAt: datetimeoffset('placed_at').notNull().default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
    index('ix_orders_user_id').on(t.userId),
    // Note: fk_orders_user: ON DELETE RESTRICT: SQL Server (and mssql-core) has no RESTRICT;
    // written as NO ACTION, which also refuses the change while child rows exist.
    foreignKey({
        name: 'fk_orders_user',
        columns: [t.userId],
        foreignColumns: [users.id],
    }),
]);

export const products = mssqlTable('products', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    sku: nvarchar('sku', { length: 40 }).notNull(),
    name: nvarchar('name', { length: 200 }).notNull(),
    price: decimal('price', { precision: 10, scale: 2 }).notNull(),
    attributes: nvarchar('attributes', { length: 'max' }),
}, (t) => [
    unique('uq_products_sku').on(t.sku),
]);

// Lines of an order; they go with their order.
export const orderItems = mssqlTable('order_items', {
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
    // Note: fk_order_items_product: ON DELETE RESTRICT: SQL Server (and mssql-core) has no
    // RESTRICT; written as NO ACTION, which also refuses the change while child rows exist.
    foreignKey({
        name: 'fk_order_items_product',
        columns: [t.productId],
        foreignColumns: [products.id],
    }),
]);

// Reviews outlive their author: the author becomes NULL.
export const reviews = mssqlTable('reviews', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    productId: bigint('product_id', { mode: 'number' }).notNull(),
    authorId: bigint('author_id', { mode: 'number' }),
    rating: smallint('rating').notNull(),
    body: nvarchar('body', { length: 'max' }),
    writtenOn: date('written_on').notNull().default(sql`CAST(GETDATE() AS DATE)`),
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
