#pragma once

#include "schema.h"

#include <QRandomGenerator>

inline Column makeColumn(Schema *schema, const QString &name, const DataType &type)
{
    Column column;
    column.id = schema->allocateId();
    column.name = name;
    column.type = type;
    return column;
}

// A 5,000-table, 10,000-key schema for the DDL benchmarks.
inline Schema generatedSchema()
{
    Schema schema;
    // Deterministic: every table has an id, a name, and two key columns; each key points at an
    // earlier table (a few at a later one, which makes late keys and cycles), with a mix of
    // actions.
    QRandomGenerator random(42);
    const int tables = 5000;
    QVector<Id> ids;
    QVector<Id> pkColumns;
    QVector<QVector<Id>> keyColumns;
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.id = schema.allocateId();
        t.name = QStringLiteral("table_%1").arg(i);
        Column id = makeColumn(&schema, QStringLiteral("id"), DataType(LogicalType::BigInt));
        id.nullable = false;
        id.autoIncrement = true;
        Column name
            = makeColumn(&schema, QStringLiteral("name"), DataType(LogicalType::Varchar, 100));
        Column a = makeColumn(&schema, QStringLiteral("ref_a"), DataType(LogicalType::BigInt));
        Column b = makeColumn(&schema, QStringLiteral("ref_b"), DataType(LogicalType::BigInt));
        t.columns = {id, name, a, b};
        t.primaryKey = {id.id};
        schema.insertTable(i, t);
        ids << t.id;
        pkColumns << id.id;
        keyColumns << QVector<Id>{a.id, b.id};
    }
    const ReferentialAction actions[] = {ReferentialAction::NoAction, ReferentialAction::Restrict,
                                         ReferentialAction::Cascade, ReferentialAction::SetNull};
    for (int i = 0; i < tables; ++i) {
        for (int k = 0; k < 2; ++k) {
            int parent = i > 0 ? int(random.bounded(i)) : 1;
            if (random.bounded(50) == 0)
                parent = int(random.bounded(tables)); // now and then forward
            ForeignKey key;
            key.id = schema.allocateId();
            key.name = QStringLiteral("fk_%1_%2").arg(i).arg(k);
            key.childTable = ids.at(i);
            key.childColumns = {keyColumns.at(i).at(k)};
            key.parentTable = ids.at(parent);
            key.parentColumns = {pkColumns.at(parent)};
            key.onDelete = actions[random.bounded(4)];
            key.onUpdate = random.bounded(10) == 0 ? ReferentialAction::Cascade
                                                   : ReferentialAction::NoAction;
            schema.insertForeignKey(schema.foreignKeyCount(), key);
        }
    }
    return schema;
}
