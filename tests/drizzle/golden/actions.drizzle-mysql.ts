// Drizzle ORM schema 'actions' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, int, mysqlTable } from 'drizzle-orm/mysql-core';

export const parents = mysqlTable('parents', {
    id: int('id').primaryKey(),
});

export const children = mysqlTable('children', {
    id: int('id').primaryKey(),
    p0: int('p0').references(() => parents.id, { onUpdate: 'restrict' }),
    p1: int('p1'),
    p2: int('p2').references(() => parents.id, { onDelete: 'cascade', onUpdate: 'set null' }),
    p3: int('p3'),
    // Note: children_p4_parents_id_fk: ON DELETE SET DEFAULT: InnoDB rejects it (MariaDB stores it
    // as RESTRICT); written as NO ACTION.
    p4: int('p4').references(() => parents.id),
}, (t) => [
    foreignKey({
        name: 'fk_children_p1',
        columns: [t.p1],
        foreignColumns: [parents.id],
    }).onDelete('restrict').onUpdate('cascade'),
    // Note: fk_children_p3: ON UPDATE SET DEFAULT: InnoDB rejects it (MariaDB stores it as
    // RESTRICT); written as NO ACTION.
    foreignKey({
        name: 'fk_children_p3',
        columns: [t.p3],
        foreignColumns: [parents.id],
    }).onDelete('set null'),
]);
