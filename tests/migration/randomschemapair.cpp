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

QString randomDefault(const Column &column, QRandomGenerator *random)
{
    return column.type.kind() == LogicalType::Integer || column.type.kind() == LogicalType::BigInt
        ? QString::number(random->bounded(100))
        : QStringLiteral("'d%1'").arg(random->bounded(100));
}

bool isIndexed(const Table &table, Id column)
{
    for (const TableIndex &index : table.indexes) {
        if (index.columns.contains(column))
            return true;
    }
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (unique.columns.contains(column))
            return true;
    }
    return table.isPrimaryKeyColumn(column);
}

// A UNIQUE over the columns of the primary key or of an earlier UNIQUE, in the same order, is
// one that PostgreSQL's CREATE TABLE silently leaves out (ALTER TABLE ADD CONSTRAINT does not):
// such a schema has no single catalog to compare with, so the pairs never hold one.
bool isRedundantUnique(const Table &table, const QVector<Id> &columns, int before)
{
    if (columns == table.primaryKey)
        return true;
    for (int i = 0; i < before && i < table.uniqueConstraints.size(); ++i) {
        if (table.uniqueConstraints.at(i).columns == columns)
            return true;
    }
    return false;
}

// A key column's value in row `row` of its parent: the parent's id is the row number, its part
// (of a composite key) the row number modulo 3.
QString keyValue(const Column &parentColumn, int row)
{
    return QString::number(parentColumn.name == QLatin1String("part") ? row % 3 : row);
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
        if (random->bounded(4) == 0) {
            Column part;
            part.id = before.allocateId();
            part.name = QStringLiteral("part");
            part.type = DataType(LogicalType::Integer);
            part.nullable = false;
            table.columns << part;
            table.primaryKey << part.id;
        }
        table.primaryKeyName = QStringLiteral("pk_t%1").arg(t);
        const int columns = 1 + random->bounded(3);
        for (int c = 0; c < columns; ++c) {
            Column column = newColumn(&before, QStringLiteral("c%1").arg(c), random);
            if (random->bounded(4) == 0) {
                column.nullable = false;
                if (random->bounded(2))
                    column.defaultValue = randomDefault(column, random);
            }
            table.columns << column;
        }
        QVector<ForeignKey> keys;
        auto reference = [&](const Table &parent, const QString &name) {
            ForeignKey key;
            key.id = before.allocateId();
            key.name = QStringLiteral("fk_t%1_%2").arg(t).arg(name);
            key.childTable = table.id;
            key.parentTable = parent.id;
            for (Id parentColumn : parent.primaryKey) {
                Column ref;
                ref.id = before.allocateId();
                ref.name = QStringLiteral("ref_%1_%2").arg(name, parent.column(parentColumn)->name);
                ref.type = DataType(LogicalType::Integer);
                table.columns << ref;
                key.childColumns << ref.id;
                key.parentColumns << parentColumn;
            }
            key.onDelete = randomAction(random, true);
            key.onUpdate = randomAction(random, false);
            keys << key;
        };
        for (int parent = 0; parent < t; ++parent) {
            if (random->bounded(3) == 0)
                reference(*before.table(before.tableIds().at(parent)),
                          QStringLiteral("t%1").arg(parent));
        }
        if (random->bounded(4) == 0)
            reference(table, QStringLiteral("self"));
        if (random->bounded(2)) {
            const Column &indexed = table.columns.at(1);
            table.indexes << TableIndex(before.allocateId(),
                                        QStringLiteral("ix_t%1_%2").arg(t).arg(indexed.name),
                                        {indexed.id});
        }
        if (random->bounded(4) == 0) {
            const Column &unique
                = table.columns.at(1 + random->bounded(int(table.columns.size()) - 1));
            table.uniqueConstraints << UniqueConstraint(
                before.allocateId(), QStringLiteral("uq_t%1").arg(t), {unique.id, id.id});
        }
        before.insertTable(before.tableCount(), table);
        for (const ForeignKey &key : keys)
            before.insertForeignKey(before.foreignKeyCount(), key);
    }
}

