// Drizzle ORM schema 'actions' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, integer, pgTable } from 'drizzle-orm/pg-core';

export const parents = pgTable('parents', {
    id: integer('id').primaryKey(),
});

export const children = pgTable('children', {
    id: integer('id').primaryKey(),
    p0: integer('p0').references(() => parents.id, { onUpdate: 'restrict' }),
    p1: integer('p1'),
    p2: integer('p2').references(() => parents.id, { onDelete: 'cascade', onUpdate: 'set null' }),
    p3: integer('p3'),
    p4: integer('p4').references(() => parents.id, { onDelete: 'set default' }),
}, (t) => [
    foreignKey({
        name: 'fk_children_p1',
        columns: [t.p1],
        foreignColumns: [parents.id],
    }).onDelete('restrict').onUpdate('cascade'),
    foreignKey({
        name: 'fk_children_p3',
        columns: [t.p3],
        foreignColumns: [parents.id],
    }).onDelete('set null').onUpdate('set default'),
]);
