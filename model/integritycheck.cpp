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
    QSet<Id> seen;
    auto claim = [&](Id id, const QString &what) {
        if (id == 0)
            errors << JTR("%1 has no id").arg(what);
        else if (seen.contains(id))
            errors << JTR("%1 reuses id %2").arg(what).arg(id);
        seen.insert(id);
    };

    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        const QString tableName = JTR("table \"%1\"").arg(t->name);
        claim(t->id, tableName);
        QSet<Id> columnIds;
        for (const Column &c : t->columns) {
            claim(c.id, JTR("column \"%1.%2\"").arg(t->name, c.name));
            columnIds.insert(c.id);
            if (schema.tableOfColumn(c.id) != t->id)
                errors
                    << JTR("column \"%1.%2\" is not indexed under its table").arg(t->name, c.name);
        }
        auto checkColumns = [&](const QVector<Id> &ids, const QString &what) {
            QSet<Id> distinct;
            for (Id id : ids) {
                if (!columnIds.contains(id))
                    errors << JTR("%1 of %2 names missing column %3").arg(what, tableName).arg(id);
                if (distinct.contains(id))
                    errors << JTR("%1 of %2 names column %3 twice").arg(what, tableName).arg(id);
                distinct.insert(id);
            }
        };
        checkColumns(t->primaryKey, JTR("the primary key"));
        for (const UniqueConstraint &u : t->uniqueConstraints) {
            claim(u.id, JTR("unique constraint \"%1\"").arg(u.name));
            checkColumns(u.columns, JTR("unique constraint \"%1\"").arg(u.name));
            if (u.columns.isEmpty())
                errors << JTR("unique constraint \"%1\" has no columns").arg(u.name);
        }
        for (const TableIndex &i : t->indexes) {
            claim(i.id, JTR("index \"%1\"").arg(i.name));
            // Id 0 is an expression part, which must come with its expression.
            QVector<Id> plain;
            for (int p = 0; p < i.columns.size(); ++p) {
                if (i.columns.at(p) != 0)
                    plain << i.columns.at(p);
                else if (i.part(p).expression.trimmed().isEmpty())
                    errors << JTR("index \"%1\" has an expression part without expression")
                                  .arg(i.name);
            }
            checkColumns(plain, JTR("index \"%1\"").arg(i.name));
            checkColumns(i.includeColumns, JTR("index \"%1\"").arg(i.name));
            if (i.columns.isEmpty())
                errors << JTR("index \"%1\" has no columns").arg(i.name);
            if (i.parts.size() > i.columns.size())
                errors << JTR("index \"%1\" has more parts than columns").arg(i.name);
        }
        for (const CheckConstraint &c : t->checks) {
            claim(c.id, JTR("check constraint \"%1\"").arg(c.name));
            if (c.column && !columnIds.contains(c.column))
                errors << JTR("check constraint \"%1\" of %2 names missing column %3")
                              .arg(c.name, tableName)
                              .arg(c.column);
        }
        for (const Trigger &trigger : t->triggers)
            claim(trigger.id, JTR("trigger \"%1\"").arg(trigger.name));
        const Id partitionOf = t->options.partitionOf;
        if (partitionOf && (partitionOf == t->id || !schema.table(partitionOf)))
            errors << JTR("%1 is a partition of missing table %2").arg(tableName).arg(partitionOf);
        for (Id inherited : t->options.inherits) {
            if (inherited == t->id || !schema.table(inherited))
                errors << JTR("%1 inherits from missing table %2").arg(tableName).arg(inherited);
        }
    }
    for (const UserType &type : schema.userTypes)
        claim(type.id, JTR("type \"%1\"").arg(type.name));
    for (const Sequence &sequence : schema.sequences) {
        claim(sequence.id, JTR("sequence \"%1\"").arg(sequence.name));
        if (sequence.ownedBy && !schema.column(sequence.ownedBy))
            errors << JTR("sequence \"%1\" is owned by missing column %2")
                          .arg(sequence.name)
                          .arg(sequence.ownedBy);
    }
    for (const SubjectArea &area : schema.subjectAreas) {
        const QString areaName = JTR("subject area \"%1\"").arg(area.name);
        claim(area.id, areaName);
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
        const QString keyName = JTR("foreign key \"%1\"").arg(k->name);
        claim(k->id, keyName);
        const Table *child = schema.table(k->childTable);
        const Table *parent = schema.table(k->parentTable);
        if (!child)
            errors << JTR("%1 has a missing child table").arg(keyName);
        if (!parent)
            errors << JTR("%1 has a missing parent table").arg(keyName);
        if (k->childColumns.size() != k->parentColumns.size())
            errors << JTR("%1 has %2 child and %3 parent columns")
                          .arg(keyName)
                          .arg(k->childColumns.size())
                          .arg(k->parentColumns.size());
        if (k->childColumns.isEmpty())
            errors << JTR("%1 has no columns").arg(keyName);
        if (child) {
            for (Id c : k->childColumns) {
                if (!child->column(c))
                    errors << JTR("%1 names missing child column %2").arg(keyName).arg(c);
            }
        }
        if (parent) {
            for (Id c : k->parentColumns) {
                if (!parent->column(c))
                    errors << JTR("%1 names missing parent column %2").arg(keyName).arg(c);
            }
        }
        for (Id c : k->deleteSetColumns) {
            if (!k->childColumns.contains(c))
                errors << JTR("%1 sets column %2, which is not one of its columns")
                              .arg(keyName)
                              .arg(c);
        }
    }
    return errors;
}

} // namespace IntegrityCheck
