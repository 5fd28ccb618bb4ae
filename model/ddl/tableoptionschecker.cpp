#include "tableoptionschecker.h"

#include "../schema.h"
#include "../table.h"

QVector<Problem> TableOptionsChecker::check(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems;
    const QString target = Dialects::displayName(dialect);
    auto add = [&](Severity severity, const char *code, const Table &table,
                   const QString &message) {
        problems << Problem::make(severity, code, table.id, table.name, message);
    };
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        const TableOptions &o = table.options;
        if (dialect != Dialect::PostgreSQL) {
            // The generator writes a partition as a table of its own, with every column; the
            // keys declared on its parent are not declared on it.
            if (const Table *parent = schema.table(o.partitionOf))
                add(Severity::Warning, "dialect-partition-dropped", table,
                    tr("%1 is a partition of %2 (%3): %4 has no PARTITION OF, so %1 is "
                       "written as a table of its own, without the keys of %2, and its rows "
                       "are not rows of %2.")
                        .arg(table.name, parent->name,
                             o.partitionBound.isEmpty() ? QStringLiteral("DEFAULT")
                                                        : o.partitionBound,
                             target));
            if (!o.partitionBy.trimmed().isEmpty())
                add(Severity::Warning, "dialect-partitioning-dropped", table,
                    tr("%1 is partitioned (PARTITION BY %2): the %3 script writes it as a plain "
                       "table.")
                        .arg(table.name, o.partitionBy.trimmed(), target));
            if (!o.inherits.isEmpty()) {
                QStringList parents;
                for (Id id : o.inherits) {
                    if (const Table *parent = schema.table(id))
                        parents << parent->name;
                }
                add(Severity::Warning, "dialect-inheritance-dropped", table,
                    tr("%1 inherits from %2: %3 has no table inheritance, so %1 is written "
                       "with the inherited columns as its own, and queries on %2 do not see "
                       "its rows.")
                        .arg(table.name, parents.join(QStringLiteral(", ")), target));
            }
            if (o.unlogged)
                add(Severity::Info, "dialect-option-dropped", table,
                    tr("%1 is UNLOGGED: %2 has no such option; the table is written as a "
                       "logged one.")
                        .arg(table.name, target));
            if (!o.storageParameters.trimmed().isEmpty() || !o.tablespace.isEmpty())
                add(Severity::Info, "dialect-option-dropped", table,
                    tr("%1: its storage parameters and tablespace are PostgreSQL's and are "
                       "left out of the %2 script.")
                        .arg(table.name, target));
        }
        if (dialect != Dialect::SQLite && o.strict)
            add(Severity::Warning, "dialect-option-dropped", table,
                tr("%1 is a STRICT table: %2 has no STRICT; the column types are %2's "
                   "own and are checked by its rules.")
                    .arg(table.name, target));
        if (!Dialects::isMySqlFamily(dialect) && !o.engine.isEmpty()
            && o.engine.compare(QLatin1String("InnoDB"), Qt::CaseInsensitive) != 0)
            add(Severity::Warning, "dialect-option-dropped", table,
                tr("%1 uses the %2 storage engine, which does not enforce foreign keys; in %3 "
                   "its keys are enforced.")
                    .arg(table.name, o.engine, target));
    }
    return problems;
}
