// Drizzle ORM schema 'retail' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    index,
    integer,
    sqliteTable,
    text,
    type SQLiteTableExtraConfigValue,
} from 'drizzle-orm/sqlite-core';

// A store's manager is one of its staff; staff work in a store.
export const stores = sqliteTable('stores', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name', { length: 100 }).notNull(),
    managerId: integer('manager_id'),
}, (t): SQLiteTableExtraConfigValue[] => [
    index('ix_stores_manager_id').on(t.managerId),
    // Note: fk_stores_manager is DEFERRABLE INITIALLY DEFERRED in Joinery; Drizzle cannot declare
    // deferrable keys, so it is created NOT DEFERRABLE.
    foreignKey({
        name: 'fk_stores_manager',
        columns: [t.managerId],
        foreignColumns: [staff.id],
    }).onDelete('set null'),
]);

export const staff = sqliteTable('staff', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name', { length: 200 }).notNull(),
    storeId: integer('store_id').notNull(),
}, (t): SQLiteTableExtraConfigValue[] => [
    index('ix_staff_store_id').on(t.storeId),
    // Note: fk_staff_store is DEFERRABLE INITIALLY DEFERRED in Joinery; Drizzle cannot declare
    // deferrable keys, so it is created NOT DEFERRABLE.
    foreignKey({
        name: 'fk_staff_store',
        columns: [t.storeId],
        foreignColumns: [stores.id],
    }).onDelete('cascade'),
]);
