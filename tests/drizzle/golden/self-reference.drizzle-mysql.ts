// Drizzle ORM schema 'self-reference' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, int, mysqlTable, varchar, type AnyMySqlColumn } from 'drizzle-orm/mysql-core';

export const categories = mysqlTable('categories', {
    id: int('id').primaryKey(),
    parentId: int('parent_id').references((): AnyMySqlColumn => categories.id, { onDelete: 'cascade' }),
    movedFrom: int('moved_from'),
    name: varchar('name', { length: 60 }).notNull(),
}, (t) => [
    foreignKey({
        name: 'fk_categories_moved_from',
        columns: [t.movedFrom],
        foreignColumns: [t.id],
    }).onDelete('set null').onUpdate('cascade'),
]);
