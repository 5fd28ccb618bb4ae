// Drizzle ORM schema 'hostile \'names\'' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, integer, pgTable, varchar } from 'drizzle-orm/pg-core';

export const order = pgTable('order', {
    id: integer('id').primaryKey(),
});

export const orderLines = pgTable('OrderLines', {
    id: integer('id').primaryKey(),
});

export const deleteTable = pgTable('delete', {
    id: integer('id').primaryKey(),
});

// Comment with */ and
// second line
export const orderLinesTable = pgTable('order_lines', {
    id: integer('id').primaryKey(),
    column: integer('_'),
    getSql: integer('getSQL'),
    enableRls: integer('enableRLS'),
    delete: integer('delete'),
    class: integer('class'),
    orderId: integer('order id').references(() => order.id, { onDelete: 'cascade' }),
    orderIdColumn: integer('ORDER_ID'),
    naïveQuote: integer('naïve \'quote\'').default(7),
    label: varchar('label', { length: 40 }).notNull().default('it\'s \\ `${here}`'),
}, (t) => [
    foreignKey({
        name: 'fk \'quoted\' name',
        columns: [t.delete],
        foreignColumns: [deleteTable.id],
    }).onDelete('set null'),
]);

export const _2faCodes = pgTable('2fa codes', {
    id: integer('id').primaryKey(),
});

export const integerTable = pgTable('integer', {
    id: integer('id').primaryKey(),
});

export const tTable = pgTable('t', {
    id: integer('id').primaryKey(),
});

export const sqlTable = pgTable('sql', {
    id: integer('id').primaryKey(),
});

export const usersData = pgTable('user\'s data', {
    id: integer('id').primaryKey(),
});

export const größe = pgTable('Größe', {
    id: integer('id').primaryKey(),
});
