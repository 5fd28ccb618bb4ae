// Drizzle ORM schema 'hostile \'names\'' for drizzle-orm/mysql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { foreignKey, int, mysqlTable, varchar } from 'drizzle-orm/mysql-core';

export const order = mysqlTable('order', {
    id: int('id').primaryKey(),
});

export const orderLines = mysqlTable('OrderLines', {
    id: int('id').primaryKey(),
});

export const deleteTable = mysqlTable('delete', {
    id: int('id').primaryKey(),
});

// Comment with */ and
// second line
export const orderLinesTable = mysqlTable('order_lines', {
    id: int('id').primaryKey(),
    column: int('_'),
    getSql: int('getSQL'),
    enableRls: int('enableRLS'),
    delete: int('delete'),
    class: int('class'),
    orderId: int('order id').references(() => order.id, { onDelete: 'cascade' }),
    orderIdColumn: int('ORDER_ID'),
    naïveQuote: int('naïve \'quote\'').default(7),
    label: varchar('label', { length: 40 }).notNull().default('it\'s \\ `${here}`'),
}, (t) => [
    foreignKey({
        name: 'fk \'quoted\' name',
        columns: [t.delete],
        foreignColumns: [deleteTable.id],
    }).onDelete('set null'),
]);

export const _2faCodes = mysqlTable('2fa codes', {
    id: int('id').primaryKey(),
});

export const integer = mysqlTable('integer', {
    id: int('id').primaryKey(),
});

export const tTable = mysqlTable('t', {
    id: int('id').primaryKey(),
});

export const sqlTable = mysqlTable('sql', {
    id: int('id').primaryKey(),
});

export const usersData = mysqlTable('user\'s data', {
    id: int('id').primaryKey(),
});

export const größe = mysqlTable('Größe', {
    id: int('id').primaryKey(),
});
