// Drizzle ORM schema 'composite' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    char,
    foreignKey,
    index,
    integer,
    pgTable,
    primaryKey,
    unique,
    uniqueIndex,
    varchar,
} from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
    country: char('country', { length: 2 }).notNull(),
    code: varchar('code', { length: 10 }).notNull(),
    label: varchar('label', { length: 80 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.country, t.code] }),
    uniqueIndex('ux_regions_label').on(t.label),
]);

export const sites = pgTable('sites', {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    country: char('country', { length: 2 }).notNull(),
    region: varchar('region', { length: 10 }).notNull(),
    homeCountry: char('home_country', { length: 2 }),
    homeRegion: varchar('home_region', { length: 10 }),
    slug: varchar('slug', { length: 40 }).notNull().unique(),
}, (t) => [
    unique('uq_sites_region_slug').on(t.country, t.region, t.slug),
    index('ix_sites_home').on(t.homeCountry, t.homeRegion),
    foreignKey({
        name: 'fk_sites_region',
        columns: [t.country, t.region],
        foreignColumns: [regions.country, regions.code],
    }).onDelete('cascade').onUpdate('cascade'),
    foreignKey({
        columns: [t.homeCountry, t.homeRegion],
        foreignColumns: [regions.country, regions.code],
    }).onDelete('set null'),
]);
