// Drizzle ORM schema 'types' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    boolean,
    char,
    customType,
    date,
    datetime,
    decimal,
    double,
    float,
    int,
    json,
    mysqlTable,
    smallint,
    text,
    time,
    timestamp,
    varchar,
} from 'drizzle-orm/mysql-core';

// One column per logical type.
export const everything = mysqlTable('everything', {
    id: bigint('id', { mode: 'number' }).primaryKey().autoincrement(),
    small: smallint('small').notNull().default(-3),
    whole: int('whole', { unsigned: true }).default(42),
    big: bigint('big', { mode: 'number' }),
    // Two decimals, never rounded.
    money: decimal('money', { precision: 12, scale: 2 }).notNull().default(sql`0`),
    ratio: decimal('ratio', { precision: 5 }),
    plainDecimal: decimal('plain_decimal'),
    approx: float('approx').default(1.5),
    precise: double('precise'),
    flag: boolean('flag').notNull().default(true),
    code: char('code', { length: 3 }),
    title: varchar('title', { length: 120 }).notNull().default('untitled'),
    body: text('body'),
    born: date('born'),
    alarm: time('alarm'),
    seen: datetime('seen', { fsp: 6 }),
    seenTz: timestamp('seen_tz', { fsp: 6 }).notNull().default(sql`CURRENT_TIMESTAMP`),
    token: char('token', { length: 36 }),
    doc: json('doc'),
    raw: customType<{ data: Uint8Array }>({ dataType: () => 'longblob' })('raw'),
    customCode: customType<{ data: unknown }>({ dataType: () => 'varchar(7)' })('custom_code'),
});
