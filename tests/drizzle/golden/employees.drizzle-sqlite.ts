// Drizzle ORM schema 'company' for drizzle-orm/sqlite-core, written by Joinery.
// Tables come in dependency order: parents before their children.
import { sql } from 'drizzle-orm';
import {
    foreignKey,
    index,
    integer,
    numeric,
    sqliteTable,
    text,
    unique,
} from 'drizzle-orm/sqlite-core';

export const departments = sqliteTable('departments', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name', { length: 100 }).notNull(),
}, (t) => [
    unique('uq_departments_name').on(t.name),
]);

// Each employee may have a manager, who is an employee too.
export const employees = sqliteTable('employees', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name', { length: 200 }).notNull(),
    departmentId: integer('department_id').notNull(),
    managerId: integer('manager_id'),
    hiredOn: text('hired_on').notNull().default(sql`CURRENT_DATE`),
    salary: numeric('salary'),
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
