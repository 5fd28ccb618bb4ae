// ServerMigrationWriter's table options (PostgreSQL and MySQL/MariaDB) and column order
// (MySQL/MariaDB), after the column work: by then the table has its new name and columns.
#include "servermigrationwriter.h"

#include <algorithm>

using Kind = SchemaChange::Kind;

namespace {

// "fillfactor=70, autovacuum_enabled=false" → {fillfactor: 70, autovacuum_enabled: false}, in
// order. Storage parameter values are numbers, booleans or plain words: no commas inside.
QVector<QPair<QString, QString>> storageParameterList(const QString &text)
{
    QVector<QPair<QString, QString>> parameters;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int equals = part.indexOf(QLatin1Char('='));
        const QString key = (equals < 0 ? part : part.left(equals)).trimmed().toLower();
        if (!key.isEmpty())
            parameters.append({key, equals < 0 ? QString() : part.mid(equals + 1).trimmed()});
    }
    return parameters;
}

} // namespace

void ServerMigrationWriter::writeTableOptions(MigrationScript *script)
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::ChangeTableOptions)
            continue;
        const Table &table = *m_new.table(c.newTable);
        const TableOptions &old = m_old.table(c.oldTable)->options;
        const TableOptions &now = table.options;
        const QString tableName = newTableName(c.newTable);
        if (m_dialect == Dialect::PostgreSQL) {
            if (old.partitionBy != now.partitionBy || old.partitionOf != now.partitionOf
                || old.partitionBound != now.partitionBound || old.inherits != now.inherits)
                script->addProblem(MigrationProblem::Kind::Note, -1,
                                   tr("%1: partitioning and inheritance changes are not "
                                      "migrated: the table must be rebuilt.")
                                       .arg(table.name));
            QStringList actions;
            if (old.unlogged != now.unlogged)
                actions << (now.unlogged ? QStringLiteral("SET UNLOGGED")
                                         : QStringLiteral("SET LOGGED"));
            const auto oldParameters = storageParameterList(old.storageParameters);
            const auto newParameters = storageParameterList(now.storageParameters);
            QStringList reset;
            for (const auto &parameter : oldParameters) {
                const bool kept = std::any_of(
                    newParameters.cbegin(), newParameters.cend(),
                    [&](const QPair<QString, QString> &p) { return p.first == parameter.first; });
                if (!kept)
                    reset << parameter.first;
            }
            QStringList set;
            for (const auto &parameter : newParameters) {
                if (!oldParameters.contains(parameter))
                    set << (parameter.second.isEmpty()
                                ? parameter.first
                                : parameter.first + QLatin1Char('=') + parameter.second);
            }
            if (!reset.isEmpty())
                actions << QStringLiteral("RESET (%1)").arg(reset.join(QStringLiteral(", ")));
            if (!set.isEmpty())
                actions << QStringLiteral("SET (%1)").arg(set.join(QStringLiteral(", ")));
            if (old.tablespace != now.tablespace)
                actions << QStringLiteral("SET TABLESPACE ")
                        + name(now.tablespace.isEmpty() ? QStringLiteral("pg_default")
                                                        : now.tablespace);
            if (!actions.isEmpty())
                script->add(QStringLiteral("ALTER TABLE %1 %2")
                                .arg(tableName, actions.join(QStringLiteral(", "))),
                            {i});
            continue;
        }
        if (!isMySql())
            continue;
        // What the new schema leaves empty is the server's default, which ALTER cannot name
        // (but ROW_FORMAT=DEFAULT); it stays as it is.
        QStringList options;
        if (old.engine != now.engine && !now.engine.isEmpty())
            options << QStringLiteral("ENGINE=") + now.engine;
        if (old.rowFormat != now.rowFormat)
            options << QStringLiteral("ROW_FORMAT=")
                    + (now.rowFormat.isEmpty() ? QStringLiteral("DEFAULT") : now.rowFormat);
        if ((old.charset != now.charset && !now.charset.isEmpty())
            || (old.collation != now.collation && !now.collation.isEmpty())) {
            if (!now.charset.isEmpty())
                options << QStringLiteral("DEFAULT CHARSET=") + now.charset;
            if (!now.collation.isEmpty())
                options << QStringLiteral("COLLATE=") + now.collation;
            script->addProblem(MigrationProblem::Kind::Note, -1,
                               tr("%1: the new default character set and collation apply to "
                                  "columns added later; existing columns keep theirs (CONVERT "
                                  "TO CHARACTER SET would rewrite them).")
                                   .arg(table.name));
        }
        if (old.autoIncrementStart != now.autoIncrementStart && !now.autoIncrementStart.isEmpty())
            options << QStringLiteral("AUTO_INCREMENT=") + now.autoIncrementStart;
        if (old.otherOptions.simplified() != now.otherOptions.simplified()
            && !now.otherOptions.trimmed().isEmpty())
            options << now.otherOptions.trimmed();
        if (!options.isEmpty())
            script->add(
                QStringLiteral("ALTER TABLE %1 %2").arg(tableName, options.join(QLatin1Char(' '))),
                {i});
    }
}

void ServerMigrationWriter::writeColumnOrder(MigrationScript *script)
{
    if (!isMySql())
        return;
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::MoveColumn)
            continue;
        const Table &table = *m_new.table(c.newTable);
        const Table &oldTable = *m_old.table(c.oldTable);
        // The order the table has by now: the kept columns in their old order, the added ones
        // placed after their predecessor (as ADD COLUMN … AFTER put them).
        QVector<Id> current;
        for (const Column &column : oldTable.columns) {
            const Id newId = m_diff.match().toNew(column.id);
            if (newId && table.column(newId))
                current << newId;
        }
        for (int at = 0; at < table.columns.size(); ++at) {
            const Id id = table.columns.at(at).id;
            if (current.contains(id))
                continue;
            current.insert(at == 0 ? 0 : current.indexOf(table.columns.at(at - 1).id) + 1, id);
        }
        // Each column out of place moves behind its new predecessor, front to back.
        for (int at = 0; at < table.columns.size() && at < current.size(); ++at) {
            const Column &column = table.columns.at(at);
            if (current.at(at) == column.id)
                continue;
            current.removeAll(column.id);
            current.insert(at, column.id);
            script->add(
                QStringLiteral("ALTER TABLE %1 MODIFY COLUMN %2 %3")
                    .arg(newTableName(table.id), m_generator->columnSql(m_new, table, column),
                         at == 0 ? QStringLiteral("FIRST")
                                 : QStringLiteral("AFTER ") + name(table.columns.at(at - 1).name)),
                {i});
        }
    }
}
