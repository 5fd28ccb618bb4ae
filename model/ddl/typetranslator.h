#pragma once

#include "dialect.h"

#include "../column.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

class Schema;

// What a column's type becomes in a dialect other than the one it was declared in.
struct TypeTranslation
{
    // The column as the target's generator should write it: `type` is a logical type, or a
    // Custom type holding the target's own spelling (MySQL ENUM('a','b'), SQL Server TINYINT).
    Column column;
    // Kept as an inline CHECK where the target has no such type: the values of an ENUM, the
    // range of an UNSIGNED integer written as a wider signed one.
    QStringList allowedValues;
    bool nonNegative = false;
    // What the target does not keep (range, precision, case sensitivity, a domain's CHECK ...):
    // a warning. Empty: nothing is lost.
    QString loss;
    // Why the type has no counterpart in the target: an error; the type is then written as
    // declared, so the script names it at the place the engine will refuse.
    QString failure;
};

// The explicit mapping, per source and target dialect, from a declared type through the
// logical type: MySQL ENUM/SET, TINYINT, UNSIGNED, YEAR, BIT, the TEXT and BLOB sizes, BINARY;
// SQL Server sysname, image, money, tinyint, xml; PostgreSQL enums, domains, arrays, inet,
// money, citext; SQLite's affinity rules for any other declared type. Only for columns whose
// texts are not the target's own: a same-dialect export writes the declared type.
class TypeTranslator
{
    Q_DECLARE_TR_FUNCTIONS(TypeTranslator)
public:
    // `keyColumns`: keyColumns(schema), computed once per script.
    static TypeTranslation translate(const Schema &schema, const QSet<Id> &keyColumns,
                                     const Column &column, Dialect source, Dialect target);

    // The columns in a primary key, a unique constraint, an index or a foreign key (either
    // side): where MySQL and SQL Server need a bounded type.
    static QSet<Id> keyColumns(const Schema &schema);
};
