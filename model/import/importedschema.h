#pragma once

#include "../datatype.h"
#include "../referentialaction.h"

#include <QString>
#include <QStringList>
#include <QVector>

// A schema as a source describes it: by names, before ids exist. Every importer (catalog
// readers, script parsers) fills one of these; SchemaAssembler then resolves the names into a
// Schema with ids and reports what does not resolve. Keeping the two apart lets ALTER TABLE
// statements and keys that point forward be read in any order.
struct ImportedColumn
{
    QString name;
    DataType type;
    bool isUnsigned = false;
    QString collation;
    bool nullable = true;
    QString defaultValue;
    bool autoIncrement = false;
    QString comment;
};

struct ImportedConstraint // a primary key, unique constraint or index
{
    QString name;
    QStringList columns;
    bool unique = true; // indexes only
    int line = 0;
    int column = 0;
};

struct ImportedTable
{
    QString name;
    QVector<ImportedColumn> columns;
    ImportedConstraint primaryKey; // columns empty: none
    QVector<ImportedConstraint> uniqueConstraints;
    QVector<ImportedConstraint> indexes;
    QString comment;
    int line = 0;
    int column = 0;

    int columnIndex(const QString &name) const; // case-insensitive, -1 when absent
};

struct ImportedForeignKey
{
    QString name;
    QString childTable;
    QStringList childColumns;
    QString parentTable;
    QStringList parentColumns; // empty: the parent's primary key
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    Deferrability deferrability = Deferrability::NotDeferrable;
    MatchType match = MatchType::Simple;
    int line = 0;
    int column = 0;
};

struct ImportedSchema
{
    QString name;
    QVector<ImportedTable> tables;
    QVector<ImportedForeignKey> foreignKeys;

    int tableIndex(const QString &name) const; // case-insensitive, -1 when absent
    ImportedTable *findTable(const QString &name);
};
