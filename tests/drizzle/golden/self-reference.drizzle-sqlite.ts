// Drizzle ORM schema 'self-reference' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    integer,
    sqliteTable,
    text,
    type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

export const categories = sqliteTable('categories', {
    id: integer('id').primaryKey(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => categories.id, { onDelete: 'cascade' }),
    movedFrom: integer('moved_from'),
    name: text('name', { length: 60 }).notNull(),
}, (t) => [
    foreignKey({
        name: 'fk_categories_moved_from',
        columns: [t.movedFrom],
        foreignColumns: [t.id],
    }).onDelete('set null').onUpdate('cascade'),
]);
