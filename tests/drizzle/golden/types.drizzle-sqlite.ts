// Drizzle ORM schema 'types' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    blob,
    customType,
    integer,
    numeric,
    real,
    sqliteTable,
    text,
} from 'drizzle-orm/sqlite-core';

// One column per logical type.
export const everything = sqliteTable('everything', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    small: integer('small').notNull().default(-3),
    whole: integer('whole').default(42),
    big: integer('big'),
    // Two decimals, never rounded.
    money: numeric('money').notNull().default(sql`0`),
    ratio: numeric('ratio'),
    plainDecimal: numeric('plain_decimal'),
    approx: real('approx').default(1.5),
    precise: real('precise'),
    flag: integer('flag', { mode: 'boolean' }).notNull().default(true),
    code: text('code', { length: 3 }),
    title: text('title', { length: 120 }).notNull().default('untitled'),
    body: text('body'),
    born: text('born'),
    alarm: text('alarm'),
    seen: text('seen'),
    seenTz: text('seen_tz').notNull().default(sql`CURRENT_TIMESTAMP`),
    token: text('token'),
    doc: text('doc', { mode: 'json' }),
    raw: blob('raw'),
    customCode: customType<{ data: unknown }>({ dataType: () => 'varchar(7)' })('custom_code'),
});
