// Drizzle ORM schema 'multi_tenant' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    bigint,
    foreignKey,
    index,
    int,
    mysqlTable,
    primaryKey,
    varchar,
} from 'drizzle-orm/mysql-core';

export const tenants = mysqlTable('tenants', {
    id: int('id').primaryKey(),
    name: varchar('name', { length: 100 }).notNull(),
});

// Product codes are unique per tenant.
export const products = mysqlTable('products', {
    tenantId: int('tenant_id').notNull(),
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
export const orderLines = mysqlTable('order_lines', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    tenantId: int('tenant_id').notNull(),
    sku: varchar('sku', { length: 40 }).notNull(),
    quantity: int('quantity').notNull().default(1),
}, (t) => [
    index('ix_order_lines_product').on(t.tenantId, t.sku),
    foreignKey({
        name: 'fk_order_lines_product',
        columns: [t.tenantId, t.sku],
        foreignColumns: [products.tenantId, products.sku],
    }).onUpdate('cascade'),
]);
