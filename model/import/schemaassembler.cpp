#include "schemaassembler.h"
#include "../layout/cardsize.h"
#include "importreport.h"

namespace {

using Severity = ImportReport::Severity;

// Resolves column names against a table, exact spelling first, then ignoring case (MySQL and
// SQL Server compare names case-insensitively); on failure names the first missing column.
bool resolveColumns(const Table &table, const QStringList &names, QVector<Id> *ids,
                    QString *missing)
{
    ids->clear();
    for (const QString &name : names) {
        const Column *found = nullptr;
        for (const Column &column : table.columns) {
            if (column.name == name) {
                found = &column;
                break;
            }
        }
        if (!found)
            found = table.columnByName(name);
        if (!found) {
            *missing = name;
            return false;
        }
        ids->append(found->id);
    }
    return true;
}

} // namespace

Schema SchemaAssembler::assemble(const ImportedSchema &imported, ImportReport *report)
{
    Schema schema;
    schema.name = imported.name;
    schema.targetDialect = report->dialect;

    // Index of each imported table in `imported.tables` → the id it received (0: dropped).
    QVector<Id> tableIds(imported.tables.size(), 0);
    for (int t = 0; t < imported.tables.size(); ++t) {
        const ImportedTable &source = imported.tables.at(t);
        if (imported.tableIndex(source.name) != t) {
            report->addNote(Severity::Error,
                            tr("Table \"%1\" is defined twice; the second definition is ignored.")
                                .arg(source.name),
                            source.line, source.column);
            continue;
        }
        Table table;
        table.id = schema.allocateId();
        table.name = source.name;
        table.comment = source.comment;
        for (int c = 0; c < source.columns.size(); ++c) {
            const ImportedColumn &from = source.columns.at(c);
            if (source.columnIndex(from.name) != c) {
                report->addNote(Severity::Error,
                                tr("Column \"%1\" of table \"%2\" is defined twice; the second "
                                   "definition is ignored.")
                                    .arg(from.name, source.name),
                                source.line, source.column);
                continue;
            }
            Column column;
            column.id = schema.allocateId();
            column.name = from.name;
            column.type = from.type;
            column.isUnsigned = from.isUnsigned;
            column.collation = from.collation;
            column.nullable = from.nullable;
            column.defaultValue = from.defaultValue;
            column.autoIncrement = from.autoIncrement;
            column.comment = from.comment;
            table.columns.append(column);
        }
        QString missing;
        if (!source.primaryKey.columns.isEmpty()) {
            if (resolveColumns(table, source.primaryKey.columns, &table.primaryKey, &missing)) {
                table.primaryKeyName = source.primaryKey.name;
                ++report->primaryKeys;
            } else {
                table.primaryKey.clear();
                report->addNote(Severity::Error,
                                tr("The primary key of \"%1\" names column \"%2\", which the "
                                   "table does not have; the key is left out.")
                                    .arg(source.name, missing),
                                source.primaryKey.line, source.primaryKey.column);
            }
        }
        for (const ImportedConstraint &unique : source.uniqueConstraints) {
            UniqueConstraint constraint;
            if (!resolveColumns(table, unique.columns, &constraint.columns, &missing)) {
                report->addNote(Severity::Error,
                                tr("Unique constraint %1 on \"%2\" names column \"%3\", which "
                                   "the table does not have; it is left out.")
                                    .arg(unique.name, source.name, missing),
                                unique.line, unique.column);
                continue;
            }
            constraint.id = schema.allocateId();
            constraint.name = unique.name;
            table.uniqueConstraints.append(constraint);
            ++report->uniqueConstraints;
        }
        for (const ImportedConstraint &index : source.indexes) {
            TableIndex tableIndex;
            if (index.columns.isEmpty()
                || !resolveColumns(table, index.columns, &tableIndex.columns, &missing)) {
                report->addNote(Severity::Skipped,
                                tr("Index %1 on \"%2\" is on an expression, not only on columns; "
                                   "Joinery does not model such indexes.")
                                    .arg(index.name, source.name),
                                index.line, index.column);
                continue;
            }
            tableIndex.id = schema.allocateId();
            tableIndex.name = index.name;
            tableIndex.unique = index.unique;
            table.indexes.append(tableIndex);
            ++report->indexes;
        }
        report->columns += table.columns.size();
        ++report->tables;
        tableIds[t] = table.id;
        schema.insertTable(schema.tableCount(), table);
    }

    // A plain grid in source order, ten cards a row, so that nothing overlaps even before (or
    // without) the automatic layout.
    double x = 0, y = 0, rowHeight = 0;
    int inRow = 0;
    for (Id id : schema.tableIds()) {
        Table table = *schema.table(id);
        const QSizeF size = CardSize::estimate(table);
        if (inRow == 10) {
            x = 0;
            y += rowHeight + 40;
            rowHeight = 0;
            inRow = 0;
        }
        table.position = QPointF(x, y);
        schema.replaceTable(table);
        x += size.width() + 40;
        rowHeight = std::max(rowHeight, size.height());
        ++inRow;
    }

    for (const ImportedForeignKey &source : imported.foreignKeys) {
        const QString label = source.name.isEmpty()
            ? tr("from \"%1\" to \"%2\"").arg(source.childTable, source.parentTable)
            : QStringLiteral("\"%1\"").arg(source.name);
        auto fail = [&](const QString &why) {
            report->addNote(Severity::Error, tr("Foreign key %1 is left out: %2").arg(label, why),
                            source.line, source.column);
        };
        const int childIndex = imported.tableIndex(source.childTable);
        const int parentIndex = imported.tableIndex(source.parentTable);
        if (childIndex < 0 || tableIds[childIndex] == 0) {
            fail(tr("there is no table \"%1\".").arg(source.childTable));
            continue;
        }
        if (parentIndex < 0 || tableIds[parentIndex] == 0) {
            fail(tr("there is no table \"%1\".").arg(source.parentTable));
            continue;
        }
        const Table *child = schema.table(tableIds[childIndex]);
        const Table *parent = schema.table(tableIds[parentIndex]);
        ForeignKey key;
        key.name = source.name;
        key.childTable = child->id;
        key.parentTable = parent->id;
        key.onDelete = source.onDelete;
        key.onUpdate = source.onUpdate;
        key.deferrability = source.deferrability;
        key.match = source.match;
        QString missing;
        if (!resolveColumns(*child, source.childColumns, &key.childColumns, &missing)) {
            fail(tr("table \"%1\" has no column \"%2\".").arg(child->name, missing));
            continue;
        }
        if (source.parentColumns.isEmpty()) {
            if (parent->primaryKey.isEmpty()) {
                fail(tr("it names no parent columns and \"%1\" has no primary key.")
                         .arg(parent->name));
                continue;
            }
            key.parentColumns = parent->primaryKey;
        } else if (!resolveColumns(*parent, source.parentColumns, &key.parentColumns, &missing)) {
            fail(tr("table \"%1\" has no column \"%2\".").arg(parent->name, missing));
            continue;
        }
        if (key.childColumns.isEmpty() || key.childColumns.size() != key.parentColumns.size()) {
            fail(tr("it has %1 child column(s) but %2 parent column(s).")
                     .arg(key.childColumns.size())
                     .arg(key.parentColumns.size()));
            continue;
        }
        key.id = schema.allocateId();
        schema.insertForeignKey(schema.foreignKeyCount(), key);
        ++report->foreignKeys;
    }
    return schema;
}
