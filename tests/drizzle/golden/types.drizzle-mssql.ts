// Drizzle ORM schema 'types' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    bit,
    customType,
    date,
    datetime2,
    datetimeoffset,
    decimal,
    float,
    int,
    mssqlTable,
    nchar,
    nvarchar,
    real,
    smallint,
    time,
    varbinary,
} from 'drizzle-orm/mssql-core';

// One column per logical type.
export const everything = mssqlTable('everything', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    small: smallint('small').notNull().default(-3),
    whole: int('whole').default(42),
    big: bigint('big', { mode: 'number' }),
    // Two decimals, never rounded.
    money: decimal('money', { precision: 12, scale: 2 }).notNull().default(sql`0`),
    ratio: decimal('ratio', { precision: 5 }),
    plainDecimal: decimal('plain_decimal'),
    approx: real('approx').default(1.5),
    precise: float('precise'),
    flag: bit('flag').notNull().default(true),
    code: nchar('code', { length: 3 }),
    title: nvarchar('title', { length: 120 }).notNull().default('untitled'),
    body: nvarchar('body', { length: 'max' }),
    born: date('born'),
    alarm: time('alarm'),
    seen: datetime2('seen'),
    seenTz: datetimeoffset('seen_tz').notNull().default(sql`CURRENT_TIMESTAMP`),
    token: customType<{ data: string }>({ dataType: () => 'uniqueidentifier' })('token'),
    doc: nvarchar('doc', { length: 'max' }),
    raw: varbinary('raw', { length: 'max' }),
    customCode: customType<{ data: unknown }>({ dataType: () => 'varchar(7)' })('custom_code'),
});
