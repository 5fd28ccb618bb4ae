#pragma once

#include "../referentialaction.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// What SQLite's pragmas do not say about a table but its stored CREATE TABLE text does:
// constraint names, deferrability and column collations. Read with the tokenizer, clause by clause,
// from the text in sqlite_schema (which SQLite has already accepted, so it is well formed).
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

    QVector<Key> foreignKeys; // in declaration order
    QVector<Named> uniqueConstraints;
    QString primaryKeyName;
    bool autoIncrement = false; // the AUTOINCREMENT keyword appears
    QHash<QString, QString> collations; // lower-case column name -> COLLATE of its definition

    static SqliteTableText read(const QString &createTableSql);
};
