#pragma once

#include "schemachange.h"
#include "schemamatch.h"

#include "../schema.h"

#include <QCoreApplication>
#include <QVector>

// Two versions of a schema and the ordered list of their differences: what a migration must do
// to turn the old into the new. The order is the order of the enum SchemaChange::Kind (drops of
// keys and constraints first, additions of keys last), and within a kind the new schema's order.
// A key whose columns, parent or name changed is dropped and added; one whose actions,
// deferrability or MATCH alone changed is altered.
class SchemaDiff
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)
public:
    SchemaDiff(const Schema &oldSchema, const Schema &newSchema, const SchemaMatch &match);

    const Schema &oldSchema() const { return m_old; }
    const Schema &newSchema() const { return m_new; }
    const SchemaMatch &match() const { return m_match; }
    const QVector<SchemaChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    bool has(SchemaChange::Kind kind, Id newTable) const;
    // One change a line, as `joinery migrate` prints them.
    QString toText() const;

private:
    void add(SchemaChange::Kind kind, Id oldTable, Id newTable, Id oldId, Id newId,
             const QString &description);
    void diffTables();
    void diffColumns(const Table &oldTable, const Table &newTable);
    void diffConstraints(const Table &oldTable, const Table &newTable);
    void diffKeys();
    QVector<Id> toNew(const QVector<Id> &oldIds) const;

    Schema m_old;
    Schema m_new;
    SchemaMatch m_match;
    QVector<SchemaChange> m_changes;
};
