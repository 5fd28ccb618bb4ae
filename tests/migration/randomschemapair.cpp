#include "randomschemapair.h"

namespace {

ReferentialAction randomAction(QRandomGenerator *random, bool forDelete)
{
    const ReferentialAction actions[] = {ReferentialAction::NoAction, ReferentialAction::Cascade,
                                         ReferentialAction::SetNull, ReferentialAction::Restrict};
    // RESTRICT on delete is rare: D1 refuses to rebuild its parent.
    const int pick = random->bounded(forDelete ? 10 : 3);
    return actions[pick < 3 ? pick : (pick < 9 ? 1 : 3)];
}

Column newColumn(Schema *schema, const QString &name, QRandomGenerator *random)
{
    Column column;
    column.id = schema->allocateId();
    column.name = name;
    column.type
        = random->bounded(2) ? DataType(LogicalType::Integer) : DataType(LogicalType::Varchar, 20);
    return column;
}

} // namespace

RandomSchemaPair RandomSchemaPair::generate(quint32 seed)
{
    QRandomGenerator random(seed);
    RandomSchemaPair pair;
    pair.buildBefore(&random);
    pair.fillData(&random);
    pair.after = pair.before;
    const int edits = 1 + random.bounded(4);
    for (int i = 0; i < edits; ++i)
        pair.edit(&random);
    return pair;
}

void RandomSchemaPair::buildBefore(QRandomGenerator *random)
{
    const int tables = 2 + random->bounded(4);
    for (int t = 0; t < tables; ++t) {
        Table table;
        table.id = before.allocateId();
        table.name = QStringLiteral("t%1").arg(t);
        Column id;
        id.id = before.allocateId();
        id.name = QStringLiteral("id");
        id.type = DataType(LogicalType::Integer);
        id.nullable = false;
        table.columns << id;
        table.primaryKey << id.id;
        table.primaryKeyName = QStringLiteral("pk_t%1").arg(t);
        const int columns = 1 + random->bounded(3);
        for (int c = 0; c < columns; ++c)
            table.columns << newColumn(&before, QStringLiteral("c%1").arg(c), random);
        QVector<ForeignKey> keys;
        for (int parent = 0; parent < t; ++parent) {
            if (random->bounded(3) != 0)
                continue;
            Column ref;
            ref.id = before.allocateId();
            ref.name = QStringLiteral("ref_t%1").arg(parent);
            ref.type = DataType(LogicalType::Integer);
            table.columns << ref;
            ForeignKey key;
            key.id = before.allocateId();
            key.name = QStringLiteral("fk_t%1_t%2").arg(t).arg(parent);
            key.childTable = table.id;
            key.childColumns << ref.id;
            key.parentTable = before.tableIds().at(parent);
            key.parentColumns << before.table(key.parentTable)->primaryKey.first();
            key.onDelete = randomAction(random, true);
            key.onUpdate = randomAction(random, false);
            keys << key;
        }
        if (random->bounded(2)) {
            const Column &indexed = table.columns.at(1);
            table.indexes << TableIndex(before.allocateId(),
                                        QStringLiteral("ix_t%1_%2").arg(t).arg(indexed.name),
                                        {indexed.id});
        }
        before.insertTable(before.tableCount(), table);
        for (const ForeignKey &key : keys)
            before.insertForeignKey(before.foreignKeyCount(), key);
    }
}

void RandomSchemaPair::fillData(QRandomGenerator *random)
{
    QHash<Id, int> rowsOf;
    for (Id tableId : before.tableIds()) {
        const Table &table = *before.table(tableId);
        const int rows = 2 + random->bounded(4);
        rowsOf.insert(tableId, rows);
        QStringList names;
        for (const Column &c : table.columns)
            names << c.name;
        for (int r = 1; r <= rows; ++r) {
            QStringList values;
            for (const Column &c : table.columns) {
                const QVector<Id> keys = before.foreignKeysUsingColumn(c.id);
                const ForeignKey *key = nullptr;
                for (Id k : keys) {
                    if (before.foreignKey(k)->childTable == tableId)
                        key = before.foreignKey(k);
                }
                if (c.name == QLatin1String("id"))
                    values << QString::number(r);
                else if (key)
                    values << (random->bounded(4) == 0
                                   ? QStringLiteral("NULL")
                                   : QString::number(
                                       1 + random->bounded(rowsOf.value(key->parentTable))));
                else if (random->bounded(5) == 0)
                    values << QStringLiteral("NULL");
                else if (c.type.kind() == LogicalType::Integer)
                    values << QString::number(random->bounded(1000));
                else
                    values << QStringLiteral("'v%1'").arg(random->bounded(100000));
            }
            data += QStringLiteral("INSERT INTO %1 (%2) VALUES (%3);\n")
                        .arg(table.name, names.join(QStringLiteral(", ")),
                             values.join(QStringLiteral(", ")));
        }
    }
}

