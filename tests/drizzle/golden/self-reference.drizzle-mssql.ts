// Drizzle ORM schema 'self-reference' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, int, mssqlTable, nvarchar, type AnyMsSqlColumn } from 'drizzle-orm/mssql-core';

export const categories = mssqlTable('categories', {
    id: int('id').primaryKey(),
    parentId: int('parent_id').references((): AnyMsSqlColumn => categories.id, { onDelete: 'cascade' }),
    movedFrom: int('moved_from'),
    name: nvarchar('name', { length: 60 }).notNull(),
}, (t) => [
    foreignKey({
        name: 'fk_categories_moved_from',
        columns: [t.movedFrom],
        foreignColumns: [t.id],
    }).onDelete('set null').onUpdate('cascade'),
]);
