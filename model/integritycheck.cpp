#include "integritycheck.h"
#include "schema.h"

#include <QCoreApplication>
#include <QSet>

// Shown when a file is inconsistent, so translated like every other message.
#define JTR(text) QCoreApplication::translate("IntegrityCheck", text)

namespace IntegrityCheck {

QStringList check(const Schema &schema)
{
    QStringList errors;
    // Descriptions are made only for an error: every column of a 5,000-table file is checked,
    // and translating and formatting each name up front took most of the check's time.
    QSet<Id> seen;
    seen.reserve(schema.tableIds().size() * 24);
    auto claim = [&](Id id, auto describe) {
        if (id == 0)
            errors << JTR("%1 has no id").arg(describe());
        else if (seen.contains(id))
            errors << JTR("%1 reuses id %2").arg(describe()).arg(id);
        seen.insert(id);
    };

    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        auto tableName = [t] { return JTR("table \"%1\"").arg(t->name); };
        claim(t->id, tableName);
        QSet<Id> columnIds;
        columnIds.reserve(t->columns.size());
        for (const Column &c : t->columns) {
            claim(c.id, [&] { return JTR("column \"%1.%2\"").arg(t->name, c.name); });
            columnIds.insert(c.id);
            if (schema.tableOfColumn(c.id) != t->id)
                errors
                    << JTR("column \"%1.%2\" is not indexed under its table").arg(t->name, c.name);
        }
        auto checkColumns = [&](const QVector<Id> &ids, auto describe) {
            for (int i = 0; i < ids.size(); ++i) {
                const Id id = ids.at(i);
                if (!columnIds.contains(id))
                    errors << JTR("%1 of %2 names missing column %3")
                                  .arg(describe(), tableName())
                                  .arg(id);
                // Keys have a few columns: a scan costs less than a set.
                if (ids.indexOf(id) < i)
                    errors << JTR("%1 of %2 names column %3 twice")
                                  .arg(describe(), tableName())
                                  .arg(id);
            }
        };
        checkColumns(t->primaryKey, [] { return JTR("the primary key"); });
        for (const UniqueConstraint &u : t->uniqueConstraints) {
            auto uniqueName = [&u] { return JTR("unique constraint \"%1\"").arg(u.name); };
            claim(u.id, uniqueName);
            checkColumns(u.columns, uniqueName);
            if (u.columns.isEmpty())
                errors << JTR("unique constraint \"%1\" has no columns").arg(u.name);
        }
        for (const TableIndex &i : t->indexes) {
            auto indexName = [&i] { return JTR("index \"%1\"").arg(i.name); };
            claim(i.id, indexName);
            // Id 0 is an expression part, which must come with its expression.
            QVector<Id> plain;
            for (int p = 0; p < i.columns.size(); ++p) {
                if (i.columns.at(p) != 0)
                    plain << i.columns.at(p);
                else if (i.part(p).expression.trimmed().isEmpty())
                    errors << JTR("index \"%1\" has an expression part without expression")
                                  .arg(i.name);
            }
            checkColumns(plain, indexName);
            checkColumns(i.includeColumns, indexName);
            if (i.columns.isEmpty())
                errors << JTR("index \"%1\" has no columns").arg(i.name);
            if (i.parts.size() > i.columns.size())
                errors << JTR("index \"%1\" has more parts than columns").arg(i.name);
        }
        for (const CheckConstraint &c : t->checks) {
            claim(c.id, [&c] { return JTR("check constraint \"%1\"").arg(c.name); });
            if (c.column && !columnIds.contains(c.column))
                errors << JTR("check constraint \"%1\" of %2 names missing column %3")
                              .arg(c.name, tableName())
                              .arg(c.column);
        }
        for (const Trigger &trigger : t->triggers)
            claim(trigger.id, [&trigger] { return JTR("trigger \"%1\"").arg(trigger.name); });
        const Id partitionOf = t->options.partitionOf;
        if (partitionOf && (partitionOf == t->id || !schema.table(partitionOf)))
            errors
                << JTR("%1 is a partition of missing table %2").arg(tableName()).arg(partitionOf);
        for (Id inherited : t->options.inherits) {
            if (inherited == t->id || !schema.table(inherited))
                errors << JTR("%1 inherits from missing table %2").arg(tableName()).arg(inherited);
        }
    }
    for (const UserType &type : schema.userTypes)
        claim(type.id, [&type] { return JTR("type \"%1\"").arg(type.name); });
    for (const Sequence &sequence : schema.sequences) {
        claim(sequence.id, [&sequence] { return JTR("sequence \"%1\"").arg(sequence.name); });
        if (sequence.ownedBy && !schema.column(sequence.ownedBy))
            errors << JTR("sequence \"%1\" is owned by missing column %2")
                          .arg(sequence.name)
                          .arg(sequence.ownedBy);
    }
    for (const SubjectArea &area : schema.subjectAreas) {
        const QString areaName = JTR("subject area \"%1\"").arg(area.name);
        claim(area.id, [&areaName] { return areaName; });
        if (area.name.trimmed().isEmpty())
            errors << JTR("subject area %1 has no name").arg(area.id);
        QSet<Id> members;
        for (Id tableId : area.tables) {
            if (!schema.table(tableId))
                errors << JTR("%1 names missing table %2").arg(areaName).arg(tableId);
            if (members.contains(tableId))
                errors << JTR("%1 names table %2 twice").arg(areaName).arg(tableId);
            members.insert(tableId);
        }
    }

    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *k = schema.foreignKey(keyId);
        auto describeKey = [k] { return JTR("foreign key \"%1\"").arg(k->name); };
        claim(k->id, describeKey);
        const Table *child = schema.table(k->childTable);
        const Table *parent = schema.table(k->parentTable);
        if (!child)
            errors << JTR("%1 has a missing child table").arg(describeKey());
        if (!parent)
            errors << JTR("%1 has a missing parent table").arg(describeKey());
        if (k->childColumns.size() != k->parentColumns.size())
            errors << JTR("%1 has %2 child and %3 parent columns")
                          .arg(describeKey())
                          .arg(k->childColumns.size())
                          .arg(k->parentColumns.size());
        if (k->childColumns.isEmpty())
            errors << JTR("%1 has no columns").arg(describeKey());
        if (child) {
            for (Id c : k->childColumns) {
                if (!child->column(c))
                    errors << JTR("%1 names missing child column %2").arg(describeKey()).arg(c);
            }
        }
        if (parent) {
            for (Id c : k->parentColumns) {
                if (!parent->column(c))
                    errors << JTR("%1 names missing parent column %2").arg(describeKey()).arg(c);
            }
        }
        for (Id c : k->deleteSetColumns) {
            if (!k->childColumns.contains(c))
                errors << JTR("%1 sets column %2, which is not one of its columns")
                              .arg(describeKey())
                              .arg(c);
        }
    }
    return errors;
}

} // namespace IntegrityCheck
