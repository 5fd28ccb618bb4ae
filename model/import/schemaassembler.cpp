#include "schemaassembler.h"
#include "../layout/cardsize.h"
#include "importreport.h"

namespace {

using ReportSeverity = ImportReport::Severity;

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

// The same for an index, whose empty names are expression parts (id 0).
bool resolveIndexColumns(const Table &table, const ImportedConstraint &index, QVector<Id> *ids,
                         QString *missing)
{
    ids->clear();
    for (int i = 0; i < index.columns.size(); ++i) {
        const QString &name = index.columns.at(i);
        if (name.isEmpty()) {
            if (i >= index.parts.size() || index.parts.at(i).expression.trimmed().isEmpty()) {
                *missing = QStringLiteral("?");
                return false;
            }
            ids->append(0);
            continue;
        }
        QVector<Id> one;
        if (!resolveColumns(table, {name}, &one, missing))
            return false;
        ids->append(one.first());
    }
    return !ids->isEmpty();
}

// The name of the first column that `ids` lists twice, or an empty string. A case-insensitive
// match can turn two spellings ("id", "ID") into one column; every engine refuses a key or an
// index that names a column twice, and the model cannot hold one.
QString repeatedColumn(const Table &table, const QVector<Id> &ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        if (ids.at(i) != 0 && ids.indexOf(ids.at(i), i + 1) > 0) {
            const Column *column = table.column(ids.at(i));
            return column ? column->name : QString::number(ids.at(i));
        }
    }
    return {};
}

} // namespace

