// Drizzle ORM schema 'company' for drizzle-orm/mssql-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    date,
    decimal,
    foreignKey,
    index,
    mssqlTable,
    nvarchar,
    unique,
} from 'drizzle-orm/mssql-core';

export const departments = mssqlTable('departments', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    name: nvarchar('name', { length: 100 }).notNull(),
}, (t) => [
    unique('uq_departments_name').on(t.name),
]);

// Each employee may have a manager, who is an employee too.
export const employees = mssqlTable('employees', {
    id: bigint('id', { mode: 'number' }).primaryKey().identity(),
    name: nvarchar('name', { length: 200 }).notNull(),
    departmentId: bigint('department_id', { mode: 'number' }).notNull(),
    managerId: bigint('manager_id', { mode: 'number' }),
    hiredOn: date('hired_on').notNull().default(sql`CAST(GETDATE() AS DATE)`),
    salary: decimal('salary', { precision: 10, scale: 2 }),
}, (t) => [
    index('ix_employees_department_id').on(t.departmentId),
    index('ix_employees_manager_id').on(t.managerId),
    // Note: fk_employees_department: ON DELETE RESTRICT: SQL Server (and mssql-core) has no
    // RESTRICT; written as NO ACTION, which also refuses the change while child rows exist.
    foreignKey({
        name: 'fk_employees_department',
        columns: [t.departmentId],
        foreignColumns: [departments.id],
    }),
    foreignKey({
        name: 'fk_employees_manager',
        columns: [t.managerId],
        foreignColumns: [t.id],
    }).onDelete('set null'),
]);
