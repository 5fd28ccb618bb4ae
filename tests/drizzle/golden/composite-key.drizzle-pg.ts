// Drizzle ORM schema 'multi_tenant' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    bigint,
    foreignKey,
    index,
    integer,
    pgTable,
    primaryKey,
    varchar,
} from 'drizzle-orm/pg-core';

export const tenants = pgTable('tenants', {
    id: integer('id').primaryKey(),
    name: varchar('name', { length: 100 }).notNull(),
});

// Product codes are unique per tenant.
export const products = pgTable('products', {
    tenantId: integer('tenant_id').notNull(),
    sku: varchar('sku', { length: 40 }).notNull(),
    name: varchar('name', { length: 200 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.tenantId, t.sku] }),
    foreignKey({
        name: 'fk_products_tenant',
        columns: [t.tenantId],
        foreignColumns: [tenants.id],
    }).onDelete('cascade'),
]);

// Renaming a product's SKU renames it in every order line.
export const orderLines = pgTable('order_lines', {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    tenantId: integer('tenant_id').notNull(),
    sku: varchar('sku', { length: 40 }).notNull(),
    quantity: integer('quantity').notNull().default(1),
}, (t) => [
    index('ix_order_lines_product').on(t.tenantId, t.sku),
    foreignKey({
        name: 'fk_order_lines_product',
        columns: [t.tenantId, t.sku],
        foreignColumns: [products.tenantId, products.sku],
    }).onUpdate('cascade'),
]);
