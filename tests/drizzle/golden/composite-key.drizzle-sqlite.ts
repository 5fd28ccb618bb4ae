// Drizzle ORM schema 'multi_tenant' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const tenants = sqliteTable('tenants', {
    id: integer('id').primaryKey(),
    name: text('name', { length: 100 }).notNull(),
});

// Product codes are unique per tenant.
export const products = sqliteTable('products', {
    tenantId: integer('tenant_id').notNull(),
    sku: text('sku', { length: 40 }).notNull(),
    name: text('name', { length: 200 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.tenantId, t.sku] }),
    foreignKey({
        name: 'fk_products_tenant',
        columns: [t.tenantId],
        foreignColumns: [tenants.id],
    }).onDelete('cascade'),
]);

// Renaming a product's SKU renames it in every order line.
export const orderLines = sqliteTable('order_lines', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id').notNull(),
    sku: text('sku', { length: 40 }).notNull(),
    quantity: integer('quantity').notNull().default(1),
}, (t) => [
    index('ix_order_lines_product').on(t.tenantId, t.sku),
    foreignKey({
        name: 'fk_order_lines_product',
        columns: [t.tenantId, t.sku],
        foreignColumns: [products.tenantId, products.sku],
    }).onUpdate('cascade'),
]);
