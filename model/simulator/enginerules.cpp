#include "enginerules.h"

#include "../ddl/cascadegraph.h"
#include "../schema.h"
#include "scratchdatabase.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// MySQL's limit on nested cascades (InnoDB: "Foreign key cascade delete/update exceeds max
// depth of 15").
constexpr int MySqlCascadeDepth = 15;

QString keyLabel(const Schema &schema, const ForeignKey &key)
{
    return SimulationResult::keyLabel(schema, key.id);
}

// Whether an expression names the column: as a word of its own, quoted or not.
bool mentionsColumn(const QString &expression, const QString &column)
{
    const QRegularExpression word(
        QStringLiteral("(?<![\\w$])%1(?![\\w$])").arg(QRegularExpression::escape(column)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(expression).hasMatch();
}

} // namespace

EngineRules::EngineRules(const Schema &schema)
{
    if (!Dialects::fromId(schema.targetDialect, &m_dialect))
        m_dialect = Dialect::SQLite;
}

bool EngineRules::deferral() const
{
    return !isMySqlFamily() && m_dialect != Dialect::SqlServer;
}

Schema EngineRules::simulated(const Schema &schema) const
{
    if (m_dialect == Dialect::SQLite || m_dialect == Dialect::PostgreSQL)
        return schema;
    Schema copy = schema;
    for (Id keyId : schema.foreignKeyIds()) {
        ForeignKey key = *schema.foreignKey(keyId);
        for (ReferentialAction *action : {&key.onDelete, &key.onUpdate}) {
            if (isMySqlFamily() && *action == ReferentialAction::NoAction)
                *action = ReferentialAction::Restrict;
            if (m_dialect == Dialect::MariaDB && *action == ReferentialAction::SetDefault)
                *action = ReferentialAction::Restrict;
            if (m_dialect == Dialect::SqlServer && *action == ReferentialAction::Restrict)
                *action = ReferentialAction::NoAction;
        }
        key.deferrability = Deferrability::NotDeferrable;
        copy.replaceForeignKey(key);
    }
    return copy;
}

QStringList EngineRules::notes(const Schema &schema) const
{
    switch (m_dialect) {
    case Dialect::SQLite:
        return {};
    case Dialect::MySQL:
    case Dialect::MariaDB:
        return {tr("NO ACTION is checked row by row, like RESTRICT"),
                tr("no key check can be deferred"),
                m_dialect == Dialect::MySQL ? tr("SET DEFAULT is rejected")
                                            : tr("SET DEFAULT is stored as RESTRICT"),
                tr("cascades stop after %1 levels").arg(MySqlCascadeDepth),
                tr("an ON UPDATE CASCADE or SET NULL that comes back to a table it already "
                   "updated acts like RESTRICT")};
    case Dialect::SqlServer:
        return {tr("RESTRICT is NO ACTION, checked at the end of the statement"),
                tr("no key check can be deferred"),
                tr("a schema with cascade cycles or multiple cascade paths is rejected (1785)")};
    case Dialect::PostgreSQL:
        for (Id keyId : schema.foreignKeyIds()) {
            if (schema.foreignKey(keyId)->match == MatchType::Full)
                return {tr("MATCH FULL keys are all NULL or all set")};
        }
        return {};
    }
    return {};
}

bool EngineRules::refuseBefore(const Schema &schema, SimulationResult *result) const
{
    SimulationError &error = result->error;
    if (m_dialect == Dialect::MySQL) {
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey *key = schema.foreignKey(keyId);
            if (key->onDelete != ReferentialAction::SetDefault
                && key->onUpdate != ReferentialAction::SetDefault)
                continue;
            error.kind = SimulationError::Kind::ForeignKey;
            error.foreignKey = keyId;
            error.keyAction = ReferentialAction::SetDefault;
            error.childTable = key->childTable;
            error.parentTable = key->parentTable;
            error.message = QStringLiteral("SET DEFAULT");
            error.explanation = tr("MySQL rejects the table: key %1 uses SET DEFAULT, which "
                                   "InnoDB does not support; the schema cannot be created.")
                                    .arg(keyLabel(schema, *key));
            return true;
        }
    }
    if (isMySqlFamily()) {
        // InnoDB refuses the table ("Foreign key constraint is incorrectly formed", errno 150
        // on MariaDB, 1830 on MySQL) where PostgreSQL and SQLite refuse only the row.
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey *key = schema.foreignKey(keyId);
            const Table *child = schema.table(key->childTable);
            if (!child
                || (key->onDelete != ReferentialAction::SetNull
                    && key->onUpdate != ReferentialAction::SetNull))
                continue;
            const Column *notNull = nullptr;
            for (Id columnId : key->childColumns) {
                const Column *column = child->column(columnId);
                if (column && !column->nullable && !notNull)
                    notNull = column;
            }
            if (!notNull)
                continue;
            error.kind = SimulationError::Kind::ForeignKey;
            error.foreignKey = keyId;
            error.keyAction = ReferentialAction::SetNull;
            error.childTable = key->childTable;
            error.parentTable = key->parentTable;
            error.column = notNull->id;
            error.message = QStringLiteral("Foreign key constraint is incorrectly formed");
            error.explanation = tr("%1 rejects the table: key %2 sets column \"%3\" NULL, which "
                                   "is NOT NULL; the schema cannot be created.")
                                    .arg(engineName(), keyLabel(schema, *key), notNull->name);
            return true;
        }
    }
    if (m_dialect == Dialect::MariaDB) {
        // MariaDB 10.11 refuses an ON UPDATE CASCADE from a nullable column into a NOT NULL one
        // (errno 150 again) when the key's ON DELETE is RESTRICT, written or not (the export
        // leaves SET DEFAULT out, which makes it RESTRICT); with NO ACTION or CASCADE it takes
        // it. What the server does, not what its documentation says.
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey *key = schema.foreignKey(keyId);
            const Table *child = schema.table(key->childTable);
            const Table *parent = schema.table(key->parentTable);
            if (!child || !parent || key->onUpdate != ReferentialAction::Cascade
                || (key->onDelete != ReferentialAction::Restrict
                    && key->onDelete != ReferentialAction::SetDefault))
                continue;
            for (int i = 0; i < key->childColumns.size() && i < key->parentColumns.size(); ++i) {
                const Column *column = child->column(key->childColumns.at(i));
                const Column *referenced = parent->column(key->parentColumns.at(i));
                if (!column || !referenced || column->nullable || !referenced->nullable)
                    continue;
                error.kind = SimulationError::Kind::ForeignKey;
                error.foreignKey = keyId;
                error.keyAction = ReferentialAction::Cascade;
                error.childTable = key->childTable;
                error.parentTable = key->parentTable;
                error.column = column->id;
                error.message = QStringLiteral("Foreign key constraint is incorrectly formed");
                error.explanation
                    = tr("%1 rejects the table: key %2 cascades updates from the nullable column "
                         "\"%3\" into the NOT NULL column \"%4\"; the schema cannot be "
                         "created.")
                          .arg(engineName(), keyLabel(schema, *key), referenced->name,
                               column->name);
                return true;
            }
        }
    }
    if (isMySqlFamily()) {
        // A CHECK may not read a column that a key's action writes (MariaDB error 1901, MySQL
        // 3823). SET DEFAULT does not count: MySQL refuses it anyway, and the MariaDB export
        // leaves it out (the key is RESTRICT there).
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey *key = schema.foreignKey(keyId);
            const Table *child = schema.table(key->childTable);
            const auto writes = [](ReferentialAction a) {
                return a == ReferentialAction::SetNull;
            };
            if (!child
                || !(writes(key->onDelete) || writes(key->onUpdate)
                     || key->onUpdate == ReferentialAction::Cascade))
                continue;
            for (const CheckConstraint &check : child->checks) {
                for (Id columnId : key->childColumns) {
                    const Column *column = child->column(columnId);
                    if (!column || !mentionsColumn(check.expression, column->name))
                        continue;
                    error.kind = SimulationError::Kind::ForeignKey;
                    error.foreignKey = keyId;
                    error.keyAction
                        = key->onUpdate == ReferentialAction::Cascade || writes(key->onUpdate)
                        ? key->onUpdate
                        : key->onDelete;
                    error.childTable = key->childTable;
                    error.parentTable = key->parentTable;
                    error.column = column->id;
                    error.message = QStringLiteral("Function or expression '%1' cannot be used "
                                                   "in the CHECK clause")
                                        .arg(column->name);
                    error.explanation
                        = tr("%1 rejects the table: a CHECK constraint of \"%2\" reads column "
                             "\"%3\", which key %4 changes by its action; the schema cannot be "
                             "created.")
                              .arg(engineName(), child->name, column->name, keyLabel(schema, *key));
                    return true;
                }
            }
        }
    }
    if (m_dialect == Dialect::SqlServer) {
        const QVector<Problem> problems
            = CascadeGraph::sqlServerCascadePaths(schema, schema.foreignKeyIds());
        if (!problems.isEmpty()) {
            error.kind = SimulationError::Kind::ForeignKey;
            error.foreignKey = problems.first().objectId;
            error.message = QStringLiteral("1785");
            error.explanation
                = tr("SQL Server rejects the schema (error 1785), so the statement cannot run: "
                     "%1")
                      .arg(problems.first().message);
            return true;
        }
    }
    return false;
}

