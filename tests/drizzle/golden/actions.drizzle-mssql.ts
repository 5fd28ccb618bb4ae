// Drizzle ORM schema 'actions' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, int, mssqlTable } from 'drizzle-orm/mssql-core';

export const parents = mssqlTable('parents', {
    id: int('id').primaryKey(),
});

export const children = mssqlTable('children', {
    id: int('id').primaryKey(),
    // Note: children_p0_parents_id_fk: ON UPDATE RESTRICT: SQL Server (and mssql-core) has no
    // RESTRICT; written as NO ACTION, which also refuses the change while child rows exist.
    p0: int('p0').references(() => parents.id),
    p1: int('p1'),
    p2: int('p2').references(() => parents.id, { onDelete: 'cascade', onUpdate: 'set null' }),
    p3: int('p3'),
    p4: int('p4').references(() => parents.id, { onDelete: 'set default' }),
}, (t) => [
    // Note: fk_children_p1: ON DELETE RESTRICT: SQL Server (and mssql-core) has no RESTRICT;
    // written as NO ACTION, which also refuses the change while child rows exist.
    foreignKey({
        name: 'fk_children_p1',
        columns: [t.p1],
        foreignColumns: [parents.id],
    }).onUpdate('cascade'),
    foreignKey({
        name: 'fk_children_p3',
        columns: [t.p3],
        foreignColumns: [parents.id],
    }).onDelete('set null').onUpdate('set default'),
]);
