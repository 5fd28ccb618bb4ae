// Drizzle ORM schema 'types' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    boolean,
    char,
    customType,
    date,
    doublePrecision,
    integer,
    jsonb,
    numeric,
    pgTable,
    real,
    smallint,
    text,
    time,
    timestamp,
    uuid,
    varchar,
} from 'drizzle-orm/pg-core';

// One column per logical type.
export const everything = pgTable('everything', {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    small: smallint('small').notNull().default(-3),
    whole: integer('whole').default(42),
    big: bigint('big', { mode: 'number' }),
    // Two decimals, never rounded.
    money: numeric('money', { precision: 12, scale: 2 }).notNull().default(sql`0`),
    ratio: numeric('ratio', { precision: 5 }),
    plainDecimal: numeric('plain_decimal'),
    approx: real('approx').default(1.5),
    precise: doublePrecision('precise'),
    flag: boolean('flag').notNull().default(true),
    code: char('code', { length: 3 }),
    title: varchar('title', { length: 120 }).notNull().default('untitled'),
    body: text('body'),
    born: date('born'),
    alarm: time('alarm'),
    seen: timestamp('seen'),
    seenTz: timestamp('seen_tz', { withTimezone: true }).notNull().default(sql`CURRENT_TIMESTAMP`),
    token: uuid('token'),
    doc: jsonb('doc'),
    raw: customType<{ data: Uint8Array }>({ dataType: () => 'bytea' })('raw'),
    customCode: customType<{ data: unknown }>({ dataType: () => 'varchar(7)' })('custom_code'),
});
