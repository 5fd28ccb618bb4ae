#pragma once

#include "id.h"

#include <QString>

// A CHECK constraint, kept as the engine has it: the expression as written in the schema's
// source dialect (without the outer parentheses of CHECK (...)), named or not. A constraint
// written after a column definition keeps that column, so that the export writes it in the same
// place; PostgreSQL and MySQL report both forms as table constraints, SQLite keeps the text.
struct CheckConstraint
{
    Id id = 0;
    QString name; // empty: the engine names it (PostgreSQL "<table>_<column>_check", MySQL
                  // "<table>_chk_<n>")
    QString expression;
    Id column = 0; // 0: declared at table level
    bool noInherit = false; // PostgreSQL NO INHERIT

    bool operator==(const CheckConstraint &o) const
    {
        return id == o.id && name == o.name && expression == o.expression && column == o.column
            && noInherit == o.noInherit;
    }
    bool operator!=(const CheckConstraint &o) const { return !(*this == o); }
};