void RandomSchemaPair::fillData(QRandomGenerator *random)
{
    QHash<Id, int> rowsOf;
    QSet<Id> withNulls;
    for (Id tableId : before.tableIds()) {
        const Table &table = *before.table(tableId);
        const int rows = 2 + random->bounded(4);
        rowsOf.insert(tableId, rows);
        QStringList names;
        for (const Column &c : table.columns)
            names << c.name;
        for (int r = 1; r <= rows; ++r) {
            // The parent row of each key (0: none); a self-reference points at an earlier row.
            QHash<Id, QString> keyValues;
            for (Id keyId : before.foreignKeysOfTable(tableId)) {
                const ForeignKey &key = *before.foreignKey(keyId);
                if (key.childTable != tableId)
                    continue;
                const int parentRows
                    = key.parentTable == tableId ? r - 1 : rowsOf.value(key.parentTable);
                const int parentRow = parentRows == 0 || random->bounded(4) == 0
                    ? 0
                    : 1 + random->bounded(parentRows);
                const Table &parent = *before.table(key.parentTable);
                for (int i = 0; i < key.childColumns.size(); ++i)
                    keyValues.insert(
                        key.childColumns.at(i),
                        parentRow == 0
                            ? QStringLiteral("NULL")
                            : keyValue(*parent.column(key.parentColumns.at(i)), parentRow));
            }
            QStringList values;
            for (const Column &c : table.columns) {
                if (c.name == QLatin1String("id"))
                    values << QString::number(r);
                else if (c.name == QLatin1String("part"))
                    values << QString::number(r % 3);
                else if (keyValues.contains(c.id))
                    values << keyValues.value(c.id);
                else if (c.nullable && random->bounded(5) == 0)
                    values << QStringLiteral("NULL");
                else if (c.type.kind() == LogicalType::Integer)
                    values << QString::number(random->bounded(1000));
                else
                    values << QStringLiteral("'v%1'").arg(random->bounded(100000));
                if (values.last() == QLatin1String("NULL"))
                    withNulls.insert(c.id);
            }
            data += QStringLiteral("INSERT INTO %1 (%2) VALUES (%3);\n")
                        .arg(table.name, names.join(QStringLiteral(", ")),
                             values.join(QStringLiteral(", ")));
        }
        for (const Column &c : table.columns) {
            if (!withNulls.contains(c.id))
                m_withoutNulls.insert(c.id);
        }
    }
}

void RandomSchemaPair::addKey(Table *table, const Table &parent, const QString &suffix,
                              QRandomGenerator *random)
{
    ForeignKey key;
    key.id = after.allocateId();
    key.name = QStringLiteral("fk_new") + suffix;
    key.childTable = table->id;
    key.parentTable = parent.id;
    for (Id parentColumn : parent.primaryKey) {
        Column ref;
        ref.id = after.allocateId();
        ref.name = QStringLiteral("k%1_%2").arg(suffix, parent.column(parentColumn)->name);
        ref.type = parent.column(parentColumn)->type;
        table->columns << ref;
        key.childColumns << ref.id;
        key.parentColumns << parentColumn;
    }
    key.onDelete = randomAction(random, true);
    key.onUpdate = randomAction(random, false);
    after.replaceTable(*table);
    edits << QStringLiteral("add key %1 %2 → %3").arg(key.name, table->name, parent.name);
    after.insertForeignKey(after.foreignKeyCount(), key);
}

