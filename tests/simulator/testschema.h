#pragma once

#include "schema.h"

#include <QStringList>

// Builds small schemas for the simulator tests: TestSchema s; s.table("p", {"id integer pk",
// "name text"}); s.key("fk_c_p", "c", {"pid"}, "p", {"id"}, ReferentialAction::Cascade);
// Column specs: "name type [pk] [notnull] [unique] [default=VALUE]".
class TestSchema
{
public:
    Schema schema;

    Id table(const QString &name, const QStringList &columnSpecs)
    {
        Table t;
        t.id = schema.allocateId();
        t.name = name;
        for (const QString &spec : columnSpecs) {
            const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            Column c;
            c.id = schema.allocateId();
            c.name = parts.value(0);
            c.type = DataType::parse(parts.value(1, QStringLiteral("integer")));
            for (const QString &flag : parts.mid(2)) {
                if (flag == QLatin1String("pk")) {
                    t.primaryKey.append(c.id);
                    c.nullable = false;
                } else if (flag == QLatin1String("notnull")) {
                    c.nullable = false;
                } else if (flag == QLatin1String("unique")) {
                    UniqueConstraint u;
                    u.id = schema.allocateId();
                    u.name = QStringLiteral("uq_%1_%2").arg(name, c.name);
                    u.columns = {c.id};
                    t.uniqueConstraints.append(u);
                } else if (flag.startsWith(QLatin1String("default="))) {
                    c.defaultValue = flag.mid(8);
                }
            }
            t.columns.append(c);
        }
        schema.insertTable(schema.tableCount(), t);
        return t.id;
    }

    Id key(const QString &name, const QString &child, const QStringList &childColumns,
           const QString &parent, const QStringList &parentColumns,
           ReferentialAction onDelete = ReferentialAction::NoAction,
           ReferentialAction onUpdate = ReferentialAction::NoAction,
           Deferrability deferrability = Deferrability::NotDeferrable)
    {
        ForeignKey k;
        k.id = schema.allocateId();
        k.name = name;
        const Table *c = schema.tableByName(child);
        const Table *p = schema.tableByName(parent);
        k.childTable = c->id;
        k.parentTable = p->id;
        for (const QString &column : childColumns)
            k.childColumns.append(c->columnByName(column)->id);
        for (const QString &column : parentColumns)
            k.parentColumns.append(p->columnByName(column)->id);
        k.onDelete = onDelete;
        k.onUpdate = onUpdate;
        k.deferrability = deferrability;
        // An index on the child columns, as a designer would add for every key.
        TableIndex index;
        index.id = schema.allocateId();
        index.name = QStringLiteral("ix_%1").arg(name);
        index.columns = k.childColumns;
        Table changed = *c;
        changed.indexes.append(index);
        schema.replaceTable(changed);
        schema.insertForeignKey(schema.foreignKeyCount(), k);
        return k.id;
    }

    Id id(const QString &table) const { return schema.tableByName(table)->id; }
    Id keyId(const QString &name) const
    {
        for (Id k : schema.foreignKeyIds()) {
            if (schema.foreignKey(k)->name == name)
                return k;
        }
        return 0;
    }
};