Schema SchemaAssembler::assemble(const ImportedSchema &imported, ImportReport *report)
{
    Schema schema;
    schema.name = imported.name;
    schema.targetDialect = report->dialect;
    // The texts (declared types, defaults, expressions) are the source's own spelling.
    schema.sourceDialect = report->dialect;
    schema.extensions = imported.extensions;
    for (UserType type : imported.userTypes) {
        type.id = schema.allocateId();
        schema.userTypes << type;
    }

    // Index of each imported table in `imported.tables` → the id it received (0: dropped).
    QVector<Id> tableIds(imported.tables.size(), 0);
    for (int t = 0; t < imported.tables.size(); ++t) {
        const ImportedTable &source = imported.tables.at(t);
        if (imported.tableIndex(source.name) != t) {
            report->addNote(ReportSeverity::Error,
                            tr("Table \"%1\" is defined twice; the second definition is ignored.")
                                .arg(source.name),
                            source.line, source.column);
            continue;
        }
        Table table;
        table.id = schema.allocateId();
        table.name = source.name;
        table.schemaName = source.schemaName;
        table.comment = source.comment;
        table.options = source.options;
        table.options.partitionOf = 0; // resolved below, once every table has its id
        table.options.inherits.clear();
        for (int c = 0; c < source.columns.size(); ++c) {
            const ImportedColumn &from = source.columns.at(c);
            if (source.columnIndex(from.name) != c) {
                report->addNote(ReportSeverity::Error,
                                tr("Column \"%1\" of table \"%2\" is defined twice; the second "
                                   "definition is ignored.")
                                    .arg(from.name, source.name),
                                source.line, source.column);
                continue;
            }
            Column column = from;
            column.id = schema.allocateId();
            table.columns.append(column);
        }
        QString missing;
        if (!source.primaryKey.columns.isEmpty()) {
            if (!resolveColumns(table, source.primaryKey.columns, &table.primaryKey, &missing)) {
                table.primaryKey.clear();
                report->addNote(ReportSeverity::Error,
                                tr("The primary key of \"%1\" names column \"%2\", which the "
                                   "table does not have; the key is left out.")
                                    .arg(source.name, missing),
                                source.primaryKey.line, source.primaryKey.column);
            } else if (const QString twice = repeatedColumn(table, table.primaryKey);
                       !twice.isEmpty()) {
                table.primaryKey.clear();
                report->addNote(ReportSeverity::Error,
                                tr("The primary key of \"%1\" names column \"%2\" twice; the key "
                                   "is left out.")
                                    .arg(source.name, twice),
                                source.primaryKey.line, source.primaryKey.column);
            } else {
                table.primaryKeyName = source.primaryKey.name;
                ++report->primaryKeys;
            }
        }
        for (const ImportedConstraint &unique : source.uniqueConstraints) {
            const QString uniqueLabel = unique.name.isEmpty()
                ? QStringLiteral("UNIQUE (%1)").arg(unique.columns.join(QLatin1String(", ")))
                : unique.name;
            UniqueConstraint constraint;
            if (!resolveColumns(table, unique.columns, &constraint.columns, &missing)) {
                report->addNote(ReportSeverity::Error,
                                tr("Unique constraint %1 on \"%2\" names column \"%3\", which "
                                   "the table does not have; it is left out.")
                                    .arg(uniqueLabel, source.name, missing),
                                unique.line, unique.column);
                continue;
            }
            if (const QString twice = repeatedColumn(table, constraint.columns); !twice.isEmpty()) {
                report->addNote(ReportSeverity::Error,
                                tr("Unique constraint %1 on \"%2\" names column \"%3\" twice; it "
                                   "is left out.")
                                    .arg(uniqueLabel, source.name, twice),
                                unique.line, unique.column);
                continue;
            }
            constraint.id = schema.allocateId();
            constraint.name = unique.name;
            constraint.deferrability = unique.deferrability;
            constraint.nullsNotDistinct = unique.nullsNotDistinct;
            table.uniqueConstraints.append(constraint);
            ++report->uniqueConstraints;
        }
        for (const ImportedConstraint &index : source.indexes) {
            TableIndex tableIndex;
            bool unreadExpression = index.columns.isEmpty();
            for (int i = 0; i < index.columns.size(); ++i) {
                if (index.columns.at(i).isEmpty()
                    && (i >= index.parts.size()
                        || index.parts.at(i).expression.trimmed().isEmpty()))
                    unreadExpression = true;
            }
            if (unreadExpression) {
                // The importer saw an expression but could not keep its text.
                report->addNote(ReportSeverity::Skipped,
                                tr("Index %1 on \"%2\" is on an expression, not only on columns; "
                                   "Joinery does not model such indexes.")
                                    .arg(index.name, source.name),
                                index.line, index.column);
                continue;
            }
            if (!resolveIndexColumns(table, index, &tableIndex.columns, &missing)
                || !resolveColumns(table, index.includeColumns, &tableIndex.includeColumns,
                                   &missing)) {
                report->addNote(ReportSeverity::Error,
                                tr("Index %1 on \"%2\" names column \"%3\", which the table "
                                   "does not have; it is left out.")
                                    .arg(index.name, source.name, missing),
                                index.line, index.column);
                continue;
            }
            QString twice = repeatedColumn(table, tableIndex.columns);
            if (twice.isEmpty())
                twice = repeatedColumn(table, tableIndex.columns + tableIndex.includeColumns);
            if (!twice.isEmpty()) {
                report->addNote(ReportSeverity::Error,
                                tr("Index %1 on \"%2\" names column \"%3\" twice; it is left "
                                   "out.")
                                    .arg(index.name, source.name, twice),
                                index.line, index.column);
                continue;
            }
            tableIndex.id = schema.allocateId();
            tableIndex.name = index.name;
            tableIndex.unique = index.unique;
            tableIndex.parts = index.parts.mid(0, tableIndex.columns.size());
            tableIndex.method = index.method;
            tableIndex.kind = index.kind;
            tableIndex.predicate = index.predicate;
            tableIndex.options = index.options;
            table.indexes.append(tableIndex);
            ++report->indexes;
        }
        for (const ImportedCheck &check : source.checks) {
            if (check.expression.trimmed().isEmpty()) {
                report->addNote(ReportSeverity::Error,
                                tr("A CHECK constraint of \"%1\" has no expression; it is left "
                                   "out.")
                                    .arg(source.name),
                                check.line, check.column);
                continue;
            }
            CheckConstraint constraint;
            constraint.name = check.name;
            constraint.expression = check.expression;
            constraint.noInherit = check.noInherit;
            if (!check.columnName.isEmpty()) {
                QVector<Id> one;
                if (!resolveColumns(table, {check.columnName}, &one, &missing)) {
                    report->addNote(ReportSeverity::Error,
                                    tr("A CHECK constraint of \"%1\" belongs to column \"%2\", "
                                       "which the table does not have; it is left out.")
                                        .arg(source.name, missing),
                                    check.line, check.column);
                    continue;
                }
                constraint.column = one.first();
            }
            constraint.id = schema.allocateId();
            table.checks.append(constraint);
        }
        for (Trigger trigger : source.triggers) {
            trigger.id = schema.allocateId();
            table.triggers.append(trigger);
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

    // Partitions and inheritance name other tables.
    for (int t = 0; t < imported.tables.size(); ++t) {
        const ImportedTable &source = imported.tables.at(t);
        if (tableIds[t] == 0 || (source.partitionOf.isEmpty() && source.inherits.isEmpty()))
            continue;
        Table table = *schema.table(tableIds[t]);
        auto resolveTable = [&](const QString &name) -> Id {
            const int index = imported.tableIndex(name);
            return index < 0 || index == t ? 0 : tableIds[index];
        };
        if (!source.partitionOf.isEmpty()) {
            table.options.partitionOf = resolveTable(source.partitionOf);
            if (!table.options.partitionOf) {
                table.options.partitionBound.clear();
                report->addNote(ReportSeverity::Error,
                                tr("\"%1\" is a partition of \"%2\", which is not in the schema; "
                                   "it is imported as a plain table.")
                                    .arg(source.name, source.partitionOf),
                                source.line, source.column);
            }
        }
        for (const QString &name : source.inherits) {
            if (const Id parent = resolveTable(name)) {
                table.options.inherits << parent;
            } else {
                report->addNote(ReportSeverity::Error,
                                tr("\"%1\" inherits from \"%2\", which is not in the schema; "
                                   "that inheritance is left out.")
                                    .arg(source.name, name),
                                source.line, source.column);
            }
        }
        schema.replaceTable(table);
    }

    for (const ImportedSequence &source : imported.sequences) {
        Sequence sequence = source.sequence;
        sequence.id = schema.allocateId();
        sequence.ownedBy = 0;
        if (!source.ownedByTable.isEmpty()) {
            const int index = imported.tableIndex(source.ownedByTable);
            const Table *table
                = index < 0 || tableIds[index] == 0 ? nullptr : schema.table(tableIds[index]);
            QVector<Id> one;
            QString missing;
            if (table && resolveColumns(*table, {source.ownedByColumn}, &one, &missing))
                sequence.ownedBy = one.first();
            else
                report->addNote(ReportSeverity::Warning,
                                tr("Sequence \"%1\" is owned by %2.%3, which is not in the schema; "
                                   "it is imported without an owner.")
                                    .arg(sequence.name, source.ownedByTable, source.ownedByColumn),
                                source.line, source.column);
        }
        schema.sequences << sequence;
    }

    for (const ImportedForeignKey &source : imported.foreignKeys) {
        const QString label = source.name.isEmpty()
            ? tr("from \"%1\" to \"%2\"").arg(source.childTable, source.parentTable)
            : QStringLiteral("\"%1\"").arg(source.name);
        auto fail = [&](const QString &why) {
            report->addNote(ReportSeverity::Error,
                            tr("Foreign key %1 is left out: %2").arg(label, why), source.line,
                            source.column);
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
        if (!resolveColumns(*child, source.deleteSetColumns, &key.deleteSetColumns, &missing)) {
            fail(tr("table \"%1\" has no column \"%2\".").arg(child->name, missing));
            continue;
        }
        if (const QString twice = repeatedColumn(*child, key.childColumns); !twice.isEmpty()) {
            fail(tr("it names column \"%1\" of \"%2\" twice.").arg(twice, child->name));
            continue;
        }
        if (const QString twice = repeatedColumn(*parent, key.parentColumns); !twice.isEmpty()) {
            fail(tr("it names column \"%1\" of \"%2\" twice.").arg(twice, parent->name));
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
