#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

struct EngineCatalog;

// The part of an EngineCatalog that the DDL and Drizzle tests compare (tables, columns, primary
// and foreign keys, and for SQLite which column lists an index leads with), read back from the
// catalog's facts so that no test queries an engine's catalog on its own.
//
// Names in the facts are written unquoted and may hold spaces, dots and quotes, so a fact is
// split with the names the catalog itself states: a column fact by the table names of the
// "table" facts, a key's column list by the columns of its table. A fact that does not split
// that way is an error, never skipped.
struct EngineCatalogShape
{
    struct Column
    {
        QString name;
        QString type; // as the engine reports it
        bool nullable = true; // the engine's own flag (SQLite: a primary key may say yes)
    };
    struct ForeignKey
    {
        QString table;
        QString name; // SQLite: empty
        QStringList columns;
        QString parent;
        QStringList parentColumns; // parallel to columns
        QString onDelete; // SQL keywords: "NO ACTION", "SET NULL", ...
        QString onUpdate;
        QString deferrable; // the grammar's value ("not-deferrable", ...); SQLite: empty
    };

    QStringList tables; // sorted
    QMap<QString, QVector<Column>> columns; // table → its columns by position
    QMap<QString, QStringList> primaryKeys; // table → key columns in key order (absent: none)
    // table → the key columns of each unique constraint and index, without collations or
    // directions; an expression as "(expression)". Filled only when asked for.
    QMap<QString, QList<QStringList>> indexedColumns;
    QVector<ForeignKey> foreignKeys;
    QString error; // set when the catalog could not be read or a fact not split

    // schemaPrefix ("public." for PostgreSQL): only tables named with it are kept, without it
    // (a parent table outside it keeps its qualified name). withIndexes also reads the unique
    // and index facts; their parts are SQLite's (column names), not PostgreSQL's expressions.
    static EngineCatalogShape fromCatalog(const EngineCatalog &catalog,
                                          const QString &schemaPrefix = {},
                                          bool withIndexes = false);
};
