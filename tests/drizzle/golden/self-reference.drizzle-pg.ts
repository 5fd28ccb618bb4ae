// Drizzle ORM schema 'self-reference' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, integer, pgTable, varchar, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const categories = pgTable('categories', {
    id: integer('id').primaryKey(),
    parentId: integer('parent_id').references((): AnyPgColumn => categories.id, { onDelete: 'cascade' }),
    movedFrom: integer('moved_from'),
    name: varchar('name', { length: 60 }).notNull(),
}, (t) => [
    foreignKey({
        name: 'fk_categories_moved_from',
        columns: [t.movedFrom],
        foreignColumns: [t.id],
    }).onDelete('set null').onUpdate('cascade'),
]);
