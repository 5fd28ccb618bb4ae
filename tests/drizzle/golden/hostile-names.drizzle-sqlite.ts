// Drizzle ORM schema 'hostile \'names\'' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const order = sqliteTable('order', {
    id: integer('id').primaryKey(),
});

export const orderLines = sqliteTable('OrderLines', {
    id: integer('id').primaryKey(),
});

export const deleteTable = sqliteTable('delete', {
    id: integer('id').primaryKey(),
});

// Comment with */ and
// second line
export const orderLinesTable = sqliteTable('order_lines', {
    id: integer('id').primaryKey(),
    column: integer('_'),
    getSql: integer('getSQL'),
    enableRls: integer('enableRLS'),
    delete: integer('delete'),
    class: integer('class'),
    orderId: integer('order id').references(() => order.id, { onDelete: 'cascade' }),
    orderIdColumn: integer('ORDER_ID'),
    naïveQuote: integer('naïve \'quote\'').default(7),
    label: text('label', { length: 40 }).notNull().default('it\'s \\ `${here}`'),
}, (t) => [
    foreignKey({
        name: 'fk \'quoted\' name',
        columns: [t.delete],
        foreignColumns: [deleteTable.id],
    }).onDelete('set null'),
]);

export const _2faCodes = sqliteTable('2fa codes', {
    id: integer('id').primaryKey(),
});

export const integerTable = sqliteTable('integer', {
    id: integer('id').primaryKey(),
});

export const tTable = sqliteTable('t', {
    id: integer('id').primaryKey(),
});

export const sqlTable = sqliteTable('sql', {
    id: integer('id').primaryKey(),
});

export const usersData = sqliteTable('user\'s data', {
    id: integer('id').primaryKey(),
});

export const größe = sqliteTable('Größe', {
    id: integer('id').primaryKey(),
});
