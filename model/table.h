#pragma once

#include "checkconstraint.h"
#include "column.h"
#include "id.h"
#include "tableindex.h"
#include "tableoptions.h"
#include "trigger.h"
#include "uniqueconstraint.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>

struct Table
{
    Id id = 0;
    QString name;
    QString schemaName; // PostgreSQL / SQL Server namespace as written; "" : the default one
    QVector<Column> columns; // in table order
    QVector<Id> primaryKey; // ordered column ids; empty when the table has none
    QString primaryKeyName; // empty: let the generator name it
    QVector<UniqueConstraint> uniqueConstraints;
    QVector<TableIndex> indexes;
    QVector<CheckConstraint> checks;
    TableOptions options;
    QVector<Trigger> triggers;
    QString comment;
    QPointF position; // top-left corner of the card on the canvas
    QColor color; // invalid: the canvas's default colour

    const Column *column(Id columnId) const;
    Column *column(Id columnId);
    int columnIndex(Id columnId) const;
    const Column *columnByName(const QString &name) const;
    bool isPrimaryKeyColumn(Id columnId) const { return primaryKey.contains(columnId); }
    // True when some unique constraint, unique index or the primary key covers exactly
    // this one column.
    bool isUniqueColumn(Id columnId) const;
    // True when columnIds are exactly, and in this order, the primary key, a unique
    // constraint or a full (not partial) unique index: what a foreign key may reference in
    // every engine.
    bool hasUniqueKey(const QVector<Id> &columnIds) const;
    // The same in any column order (PostgreSQL and SQL Server accept that; InnoDB does not).
    bool hasUniqueKeyInAnyOrder(const QVector<Id> &columnIds) const;
    // True when an index, a unique constraint or the primary key starts with columnIds (in any
    // order within that prefix), so that lookups by those columns need no full scan.
    bool hasIndexLeadingWith(const QVector<Id> &columnIds) const;
    // Every constraint and index that names this column, with the column taken out; empty ones
    // removed (a column-level CHECK of the column goes with it). The primary key keeps its
    // remaining columns.
    void forgetColumn(Id columnId);

    bool operator==(const Table &other) const;
    bool operator!=(const Table &other) const { return !(*this == other); }
};
