// Drizzle ORM schema 'retail' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    bigint,
    foreignKey,
    index,
    mysqlTable,
    varchar,
    type MySqlTableExtraConfigValue,
} from 'drizzle-orm/mysql-core';

// A store's manager is one of its staff; staff work in a store.
export const stores = mysqlTable('stores', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    name: varchar('name', { length: 100 }).notNull(),
    managerId: bigint('manager_id', { mode: 'number' }),
}, (t): MySqlTableExtraConfigValue[] => [
    index('ix_stores_manager_id').on(t.managerId),
    // Note: fk_stores_manager is DEFERRABLE INITIALLY DEFERRED in Joinery; Drizzle cannot declare
    // deferrable keys, so it is created NOT DEFERRABLE.
    foreignKey({
        name: 'fk_stores_manager',
        columns: [t.managerId],
        foreignColumns: [staff.id],
    }).onDelete('set null'),
]);

export const staff = mysqlTable('staff', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    name: varchar('name', { length: 200 }).notNull(),
    storeId: bigint('store_id', { mode: 'number' }).notNull(),
}, (t): MySqlTableExtraConfigValue[] => [
    index('ix_staff_store_id').on(t.storeId),
    // Note: fk_staff_store is DEFERRABLE INITIALLY DEFERRED in Joinery; Drizzle cannot declare
    // deferrable keys, so it is created NOT DEFERRABLE.
    foreignKey({
        name: 'fk_staff_store',
        columns: [t.storeId],
        foreignColumns: [stores.id],
    }).onDelete('cascade'),
]);
