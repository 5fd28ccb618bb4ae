#include "integritycheck.h"
#include "schema.h"

#include <QSet>

namespace IntegrityCheck {

QStringList check(const Schema &schema)
{
    QStringList errors;
    QSet<Id> seen;
    auto claim = [&](Id id, const QString &what) {
        if (id == 0)
            errors << QStringLiteral("%1 has no id").arg(what);
        else if (seen.contains(id))
            errors << QStringLiteral("%1 reuses id %2").arg(what).arg(id);
        seen.insert(id);
    };

    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        const QString tableName = QStringLiteral("table \"%1\"").arg(t->name);
        claim(t->id, tableName);
        QSet<Id> columnIds;
        for (const Column &c : t->columns) {
            claim(c.id, QStringLiteral("column \"%1.%2\"").arg(t->name, c.name));
            columnIds.insert(c.id);
            if (schema.tableOfColumn(c.id) != t->id)
                errors << QStringLiteral("column \"%1.%2\" is not indexed under its table")
                              .arg(t->name, c.name);
        }
        auto checkColumns = [&](const QVector<Id> &ids, const QString &what) {
            QSet<Id> distinct;
            for (Id id : ids) {
                if (!columnIds.contains(id))
                    errors << QStringLiteral("%1 of %2 names missing column %3")
                                  .arg(what, tableName)
                                  .arg(id);
                if (distinct.contains(id))
                    errors << QStringLiteral("%1 of %2 names column %3 twice")
                                  .arg(what, tableName)
                                  .arg(id);
                distinct.insert(id);
            }
        };
        checkColumns(t->primaryKey, QStringLiteral("the primary key"));
        for (const UniqueConstraint &u : t->uniqueConstraints) {
            claim(u.id, QStringLiteral("unique constraint \"%1\"").arg(u.name));
            checkColumns(u.columns, QStringLiteral("unique constraint \"%1\"").arg(u.name));
            if (u.columns.isEmpty())
                errors << QStringLiteral("unique constraint \"%1\" has no columns").arg(u.name);
        }
        for (const TableIndex &i : t->indexes) {
            claim(i.id, QStringLiteral("index \"%1\"").arg(i.name));
            checkColumns(i.columns, QStringLiteral("index \"%1\"").arg(i.name));
            if (i.columns.isEmpty())
                errors << QStringLiteral("index \"%1\" has no columns").arg(i.name);
        }
    }

    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *k = schema.foreignKey(keyId);
        const QString keyName = QStringLiteral("foreign key \"%1\"").arg(k->name);
        claim(k->id, keyName);
        const Table *child = schema.table(k->childTable);
        const Table *parent = schema.table(k->parentTable);
        if (!child)
            errors << QStringLiteral("%1 has a missing child table").arg(keyName);
        if (!parent)
            errors << QStringLiteral("%1 has a missing parent table").arg(keyName);
        if (k->childColumns.size() != k->parentColumns.size())
            errors << QStringLiteral("%1 has %2 child and %3 parent columns")
                          .arg(keyName)
                          .arg(k->childColumns.size())
                          .arg(k->parentColumns.size());
        if (k->childColumns.isEmpty())
            errors << QStringLiteral("%1 has no columns").arg(keyName);
        if (child) {
            for (Id c : k->childColumns) {
                if (!child->column(c))
                    errors << QStringLiteral("%1 names missing child column %2").arg(keyName).arg(c);
            }
        }
        if (parent) {
            for (Id c : k->parentColumns) {
                if (!parent->column(c))
                    errors << QStringLiteral("%1 names missing parent column %2").arg(keyName).arg(c);
            }
        }
    }
    return errors;
}

} // namespace IntegrityCheck
