// Drizzle ORM schema 'cycle3' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    int,
    mssqlTable,
    primaryKey,
    type AnyMsSqlColumn,
    type MsSqlTableExtraConfigValue,
} from 'drizzle-orm/mssql-core';

export const teams = mssqlTable('teams', {
    id: int('id').primaryKey(),
    leadId: int('lead_id').references((): AnyMsSqlColumn => people.id, { onDelete: 'set null' }),
});

export const people = mssqlTable('people', {
    id: int('id').primaryKey(),
    deskId: int('desk_id'),
    deskFloor: int('desk_floor'),
}, (t): MsSqlTableExtraConfigValue[] => [
    foreignKey({
        name: 'fk_people_desk',
        columns: [t.deskId, t.deskFloor],
        foreignColumns: [desks.id, desks.floor],
    }).onDelete('set null'),
]);

export const desks = mssqlTable('desks', {
    id: int('id').notNull(),
    floor: int('floor').notNull(),
    teamId: int('team_id').references((): AnyMsSqlColumn => teams.id),
}, (t) => [
    primaryKey({ columns: [t.id, t.floor] }),
]);

export const audits = mssqlTable('audits', {
    id: int('id').primaryKey(),
    teamId: int('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
});