bool EngineRules::refuseSelfReferencingRow(const Schema &schema, SimulationResult *result) const
{
    // InnoDB checks a deleted row against the rows that reference it before the row is gone:
    // one that references itself through a RESTRICT key (NO ACTION and MariaDB's SET DEFAULT
    // are RESTRICT here) stops the statement, where SQLite and PostgreSQL find no child left.
    // The rows are the samples of the deleted nodes (the first SimulationResult::MaxSamples).
    for (const EffectNode &node : std::as_const(result->nodes)) {
        const Table *table = schema.table(node.table);
        if (node.action != EffectAction::Deleted || !table)
            continue;
        for (Id keyId : schema.foreignKeysOfTable(node.table)) {
            const ForeignKey *key = schema.foreignKey(keyId);
            if (key->childTable != node.table || key->parentTable != node.table
                || key->onDelete != ReferentialAction::Restrict)
                continue;
            auto indexOf = [&](Id columnId) {
                for (int i = 0; i < table->columns.size(); ++i) {
                    if (table->columns.at(i).id == columnId)
                        return i;
                }
                return -1;
            };
            for (const RowChange &row : node.samples) {
                bool itself = !key->childColumns.isEmpty();
                for (int c = 0; c < key->childColumns.size() && itself; ++c) {
                    const QVariant child = row.before.value(indexOf(key->childColumns.at(c)));
                    const QVariant parent = row.before.value(indexOf(key->parentColumns.at(c)));
                    itself = !child.isNull() && !parent.isNull()
                        && child.toString() == parent.toString();
                }
                if (!itself)
                    continue;
                SimulationError &error = result->error;
                error.kind = SimulationError::Kind::ForeignKey;
                error.foreignKey = keyId;
                error.keyAction = ReferentialAction::Restrict;
                error.childTable = key->childTable;
                error.parentTable = key->parentTable;
                error.childRows = {row.before};
                error.childRowCount = 1;
                error.message = QStringLiteral("Cannot delete or update a parent row: a foreign "
                                               "key constraint fails");
                error.explanation = tr("a deleted row of \"%1\" references itself through key "
                                       "%2, which %3 checks like RESTRICT before the row is gone; "
                                       "it refuses the statement.")
                                        .arg(table->name, keyLabel(schema, *key), engineName());
                return true;
            }
        }
    }
    return false;
}

