#include "syntheticschema.h"

#include "layout/autolayout.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

Column makeColumn(Schema *schema, const QString &name, const DataType &type)
{
    Column column;
    column.id = schema->allocateId();
    column.name = name;
    column.type = type;
    return column;
}

// Adds a key from a new column of `table` (not yet in the schema) to `parent`'s primary key.
void addKey(Schema *schema, Table *table, const Table &parent, const QString &columnName,
            const QString &keyName)
{
    Column column = makeColumn(schema, columnName, DataType(LogicalType::BigInt));
    table->columns.append(column);
    ForeignKey key;
    key.id = schema->allocateId();
    key.name = keyName;
    key.childTable = table->id;
    key.childColumns = {column.id};
    key.parentTable = parent.id;
    key.parentColumns = parent.primaryKey;
    schema->insertForeignKey(schema->foreignKeyCount(), key);
}

} // namespace

Schema SyntheticSchema::modules(int count, bool deep, quint32 seed)
{
    QRandomGenerator random(seed);
    Schema schema;
    QVector<Table> tables;
    // Keys are added before their child table exists in the schema: insert the tables first,
    // then the keys, so that the schema stays consistent.
    QVector<ForeignKey> keys;
    for (int i = 0; i < count; ++i) {
        Table table;
        table.id = schema.allocateId();
        table.name = QStringLiteral("table_%1").arg(i);
        const int columns = 3 + random.bounded(18);
        for (int c = 0; c < columns; ++c) {
            table.columns.append(makeColumn(
                &schema, c == 0 ? QStringLiteral("id") : QStringLiteral("attribute_%1").arg(c),
                DataType(c == 0 ? LogicalType::BigInt : LogicalType::Varchar, c == 0 ? -1 : 80)));
        }
        table.primaryKey = {table.columns.first().id};
        const int keyCount = i < 3 ? 0 : 1 + random.bounded(3);
        for (int k = 0; k < keyCount; ++k) {
            int parent;
            if (deep) {
                parent = random.bounded(4) == 0 ? random.bounded(i)
                                                : std::max(0, i - 1 - random.bounded(30));
            } else {
                const int moduleStart = std::max(20, i - i % 50);
                parent = (random.bounded(4) == 0 || i <= moduleStart)
                    ? random.bounded(std::min(i, 20))
                    : moduleStart + random.bounded(i - moduleStart);
            }
            Column column = makeColumn(&schema, QStringLiteral("ref_%1").arg(k),
                                       DataType(LogicalType::BigInt));
            table.columns.append(column);
            ForeignKey key;
            key.id = schema.allocateId();
            key.childTable = table.id;
            key.childColumns = {column.id};
            key.parentTable = tables.at(parent).id;
            key.parentColumns = tables.at(parent).primaryKey;
            keys << key;
        }
        tables << table;
    }
    for (const Table &table : std::as_const(tables))
        schema.insertTable(schema.tableCount(), table);
    for (const ForeignKey &key : std::as_const(keys))
        schema.insertForeignKey(schema.foreignKeyCount(), key);
    return schema;
}

