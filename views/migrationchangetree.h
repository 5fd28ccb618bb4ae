#pragma once

#include "migration/schemachange.h"

#include <QTreeWidget>

class SchemaDiff;

// The changes of a diff, grouped by table: a table's row, and under it one row per change with
// its kind ("add column") and what it does ("orders.total: type INTEGER → NUMERIC(10,2)").
// Tables keep the diff's order of first appearance; changes outside tables (user types,
// sequences) go under "Schema".
class MigrationChangeTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit MigrationChangeTree(QWidget *parent = nullptr);

    void setDiff(const SchemaDiff *diff);
    static QString kindName(SchemaChange::Kind kind);
};