// Type, nullability or default of a column that no key uses.
void RandomSchemaPair::editColumn(QRandomGenerator *random, Table *table)
{
    QVector<Id> plain;
    for (const Column &c : table->columns) {
        if (!table->isPrimaryKeyColumn(c.id) && after.foreignKeysUsingColumn(c.id).isEmpty())
            plain << c.id;
    }
    if (plain.isEmpty())
        return;
    Column &column = *table->column(plain.at(random->bounded(int(plain.size()))));
    switch (random->bounded(3)) {
    case 0:
        if (column.type.kind() == LogicalType::Integer)
            column.type = DataType(LogicalType::BigInt);
        else if (column.type.kind() == LogicalType::Varchar && column.type.length() < 40)
            column.type = DataType(LogicalType::Varchar, 40);
        else if (column.type.kind() == LogicalType::Varchar && !isIndexed(*table, column.id))
            column.type = DataType(LogicalType::Text); // MariaDB indexes TEXT by a prefix only
        else
            return;
        edits << QStringLiteral("type of %1.%2 to %3")
                     .arg(table->name, column.name, column.type.toString());
        break;
    case 1:
        if (!column.nullable) {
            column.nullable = true;
        } else if (m_withoutNulls.contains(column.id)) {
            column.nullable = false;
        } else {
            return;
        }
        edits << QStringLiteral("%1.%2 %3")
                     .arg(table->name, column.name,
                          column.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"));
        break;
    default:
        // A NOT NULL column added by this pair fills its rows from the default: it keeps one.
        if (column.hasDefault() && random->bounded(2)
            && (column.nullable || m_withoutNulls.contains(column.id)))
            column.defaultValue.clear();
        else
            column.defaultValue = randomDefault(column, random);
        edits << QStringLiteral("default of %1.%2 '%3'")
                     .arg(table->name, column.name, column.defaultValue);
        break;
    }
    after.replaceTable(*table);
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
    switch (random->bounded(15)) {
    case 0:
        edits << QStringLiteral("rename table %1").arg(table.name);
        table.name += QStringLiteral("_r") + suffix;
        after.replaceTable(table);
        return;
    case 1: {
        // Any column, those of keys and primary keys too: keys follow a rename.
        Column &column = table.columns[random->bounded(int(table.columns.size()))];
        edits << QStringLiteral("rename column %1.%2").arg(table.name, column.name);
        column.name += QStringLiteral("_r") + suffix;
        after.replaceTable(table);
        return;
    }
    case 2: {
        Column column = newColumn(&after, QStringLiteral("a") + suffix, random);
        if (random->bounded(2)) {
            column.nullable = false;
            column.defaultValue = randomDefault(column, random);
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
        for (int i = int(table.uniqueConstraints.size()) - 1; i >= 0; --i) {
            if (isRedundantUnique(table, table.uniqueConstraints.at(i).columns, i))
                table.uniqueConstraints.removeAt(i);
        }
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
        // An earlier table or the table itself.
        const int child = after.tableIndex(table.id);
        const Id parent = tables.at(random->bounded(child + 1));
        addKey(&table, parent == table.id ? table : *after.table(parent), suffix, random);
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
            if (column.type.kind() == LogicalType::Text)
                return;
            table.indexes << TableIndex(after.allocateId(), QStringLiteral("ix_new") + suffix,
                                        {column.id});
            edits << QStringLiteral("add index on %1.%2").arg(table.name, column.name);
        }
        after.replaceTable(table);
        return;
    }
    case 8:
    case 13:
    case 14:
        editColumn(random, &table);
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
        after.insertTable(after.tableCount(), added);
        edits << QStringLiteral("add table %1 under %2").arg(added.name, table.name);
        addKey(&added, table, suffix, random);
        return;
    }
    case 10: {
        // Over (column, id): the rows never hold a duplicate.
        if (!table.uniqueConstraints.isEmpty() && random->bounded(2)) {
            edits << QStringLiteral("drop unique %1").arg(table.uniqueConstraints.first().name);
            table.uniqueConstraints.removeFirst();
        } else {
            if (table.columns.size() < 2)
                return;
            const Column &column
                = table.columns.at(1 + random->bounded(int(table.columns.size()) - 1));
            const QVector<Id> columns{column.id, table.primaryKey.first()};
            if (column.type.kind() == LogicalType::Text
                || isRedundantUnique(table, columns, int(table.uniqueConstraints.size())))
                return;
            table.uniqueConstraints
                << UniqueConstraint(after.allocateId(), QStringLiteral("uq_new") + suffix, columns);
            edits << QStringLiteral("add unique on %1.%2").arg(table.name, column.name);
        }
        after.replaceTable(table);
        return;
    }
    case 11: {
        // The primary key's first column and every column that references it, to BIGINT (InnoDB
        // wants a key's columns of one type on both sides).
        const Id keyColumn = table.primaryKey.first();
        if (table.column(keyColumn)->type.kind() != LogicalType::Integer)
            return;
        edits << QStringLiteral("widen %1.%2 and its references")
                     .arg(table.name, table.column(keyColumn)->name);
        table.column(keyColumn)->type = DataType(LogicalType::BigInt);
        QHash<Id, QVector<Id>> referencing; // child table → its columns to widen
        for (Id keyId : after.foreignKeyIds()) {
            const ForeignKey &key = *after.foreignKey(keyId);
            for (int i = 0; i < key.parentColumns.size(); ++i) {
                if (key.parentTable == table.id && key.parentColumns.at(i) == keyColumn)
                    referencing[key.childTable] << key.childColumns.at(i);
            }
        }
        for (Id column : referencing.value(table.id))
            table.column(column)->type = DataType(LogicalType::BigInt);
        after.replaceTable(table);
        for (auto it = referencing.cbegin(); it != referencing.cend(); ++it) {
            if (it.key() == table.id)
                continue;
            Table child = *after.table(it.key());
            for (Id column : it.value())
                child.column(column)->type = DataType(LogicalType::BigInt);
            after.replaceTable(child);
        }
        return;
    }
    case 12: {
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
