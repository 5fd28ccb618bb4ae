// Drizzle ORM schema 'company' for drizzle-orm/pg-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    bigint,
    date,
    foreignKey,
    index,
    numeric,
    pgTable,
    unique,
    varchar,
} from 'drizzle-orm/pg-core';

export const departments = pgTable('departments', {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    name: varchar('name', { length: 100 }).notNull(),
}, (t) => [
    unique('uq_departments_name').on(t.name),
]);

// Each employee may have a manager, who is an employee too.
export const employees = pgTable('employees', {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    name: varchar('name', { length: 200 }).notNull(),
    departmentId: bigint('department_id', { mode: 'number' }).notNull(),
    managerId: bigint('manager_id', { mode: 'number' }),
    hiredOn: date('hired_on').notNull().default(sql`CURRENT_DATE`),
    salary: numeric('salary', { precision: 10, scale: 2 }),
}, (t) => [
    index('ix_employees_department_id').on(t.departmentId),
    index('ix_employees_manager_id').on(t.managerId),
    foreignKey({
        name: 'fk_employees_department',
        columns: [t.departmentId],
        foreignColumns: [departments.id],
    }).onDelete('restrict'),
    foreignKey({
        name: 'fk_employees_manager',
        columns: [t.managerId],
        foreignColumns: [t.id],
    }).onDelete('set null'),
]);
