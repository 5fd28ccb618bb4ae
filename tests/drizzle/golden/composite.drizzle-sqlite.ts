// Drizzle ORM schema 'composite' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    index,
    integer,
    primaryKey,
    sqliteTable,
    text,
    unique,
    uniqueIndex,
} from 'drizzle-orm/sqlite-core';

export const regions = sqliteTable('regions', {
    country: text('country', { length: 2 }).notNull(),
    code: text('code', { length: 10 }).notNull(),
    label: text('label', { length: 80 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.country, t.code] }),
    uniqueIndex('ux_regions_label').on(t.label),
]);

export const sites = sqliteTable('sites', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    country: text('country', { length: 2 }).notNull(),
    region: text('region', { length: 10 }).notNull(),
    homeCountry: text('home_country', { length: 2 }),
    homeRegion: text('home_region', { length: 10 }),
    slug: text('slug', { length: 40 }).notNull().unique(),
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
