#pragma once

#include "simulationresult.h"

#include <QVariant>
#include <QVector>

class Schema;
struct Table;

// What a statement did to one table, read from two snapshots of its rows taken in the same
// transaction, before and after the statement. A real engine runs the key actions itself and
// reports nothing about them (MySQL's cascades fire no triggers), so the rows are the only
// witness. A DELETE or UPDATE adds no rows, so every row after has a row before.
//
// Rows are matched by primary key (by all columns where the table has none). A changed row
// whose only changes are foreign-key child columns that became NULL is set-null; ones that
// became their columns' defaults are set-default; any other change is an update.
struct RowDiff
{
    QVector<RowChange> deleted;
    QVector<RowChange> setNull;
    QVector<RowChange> setDefault;
    QVector<RowChange> updated;

    bool isEmpty() const;

    // `before` and `after` hold the table's columns in schema order. `deleting`: the statement
    // is a DELETE (the keys' ON DELETE actions apply), else an UPDATE (ON UPDATE) — it decides
    // a column whose default is NULL.
    static RowDiff compare(const Schema &schema, const Table &table,
                           const QVector<QVector<QVariant>> &before,
                           const QVector<QVector<QVariant>> &after, bool deleting);

    // Whether `value`, as the engine hands it back, is what the column's DEFAULT expression
    // gives: a literal compared as text, quotes and casts ("'none'::text") taken off.
    static bool isDefaultValue(const QString &defaultExpression, const QVariant &value);
};
