// Drizzle ORM schema 'hostile \'names\'' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, int, mssqlTable, nvarchar } from 'drizzle-orm/mssql-core';

export const order = mssqlTable('order', {
    id: int('id').primaryKey(),
});

export const orderLines = mssqlTable('OrderLines', {
    id: int('id').primaryKey(),
});

export const deleteTable = mssqlTable('delete', {
    id: int('id').primaryKey(),
});

// Comment with */ and
// second line
export const orderLinesTable = mssqlTable('order_lines', {
    id: int('id').primaryKey(),
    column: int('_'),
    getSql: int('getSQL'),
    enableRls: int('enableRLS'),
    delete: int('delete'),
    class: int('class'),
    orderId: int('order id').references(() => order.id, { onDelete: 'cascade' }),
    orderIdColumn: int('ORDER_ID'),
    naïveQuote: int('naïve \'quote\'').default(7),
    label: nvarchar('label', { length: 40 }).notNull().default('it\'s \\ `${here}`'),
}, (t) => [
    foreignKey({
        name: 'fk \'quoted\' name',
        columns: [t.delete],
        foreignColumns: [deleteTable.id],
    }).onDelete('set null'),
]);

export const _2faCodes = mssqlTable('2fa codes', {
    id: int('id').primaryKey(),
});

export const integer = mssqlTable('integer', {
    id: int('id').primaryKey(),
});

export const tTable = mssqlTable('t', {
    id: int('id').primaryKey(),
});

export const sqlTable = mssqlTable('sql', {
    id: int('id').primaryKey(),
});

export const usersData = mssqlTable('user\'s data', {
    id: int('id').primaryKey(),
});

export const größe = mssqlTable('Größe', {
    id: int('id').primaryKey(),
});
