// Drizzle ORM schema 'multi_tenant' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    bigint,
    foreignKey,
    index,
    int,
    mssqlTable,
    nvarchar,
    primaryKey,
} from 'drizzle-orm/mssql-core';

export const tenants = mssqlTable('tenants', {
    id: int('id').primaryKey(),
    name: nvarchar('name', { length: 100 }).notNull(),
});

// Product codes are unique per tenant.
export const products = mssqlTable('products', {
    tenantId: int('tenant_id').notNull(),
    sku: nvarchar('sku', { length: 40 }).notNull(),
    name: nvarchar('name', { length: 200 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.tenantId, t.sku] }),
    foreignKey({
        name: 'fk_products_tenant',
        columns: [t.tenantId],
        foreignColumns: [tenants.id],
    }).onDelete('cascade'),
]);

// Renaming a product's SKU renames it in every order line.
export const orderLines = mssqlTable('order_lines', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    tenantId: int('tenant_id').notNull(),
    sku: nvarchar('sku', { length: 40 }).notNull(),
    quantity: int('quantity').notNull().default(1),
}, (t) => [
    index('ix_order_lines_product').on(t.tenantId, t.sku),
    foreignKey({
        name: 'fk_order_lines_product',
        columns: [t.tenantId, t.sku],
        foreignColumns: [products.tenantId, products.sku],
    }).onUpdate('cascade'),
]);