void RandomSchemaPair::edit(QRandomGenerator *random)
{
    const QVector<Id> tables = after.tableIds();
    Table table = *after.table(tables.at(random->bounded(int(tables.size()))));
    auto plainColumns = [&](const Table &t) {
        QVector<Id> ids;
        for (const Column &c : t.columns) {
            if (!t.isPrimaryKeyColumn(c.id) && after.foreignKeysUsingColumn(c.id).isEmpty())
                ids << c.id;
        }
        return ids;
    };
    const QString suffix = QString::number(after.peekNextId());
    switch (random->bounded(11)) {
    case 0:
        edits << QStringLiteral("rename table %1").arg(table.name);
        table.name += QStringLiteral("_r") + suffix;
        after.replaceTable(table);
        return;
    case 1: {
        const QVector<Id> columns = plainColumns(table);
        if (columns.isEmpty())
            return;
        Column *column = table.column(columns.at(random->bounded(int(columns.size()))));
        edits << QStringLiteral("rename column %1.%2").arg(table.name, column->name);
        column->name += QStringLiteral("_r") + suffix;
        after.replaceTable(table);
        return;
    }
    case 2: {
        Column column = newColumn(&after, QStringLiteral("a") + suffix, random);
        if (random->bounded(2)) {
            column.nullable = false;
            column.defaultValue = column.type.kind() == LogicalType::Integer
                ? QStringLiteral("0")
                : QStringLiteral("'d'");
        }
        edits << QStringLiteral("add column %1.%2").arg(table.name, column.name);
        table.columns << column;
        after.replaceTable(table);
        return;
    }
    case 3: {
        const QVector<Id> columns = plainColumns(table);
        if (columns.isEmpty())
            return;
        const Id id = columns.at(random->bounded(int(columns.size())));
        edits << QStringLiteral("drop column %1.%2").arg(table.name, table.column(id)->name);
        table.forgetColumn(id);
        table.columns.removeAt(table.columnIndex(id));
        after.replaceTable(table);
        return;
    }
    case 4: {
        if (after.foreignKeyCount() == 0)
            return;
        ForeignKey key = *after.foreignKey(
            after.foreignKeyIds().at(random->bounded(int(after.foreignKeyCount()))));
        key.onDelete = randomAction(random, true);
        key.onUpdate = randomAction(random, false);
        edits << QStringLiteral("change actions of %1").arg(key.name);
        after.replaceForeignKey(key);
        return;
    }
    case 5: {
        const int child = after.tableIndex(table.id);
        if (child == 0)
            return;
        const Table &parent = *after.table(tables.at(random->bounded(child)));
        Column ref;
        ref.id = after.allocateId();
        ref.name = QStringLiteral("k") + suffix;
        ref.type = DataType(LogicalType::Integer);
        table.columns << ref;
        after.replaceTable(table);
        ForeignKey key;
        key.id = after.allocateId();
        key.name = QStringLiteral("fk_new") + suffix;
        key.childTable = table.id;
        key.childColumns << ref.id;
        key.parentTable = parent.id;
        key.parentColumns << parent.primaryKey.first();
        key.onDelete = randomAction(random, true);
        edits << QStringLiteral("add key %1 %2 → %3").arg(key.name, table.name, parent.name);
        after.insertForeignKey(after.foreignKeyCount(), key);
        return;
    }
    case 6: {
        if (after.foreignKeyCount() == 0)
            return;
        const Id key = after.foreignKeyIds().at(random->bounded(int(after.foreignKeyCount())));
        edits << QStringLiteral("drop key %1").arg(after.foreignKey(key)->name);
        after.takeForeignKey(key);
        return;
    }
    case 7: {
        if (!table.indexes.isEmpty() && random->bounded(2)) {
            edits << QStringLiteral("drop index %1").arg(table.indexes.first().name);
            table.indexes.removeFirst();
        } else {
            const Column &column = table.columns.at(random->bounded(int(table.columns.size())));
            table.indexes << TableIndex(after.allocateId(), QStringLiteral("ix_new") + suffix,
                                        {column.id});
            edits << QStringLiteral("add index on %1.%2").arg(table.name, column.name);
        }
        after.replaceTable(table);
        return;
    }
    case 8:
        for (Column &column : table.columns) {
            if (column.type.kind() == LogicalType::Varchar) {
                edits << QStringLiteral("widen %1.%2").arg(table.name, column.name);
                column.type = DataType(LogicalType::Varchar, 40);
                after.replaceTable(table);
                return;
            }
        }
        return;
    case 9: {
        Table added;
        added.id = after.allocateId();
        added.name = QStringLiteral("n") + suffix;
        Column id;
        id.id = after.allocateId();
        id.name = QStringLiteral("id");
        id.type = DataType(LogicalType::Integer);
        id.nullable = false;
        added.columns << id;
        added.primaryKey << id.id;
        added.primaryKeyName = QStringLiteral("pk_") + added.name;
        Column ref;
        ref.id = after.allocateId();
        ref.name = QStringLiteral("ref");
        ref.type = DataType(LogicalType::Integer);
        added.columns << ref;
        after.insertTable(after.tableCount(), added);
        ForeignKey key;
        key.id = after.allocateId();
        key.name = QStringLiteral("fk_") + added.name;
        key.childTable = added.id;
        key.childColumns << ref.id;
        key.parentTable = table.id;
        key.parentColumns << table.primaryKey.first();
        key.onDelete = ReferentialAction::Cascade;
        after.insertForeignKey(after.foreignKeyCount(), key);
        edits << QStringLiteral("add table %1 under %2").arg(added.name, table.name);
        return;
    }
    default: {
        if (after.tableCount() < 2)
            return;
        for (Id keyId : after.foreignKeysOfTable(table.id)) {
            if (after.foreignKey(keyId)->parentTable == table.id
                && after.foreignKey(keyId)->childTable != table.id)
                return; // something references it
        }
        for (Id keyId : after.foreignKeysOfTable(table.id))
            after.takeForeignKey(keyId);
        edits << QStringLiteral("drop table %1").arg(table.name);
        after.takeTable(table.id);
        return;
    }
    }
}
