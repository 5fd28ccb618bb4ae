// Drizzle ORM schema 'composite' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import {
    foreignKey,
    index,
    int,
    mssqlTable,
    nchar,
    nvarchar,
    primaryKey,
    unique,
    uniqueIndex,
} from 'drizzle-orm/mssql-core';

export const regions = mssqlTable('regions', {
    country: nchar('country', { length: 2 }).notNull(),
    code: nvarchar('code', { length: 10 }).notNull(),
    label: nvarchar('label', { length: 80 }).notNull(),
}, (t) => [
    primaryKey({ columns: [t.country, t.code] }),
    uniqueIndex('ux_regions_label').on(t.label),
]);

export const sites = mssqlTable('sites', {
    id: int('id').primaryKey().identity(),
    country: nchar('country', { length: 2 }).notNull(),
    region: nvarchar('region', { length: 10 }).notNull(),
    homeCountry: nchar('home_country', { length: 2 }),
    homeRegion: nvarchar('home_region', { length: 10 }),
    slug: nvarchar('slug', { length: 40 }).notNull().unique(),
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
