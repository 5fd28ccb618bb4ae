// Drizzle ORM schema 'cycle3' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    int,
    mysqlTable,
    primaryKey,
    type AnyMySqlColumn,
    type MySqlTableExtraConfigValue,
} from 'drizzle-orm/mysql-core';

export const teams = mysqlTable('teams', {
    id: int('id').primaryKey(),
    leadId: int('lead_id').references((): AnyMySqlColumn => people.id, { onDelete: 'set null' }),
});

export const people = mysqlTable('people', {
    id: int('id').primaryKey(),
    deskId: int('desk_id'),
    deskFloor: int('desk_floor'),
}, (t): MySqlTableExtraConfigValue[] => [
    foreignKey({
        name: 'fk_people_desk',
        columns: [t.deskId, t.deskFloor],
        foreignColumns: [desks.id, desks.floor],
    }).onDelete('set null'),
]);

export const desks = mysqlTable('desks', {
    id: int('id').notNull(),
    floor: int('floor').notNull(),
    teamId: int('team_id').references((): AnyMySqlColumn => teams.id),
}, (t) => [
    primaryKey({ columns: [t.id, t.floor] }),
]);

export const audits = mysqlTable('audits', {
    id: int('id').primaryKey(),
    teamId: int('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
});