Schema SyntheticSchema::largeDocument(int count, quint32 seed)
{
    static const char *const nouns[]
        = {"account",  "invoice",    "payment",  "customer", "order",     "product",
           "shipment", "address",    "contract", "ticket",   "project",   "task",
           "document", "message",    "event",    "schedule", "warehouse", "supplier",
           "employee", "department", "budget",   "ledger",   "asset",     "claim",
           "policy",   "vehicle",    "booking",  "course",   "lesson",    "member"};
    static const char *const attributes[] = {
        "code",       "title",        "description", "status", "amount", "quantity",   "created_at",
        "updated_at", "is_active",    "notes",       "email",  "phone",  "valid_from", "valid_to",
        "priority",   "external_ref", "currency",    "rate",   "weight", "label"};
    const ReferentialAction deleteActions[]
        = {ReferentialAction::NoAction,  ReferentialAction::NoAction, ReferentialAction::NoAction,
           ReferentialAction::Cascade,   ReferentialAction::Cascade,  ReferentialAction::SetNull,
           ReferentialAction::Restrict,  ReferentialAction::Restrict, ReferentialAction::NoAction,
           ReferentialAction::SetDefault};
    QRandomGenerator random(seed);
    Schema schema;
    schema.name = QStringLiteral("large");
    QVector<Table> tables;
    QVector<ForeignKey> keys;
    auto typeFor = [&](int attribute) {
        switch (attribute % 8) {
        case 0:
            return DataType(LogicalType::Varchar, 40 + 20 * random.bounded(10));
        case 1:
            return DataType(LogicalType::Text);
        case 2:
            return DataType(LogicalType::Decimal, 12, 2);
        case 3:
            return DataType(LogicalType::Integer);
        case 4:
            return DataType(LogicalType::Timestamp);
        case 5:
            return DataType(LogicalType::Boolean);
        case 6:
            return DataType(LogicalType::Date);
        default:
            return DataType(LogicalType::Varchar, 255);
        }
    };
    const int core = std::min(count, 20);
    for (int i = 0; i < count; ++i) {
        const int module = i < core ? 0 : 1 + (i - core) / 40;
        Table table;
        table.id = schema.allocateId();
        table.name = i < core
            ? QStringLiteral("core_%1_%2").arg(QLatin1String(nouns[i % 30])).arg(i)
            : QStringLiteral("m%1_%2_%3")
                  .arg(module)
                  .arg(QLatin1String(nouns[random.bounded(30)]))
                  .arg(i);
        Column id = makeColumn(&schema, QStringLiteral("id"), DataType(LogicalType::BigInt));
        id.nullable = false;
        id.autoIncrement = true;
        table.columns << id;
        table.primaryKey = {id.id};
        const int columns = 2 + random.bounded(8);
        for (int c = 0; c < columns; ++c) {
            const int attribute = random.bounded(20);
            Column column = makeColumn(
                &schema, QStringLiteral("%1_%2").arg(QLatin1String(attributes[attribute])).arg(c),
                typeFor(attribute));
            column.nullable = random.bounded(3) != 0;
            if (column.type.kind() == LogicalType::Boolean) {
                column.nullable = false;
                column.defaultValue = QStringLiteral("FALSE");
            } else if (column.type.kind() == LogicalType::Timestamp && random.bounded(2)) {
                column.defaultValue = QStringLiteral("CURRENT_TIMESTAMP");
            }
            if (random.bounded(6) == 0)
                column.comment = QStringLiteral("The %1 of the %2, as entered by the user.")
                                     .arg(QLatin1String(attributes[attribute]), table.name);
            table.columns << column;
        }
        if (random.bounded(3) == 0) {
            UniqueConstraint unique;
            unique.id = schema.allocateId();
            unique.name = QStringLiteral("uq_%1_code").arg(i);
            unique.columns = {table.columns.at(1).id};
            table.uniqueConstraints << unique;
        }
        if (random.bounded(4) == 0)
            table.comment
                = QStringLiteral("Records of %1 for module %2.").arg(table.name).arg(module);
        // 2.2 keys a table on average: 1–3, and one table in five a fourth.
        const int keyCount = i == 0 ? 0 : 1 + random.bounded(3) + (random.bounded(5) == 0 ? 1 : 0);
        const int moduleStart = i < core ? 0 : core + (module - 1) * 40;
        for (int k = 0; k < keyCount; ++k) {
            int parent;
            const int pick = random.bounded(100);
            if (pick < 2)
                parent = i; // a self-reference
            else if (pick < 3 && i + 1 < count)
                parent = i + 1 + random.bounded(std::min(40, count - i - 1)); // forward: cycles
            else if (pick < 30 || i <= moduleStart)
                parent = random.bounded(std::min(i, core));
            else if (pick < 85)
                parent = moduleStart + random.bounded(i - moduleStart);
            else
                parent = random.bounded(i);
            const QString parentName = parent == i ? table.name
                : parent < tables.size()           ? tables.at(parent).name
                                                   : QStringLiteral("t%1").arg(parent);
            Column column = makeColumn(&schema, QStringLiteral("%1_id_%2").arg(parentName).arg(k),
                                       DataType(LogicalType::BigInt));
            ForeignKey key;
            key.id = schema.allocateId();
            key.name = QStringLiteral("fk_%1_%2").arg(i).arg(k);
            key.childTable = table.id;
            key.childColumns = {column.id};
            key.parentColumns = {}; // filled once every table exists
            key.parentTable = Id(parent); // an index for now
            key.onDelete = deleteActions[random.bounded(10)];
            key.onUpdate = random.bounded(10) == 0 ? ReferentialAction::Cascade
                                                   : ReferentialAction::NoAction;
            if (key.onDelete == ReferentialAction::SetDefault)
                column.defaultValue = QStringLiteral("1");
            column.nullable = key.onDelete == ReferentialAction::SetNull || random.bounded(2);
            table.columns << column;
            TableIndex index;
            index.id = schema.allocateId();
            index.name = QStringLiteral("ix_%1_%2").arg(i).arg(k);
            index.columns = {column.id};
            table.indexes << index;
            keys << key;
        }
        tables << table;
    }
    for (const Table &table : std::as_const(tables))
        schema.insertTable(schema.tableCount(), table);
    for (ForeignKey key : std::as_const(keys)) {
        const Table &parent = tables.at(int(key.parentTable));
        key.parentTable = parent.id;
        key.parentColumns = parent.primaryKey;
        schema.insertForeignKey(schema.foreignKeyCount(), key);
    }
    AutoLayout::arrange(&schema);
    return schema;
}
