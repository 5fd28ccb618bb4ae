#pragma once

#include "../referentialaction.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What SQLite's pragmas do not say about a table but its stored CREATE TABLE text does:
// constraint names, deferrability, CHECK constraints, collations and generated expressions. Read
// with the tokenizer, clause by clause, from the text in sqlite_schema (which SQLite has already
// accepted, so it is well formed).
struct SqliteTableText
{
    struct Key
    {
        QString name;
        QStringList childColumns;
        QString parentTable;
        Deferrability deferrability = Deferrability::NotDeferrable;
    };
    struct Named
    {
        QString name;
        QStringList columns;
    };

    struct Check
    {
        QString name;
        QString expression; // as written, without the parentheses of CHECK (...)
        QString column; // empty: a table constraint
    };
    struct ColumnText
    {
        QString collation;
        QString generatedExpression; // as written, without its parentheses
        bool generatedStored = false;
    };

    QVector<Key> foreignKeys; // in declaration order
    QVector<Check> checks; // in declaration order
    QVector<QPair<QString, ColumnText>> columns; // only columns with a collation or expression
    QVector<Named> uniqueConstraints;
    QString primaryKeyName;
    bool autoIncrement = false; // the AUTOINCREMENT keyword appears

    static SqliteTableText read(const QString &createTableSql);
};