QStringList EngineRules::orderDependence(const Schema &schema, const SimulationResult &result) const
{
    QStringList lines;
    if ((!isMySqlFamily() && m_dialect != Dialect::PostgreSQL) || !result.ok)
        return lines;
    // The rows each table lost or changed (the samples: the first SimulationResult::MaxSamples
    // of each node).
    QHash<Id, QVector<RowChange>> deleted, changed;
    for (const EffectNode &node : std::as_const(result.nodes))
        (node.action == EffectAction::Deleted ? deleted : changed)[node.table] += node.samples;
    auto tupleOf = [](const Table &table, const QVector<QVariant> &row, const QVector<Id> &columns,
                      QString *tuple) {
        QStringList parts;
        for (Id columnId : columns) {
            int index = -1;
            for (int i = 0; i < table.columns.size() && index < 0; ++i)
                index = table.columns.at(i).id == columnId ? i : -1;
            const QVariant value = row.value(index);
            if (index < 0 || value.isNull())
                return false; // NULL never collides, nor references
            parts << value.toString();
        }
        *tuple = parts.join(QChar(0x1f));
        return !parts.isEmpty();
    };
    // An UPDATE: one row's new key is another changed row's old one. Whether the engine meets
    // the old row first (a duplicate) depends on its order.
    for (auto it = changed.cbegin(); it != changed.cend() && isMySqlFamily(); ++it) {
        const Table *table = schema.table(it.key());
        if (!table || it->size() < 2)
            continue;
        QVector<QVector<Id>> keys{table->primaryKey};
        for (const UniqueConstraint &unique : table->uniqueConstraints)
            keys << unique.columns;
        bool found = false;
        for (const QVector<Id> &key : std::as_const(keys)) {
            QSet<QString> before;
            for (const RowChange &row : *it) {
                QString tuple;
                if (tupleOf(*table, row.before, key, &tuple))
                    before.insert(tuple);
            }
            for (const RowChange &row : *it) {
                QString oldTuple, newTuple;
                found = found
                    || (tupleOf(*table, row.after, key, &newTuple) && before.contains(newTuple)
                        && !(tupleOf(*table, row.before, key, &oldTuple) && oldTuple == newTuple));
            }
        }
        if (found)
            lines << tr("the order in which %1 updates the rows of \"%2\": a row takes a key "
                        "value another updated row gives up; %1 checks UNIQUE row by row in its "
                        "own order and may refuse the duplicate that SQLite's order avoids")
                         .arg(engineName(), table->name);
    }
    // A row that a RESTRICT key ties to a deleted (or re-keyed) parent row is itself deleted or
    // changed by another action of the same statement. SQLite's order of the actions let it go
    // first; the engine may check the RESTRICT before (PostgreSQL: its key triggers run in the
    // order the keys were made; MySQL and MariaDB: row by row, NO ACTION included).
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const Table *parent = schema.table(key->parentTable);
        const Table *child = schema.table(key->childTable);
        if (!parent || !child)
            continue;
        QSet<QString> gone; // the parent key values deleted or changed, under RESTRICT
        auto collect = [&](const QVector<RowChange> &rows, bool update) {
            for (const RowChange &row : rows) {
                QString before, after;
                if (!tupleOf(*parent, row.before, key->parentColumns, &before))
                    continue;
                if (update
                    && (tupleOf(*parent, row.after, key->parentColumns, &after) && after == before))
                    continue;
                gone.insert(before);
            }
        };
        if (key->onDelete == ReferentialAction::Restrict)
            collect(deleted.value(key->parentTable), false);
        if (key->onUpdate == ReferentialAction::Restrict)
            collect(changed.value(key->parentTable), true);
        if (gone.isEmpty())
            continue;
        bool found = false;
        for (const QVector<RowChange> &rows :
             {deleted.value(key->childTable), changed.value(key->childTable)}) {
            for (const RowChange &row : rows) {
                QString tuple, own;
                // A row referencing itself is the engine's own rule (refuseAfter).
                found = found
                    || (tupleOf(*child, row.before, key->childColumns, &tuple)
                        && gone.contains(tuple)
                        && !(key->childTable == key->parentTable
                             && tupleOf(*parent, row.before, key->parentColumns, &own)
                             && own == tuple));
            }
        }
        if (!found)
            continue;
        lines << tr("the order of the key actions on %1: a row of \"%2\" that key %3 (RESTRICT) "
                    "holds to its parent row is removed or changed by another action of the same "
                    "statement, which %1 may run after the RESTRICT check")
                     .arg(engineName(), child->name, keyLabel(schema, *key));
        break;
    }
    return lines;
}

