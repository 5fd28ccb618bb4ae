// Drizzle ORM schema 'cycle3' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    integer,
    primaryKey,
    sqliteTable,
    type AnySQLiteColumn,
    type SQLiteTableExtraConfigValue,
} from 'drizzle-orm/sqlite-core';

export const teams = sqliteTable('teams', {
    id: integer('id').primaryKey(),
    leadId: integer('lead_id').references((): AnySQLiteColumn => people.id, { onDelete: 'set null' }),
});

export const people = sqliteTable('people', {
    id: integer('id').primaryKey(),
    deskId: integer('desk_id'),
    deskFloor: integer('desk_floor'),
}, (t): SQLiteTableExtraConfigValue[] => [
    foreignKey({
        name: 'fk_people_desk',
        columns: [t.deskId, t.deskFloor],
        foreignColumns: [desks.id, desks.floor],
    }).onDelete('set null'),
]);

export const desks = sqliteTable('desks', {
    id: integer('id').notNull(),
    floor: integer('floor').notNull(),
    teamId: integer('team_id').references((): AnySQLiteColumn => teams.id),
}, (t) => [
    primaryKey({ columns: [t.id, t.floor] }),
]);

export const audits = sqliteTable('audits', {
    id: integer('id').primaryKey(),
    teamId: integer('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
});
