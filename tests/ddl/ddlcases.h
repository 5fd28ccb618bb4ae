#pragma once

#include "schema.h"

#include <QString>
#include <QVector>

// The schemas every DDL test runs through: the bundled samples plus hand-built cases for the
// shapes the issue names (self-reference, every action for both events, deferrable keys,
// hostile names, every logical type, SQL Server's 1785 cases).
struct DdlCase
{
    QString name; // also the golden file's base name
    Schema schema;
};

namespace DdlCases {
QVector<DdlCase> all();
DdlCase byName(const QString &name);
} // namespace DdlCases

// Builds schemas tersely. A column spec is "name|type|flag|flag..." with flags "notnull",
// "pk", "auto", "unsigned", "default=EXPR", "collate=NAME"; '|' keeps spaces in names possible.
class SchemaBuilder
{
public:
    Schema schema;

    Id addTable(const QString &name, const QStringList &columnSpecs);
    Id column(Id tableId, const QString &name) const;
    Id addKey(const QString &name, Id child, const QStringList &childColumns, Id parent,
              const QStringList &parentColumns,
              ReferentialAction onDelete = ReferentialAction::NoAction,
              ReferentialAction onUpdate = ReferentialAction::NoAction,
              Deferrability deferrability = Deferrability::NotDeferrable);
    void addUnique(Id tableId, const QString &name, const QStringList &columns);
    void addIndex(Id tableId, const QString &name, const QStringList &columns, bool unique = false);

private:
    QVector<Id> columnIds(Id tableId, const QStringList &names) const;
};