QHash<Id, qlonglong> EngineRules::matchFullViolations(const Schema &schema,
                                                      ScratchDatabase *db) const
{
    QHash<Id, qlonglong> counts;
    if (m_dialect != Dialect::PostgreSQL)
        return counts;
    for (Id keyId : schema.foreignKeyIds())
        counts.insert(keyId, matchFullViolations(schema, keyId, db));
    return counts;
}

qlonglong EngineRules::matchFullViolations(const Schema &schema, Id keyId, ScratchDatabase *db)
{
    const ForeignKey *key = schema.foreignKey(keyId);
    const Table *child = schema.table(key->childTable);
    if (key->match != MatchType::Full || key->childColumns.size() < 2 || !child)
        return 0;
    QStringList someNull, allNull;
    for (Id c : key->childColumns) {
        const QString name = ScratchDatabase::quote(child->column(c)->name);
        someNull << name + QStringLiteral(" IS NULL");
        allNull << name + QStringLiteral(" IS NULL");
    }
    return db
        ->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE (%2) AND NOT (%3)")
                     .arg(ScratchDatabase::quote(child->name), someNull.join(QLatin1String(" OR ")),
                          allNull.join(QLatin1String(" AND "))))
        .toLongLong();
}

bool EngineRules::refuseAfter(const Schema &schema, ScratchDatabase *db,
                              const QHash<Id, qlonglong> &before, SimulationResult *result) const
{
    SimulationError &error = result->error;
    if (isMySqlFamily() && refuseSelfReferencingRow(schema, result))
        return true;
    if (isMySqlFamily()) {
        for (const EffectNode &node : std::as_const(result->nodes)) {
            if (node.depth > MySqlCascadeDepth) {
                error.kind = SimulationError::Kind::ForeignKey;
                error.foreignKey = node.viaKey;
                error.childTable = node.table;
                error.message = QStringLiteral("Foreign key cascade delete/update exceeds max "
                                               "depth of %1.")
                                    .arg(MySqlCascadeDepth);
                error.explanation
                    = tr("the key actions go %1 levels deep; %2 stops cascades after %3 levels "
                         "and refuses the statement.")
                          .arg(node.depth)
                          .arg(engineName())
                          .arg(MySqlCascadeDepth);
                return true;
            }
            // An update cascade that comes back to a table it updated on the way.
            const ForeignKey *key = schema.foreignKey(node.viaKey);
            if (!key || node.parent < 0 || node.action == EffectAction::Deleted
                || result->nodes.at(node.parent).action == EffectAction::Deleted)
                continue;
            for (int up = node.parent; up >= 0; up = result->nodes.at(up).parent) {
                if (result->nodes.at(up).table != node.table)
                    continue;
                error.kind = SimulationError::Kind::ForeignKey;
                error.foreignKey = node.viaKey;
                error.keyAction = key->onUpdate;
                error.childTable = node.table;
                error.parentTable = key->parentTable;
                error.message = QStringLiteral("Cannot delete or update a parent row: a foreign "
                                               "key constraint fails");
                error.explanation
                    = tr("key %1 (ON UPDATE %2) comes back to \"%3\", which the "
                         "same cascade already updated; %4 then acts like "
                         "RESTRICT and refuses the statement.")
                          .arg(keyLabel(schema, *key), ActionNames::sqlKeyword(key->onUpdate),
                               schema.table(node.table)->name, engineName());
                return true;
            }
        }
    }
    if (m_dialect == Dialect::PostgreSQL) {
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey *key = schema.foreignKey(keyId);
            const qlonglong count = matchFullViolations(schema, keyId, db);
            if (count <= before.value(keyId))
                continue;
            error.kind = SimulationError::Kind::ForeignKey;
            error.foreignKey = keyId;
            error.childTable = key->childTable;
            error.parentTable = key->parentTable;
            error.childRowCount = int(count - before.value(keyId));
            error.message = QStringLiteral("MATCH FULL does not allow mixing of null and nonnull "
                                           "key values.");
            error.explanation
                = tr("key %1 is MATCH FULL: %n more row(s) of \"%2\" would have "
                     "some but not all of its columns NULL, which PostgreSQL "
                     "refuses.",
                     nullptr, error.childRowCount)
                      .arg(keyLabel(schema, *key), schema.table(key->childTable)->name);
            return true;
        }
    }
    return false;
}
