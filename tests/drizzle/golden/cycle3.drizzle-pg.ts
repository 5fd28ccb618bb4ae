// Drizzle ORM schema 'cycle3' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    integer,
    pgTable,
    primaryKey,
    type AnyPgColumn,
    type PgTableExtraConfigValue,
} from 'drizzle-orm/pg-core';

export const teams = pgTable('teams', {
    id: integer('id').primaryKey(),
    leadId: integer('lead_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
});

export const people = pgTable('people', {
    id: integer('id').primaryKey(),
    deskId: integer('desk_id'),
    deskFloor: integer('desk_floor'),
}, (t): PgTableExtraConfigValue[] => [
    foreignKey({
        name: 'fk_people_desk',
        columns: [t.deskId, t.deskFloor],
        foreignColumns: [desks.id, desks.floor],
    }).onDelete('set null'),
]);

export const desks = pgTable('desks', {
    id: integer('id').notNull(),
    floor: integer('floor').notNull(),
    teamId: integer('team_id').references((): AnyPgColumn => teams.id),
}, (t) => [
    primaryKey({ columns: [t.id, t.floor] }),
]);

export const audits = pgTable('audits', {
    id: integer('id').primaryKey(),
    teamId: integer('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
});
