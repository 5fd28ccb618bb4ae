#include "simulator.h"

#include "../schema.h"
#include "changelog.h"
#include "enginerules.h"
#include "scratchdatabase.h"
#include "statementguard.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

constexpr int MaxChildRows = 10;

int progressHandler(void *flag)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(flag);
    return cancel && cancel->load() ? 1 : 0;
}

} // namespace

Simulator::Simulator(ScratchDatabase *db, const Schema &schema)
    : m_db(db)
    , m_declared(schema)
    , m_simulated(EngineRules(schema).simulated(schema))
    , m_schema(m_simulated)
{
}

Simulator::~Simulator() = default;

Schema Simulator::withRestrictAndNoActionExchanged(const Schema &schema)
{
    const auto exchanged = [](ReferentialAction action) {
        return action == ReferentialAction::Restrict ? ReferentialAction::NoAction
            : action == ReferentialAction::NoAction  ? ReferentialAction::Restrict
                                                     : action;
    };
    Schema copy = schema;
    for (Id keyId : schema.foreignKeyIds()) {
        ForeignKey key = *schema.foreignKey(keyId);
        key.onDelete = exchanged(key.onDelete);
        key.onUpdate = exchanged(key.onUpdate);
        copy.replaceForeignKey(key);
    }
    return copy;
}

bool Simulator::rollback()
{
    return m_db->exec(QStringLiteral("ROLLBACK"));
}

// BEGIN, change log, the guarded statement. On Done the transaction is still open.
Simulator::Outcome Simulator::execute(const QString &statement, bool defer, StatementGuard *guard,
                                      int *code, QString *message, bool everyRow)
{
    *code = SQLITE_OK;
    if (!m_db->exec(QStringLiteral("BEGIN"))) {
        *message = m_db->error();
        return Outcome::Failed;
    }
    if (defer && !m_db->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
        *message = m_db->error();
        rollback();
        return Outcome::Failed;
    }
    // The log watches the statement through the pre-update hook: the engine runs it as it
    // would without Joinery (no trigger, no changed pragma). The hook is set before the
    // statement is prepared: SQLite then plans a DELETE of every row as one row at a time,
    // with the same outcome as emptying the table at once, which the hook could not see.
    m_log = std::make_unique<ChangeLog>(m_db, m_schema);
    m_log->install(everyRow);
    if (!guard->prepare(statement)) {
        m_log->remove();
        *message = guard->error();
        rollback();
        return Outcome::BadInput;
    }
    sqlite3 *db = m_db->handle();
    sqlite3_progress_handler(db, 100, progressHandler, const_cast<std::atomic_bool *>(m_cancel));
    int rc = SQLITE_INTERRUPT;
    if (!m_cancel || !m_cancel->load()) {
        while ((rc = sqlite3_step(guard->statement())) == SQLITE_ROW) { }
    }
    m_log->remove();
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (rc != SQLITE_DONE) {
        *code = rc == SQLITE_INTERRUPT ? rc : sqlite3_extended_errcode(db);
        *message
            = rc == SQLITE_INTERRUPT ? tr("interrupted") : QString::fromUtf8(sqlite3_errmsg(db));
    }
    if (rc != SQLITE_DONE) {
        sqlite3_reset(guard->statement());
        rollback();
        return Outcome::Failed;
    }
    sqlite3_reset(guard->statement());
    return Outcome::Done;
}

SimulationResult Simulator::run(const SimulationRequest &request)
{
    SimulationResult result;
    result.statement = request.statement;
    const EngineRules rules(m_schema);
    result.engine = rules.engineName();
    result.engineRules = rules.notes(m_schema);
    // MySQL, MariaDB and SQL Server check every key at once, whatever was asked.
    SimulationRequest effective = request;
    effective.deferForeignKeys = request.deferForeignKeys && rules.deferral();
    result.deferred = effective.deferForeignKeys;
    // The schema as declared: what the engine refuses to create depends on the written actions.
    if (rules.refuseBefore(m_declared, &result))
        return result;
    const QHash<Id, qlonglong> matchFullBefore = rules.matchFullViolations(m_schema, m_db);
    StatementGuard guard(m_db->handle());
    int code = 0;
    QString message;
    const Outcome outcome
        = execute(request.statement, effective.deferForeignKeys, &guard, &code, &message);
    if (const Table *table = m_schema.tableByName(guard.tableName()))
        result.table = table->id;
    if (outcome == Outcome::BadInput) {
        result.badInput = true;
        result.error.kind = SimulationError::Kind::Other;
        result.error.message = message;
        result.error.explanation = message;
        return result;
    }
    if (outcome == Outcome::Failed) {
        explainFailure(code, message, effective, &result);
        return result;
    }
    // With deferred checks the statement succeeds whatever it orphans; the COMMIT decides.
    // It fails when SQLite's count of deferred violations is not zero, which is not always
    // what foreign_key_check finds at the end (a violation the count kept, a key whose
    // values only compare equal after affinity): the count decides, the check explains.
    int pending = 0, highwater = 0;
    if (sqlite3_db_status(m_db->handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &pending, &highwater, 0)
            == SQLITE_OK
        && pending > 0) {
        if (!explainViolations(effective, true, &result)) {
            result.error.kind = SimulationError::Kind::ForeignKey;
            result.error.message = QStringLiteral("FOREIGN KEY constraint failed");
            result.error.explanation
                = tr("A deferred foreign key still counts a violation: the COMMIT would fail.");
        }
        rollback();
        return result;
    }
    auto logUnreadable = [&] {
        result.error.kind = SimulationError::Kind::Other;
        result.error.message = result.error.explanation = m_log->error();
        rollback();
        return result;
    };
    if (!m_log->read(&result))
        return logUnreadable();
    // A sample fell on a deleted row the log kept only the keys of (many nodes of one table
    // side by side): the statement once more, every row read whole. The engine does the same
    // again on the same data.
    if (!m_log->samplesComplete()) {
        rollback();
        StatementGuard again(m_db->handle());
        if (execute(request.statement, effective.deferForeignKeys, &again, &code, &message, true)
            != Outcome::Done) {
            explainFailure(code, message, effective, &result); // cancelled, most likely
            return result;
        }
        if (!m_log->read(&result))
            return logUnreadable();
    }
    if (rules.refuseAfter(m_schema, m_db, matchFullBefore, &result)) {
        result.nodes.clear();
        result.changedRows = 0;
        rollback();
        return result;
    }
    result.ok = true;
    result.notSimulated += rules.orderDependence(m_schema, result);
    if (request.apply) {
        if (m_db->exec(QStringLiteral("COMMIT"))) {
            result.applied = true;
        } else {
            result.ok = false;
            result.error.kind = SimulationError::Kind::Other;
            result.error.message = m_db->error();
            result.error.explanation = tr("The change could not be applied: %1").arg(m_db->error());
            rollback();
        }
        return result;
    }
    if (!rollback()) {
        result.ok = false;
        result.error.kind = SimulationError::Kind::Other;
        result.error.message = result.error.explanation = m_db->error();
    }
    return result;
}

Id Simulator::keyOfViolation(const QString &childTable, int keyIndex)
{
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?) "
                                 "WHERE id = ? ORDER BY seq"));
    query.addBindValue(childTable);
    query.addBindValue(keyIndex);
    if (!query.exec())
        return 0;
    QString parent;
    QStringList from;
    while (query.next()) {
        parent = query.value(0).toString();
        from.append(query.value(1).toString());
    }
    const Table *child = m_schema.tableByName(childTable);
    if (!child)
        return 0;
    for (Id keyId : m_schema.foreignKeysOfTable(child->id)) {
        const ForeignKey *key = m_schema.foreignKey(keyId);
        const Table *parentTable = m_schema.table(key->parentTable);
        if (key->childTable != child->id || !parentTable
            || parentTable->name.compare(parent, Qt::CaseInsensitive) != 0
            || key->childColumns.size() != from.size())
            continue;
        bool same = true;
        for (int i = 0; i < from.size() && same; ++i) {
            const Column *column = child->column(key->childColumns.at(i));
            same = column && column->name.compare(from.at(i), Qt::CaseInsensitive) == 0;
        }
        if (same)
            return keyId;
    }
    return 0;
}

// Reads PRAGMA foreign_key_check inside the open transaction. True when there are violations;
// the result then says which key and which child rows.
bool Simulator::explainViolations(const SimulationRequest &request, bool atCommit,
                                  SimulationResult *result, bool restrictOnly)
{
    QVector<ScratchDatabase::Violation> violations;
    if (!m_db->foreignKeyViolations(&violations) || violations.isEmpty())
        return false;
    // SQLite stops at the first RESTRICT it meets, before any NO ACTION is looked at: a key
    // whose RESTRICT acted (its parent table had rows deleted or changed) is the one to blame.
    SimulationResult attempted;
    m_log->read(&attempted);
    QSet<Id> deletedTables, updatedTables;
    for (const EffectNode &node : std::as_const(attempted.nodes))
        (node.action == EffectAction::Deleted ? deletedTables : updatedTables).insert(node.table);
    int chosen = -1;
    for (int i = 0; i < violations.size() && chosen < 0; ++i) {
        const ForeignKey *k = m_schema.foreignKey(
            keyOfViolation(violations.at(i).table, violations.at(i).keyIndex));
        if (k
            && ((k->onDelete == ReferentialAction::Restrict
                 && deletedTables.contains(k->parentTable))
                || (k->onUpdate == ReferentialAction::Restrict
                    && updatedTables.contains(k->parentTable))))
            chosen = i;
    }
    if (chosen < 0 && restrictOnly)
        return false;
    const ScratchDatabase::Violation first = violations.at(qMax(chosen, 0));
    SimulationError &error = result->error;
    error.kind = SimulationError::Kind::ForeignKey;
    if (error.message.isEmpty())
        error.message = QStringLiteral("FOREIGN KEY constraint failed");
    error.foreignKey = keyOfViolation(first.table, first.keyIndex);
    const Table *child = m_schema.tableByName(first.table);
    error.childTable = child ? child->id : 0;
    const ForeignKey *key = m_schema.foreignKey(error.foreignKey);
    error.parentTable = key ? key->parentTable : 0;
    QVector<qlonglong> rowIds;
    for (const ScratchDatabase::Violation &v : violations) {
        if (v.table == first.table && v.keyIndex == first.keyIndex)
            rowIds.append(v.rowId);
    }
    error.childRowCount = rowIds.size();
    if (child) {
        QStringList names;
        for (const Column &c : child->columns)
            names.append(ScratchDatabase::quote(c.name));
        QSqlQuery query(m_db->database());
        query.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                .arg(names.join(QLatin1String(", ")), ScratchDatabase::quote(child->name)));
        for (int i = 0; i < rowIds.size() && i < MaxChildRows; ++i) {
            query.bindValue(0, rowIds.at(i));
            if (query.exec() && query.next()) {
                QVector<QVariant> row(names.size());
                for (int c = 0; c < names.size(); ++c)
                    row[c] = query.value(c);
                error.childRows.append(row);
            }
        }
    }
    // Whether the parent rows were deleted or had their key changed decides which action
    // of the key was in play.
    bool parentDeleted = false;
    bool childChangedByKey = false;
    for (const EffectNode &node : attempted.nodes) {
        if (key && node.table == key->parentTable && node.action == EffectAction::Deleted)
            parentDeleted = true;
        if (node.viaKey == error.foreignKey && node.action == EffectAction::SetDefault)
            childChangedByKey = true;
    }
    const QString keyName
        = key ? SimulationResult::keyLabel(m_schema, key->id) : tr("(unknown key)");
    const QString childName = child ? child->name : first.table;
    const QString parentName = first.parent;
    if (key) {
        error.keyAction = parentDeleted ? key->onDelete : key->onUpdate;
        if (key->onDelete == ReferentialAction::SetDefault && !parentDeleted)
            error.keyAction = key->onUpdate;
    }
    const QString rows = tr("%n row(s) of \"%1\"", nullptr, error.childRowCount).arg(childName);
    if (childChangedByKey || error.keyAction == ReferentialAction::SetDefault) {
        error.explanation
            = tr("key %1 (ON %2 SET DEFAULT) set %3 to the column default, but no "
                 "row of \"%4\" has that key.")
                  .arg(keyName, parentDeleted ? tr("DELETE") : tr("UPDATE"), rows, parentName);
    } else {
        const QString when = atCommit ? tr("the check is deferred to COMMIT")
            : error.keyAction == ReferentialAction::Restrict
            ? tr("RESTRICT checks at once, row by row")
            : tr("NO ACTION checks at the end of the statement");
        error.explanation
            = tr("key %1 (ON %2 %3) blocks it: %4 still reference the %5 row(s) "
                 "of \"%6\" (%7).")
                  .arg(keyName, parentDeleted ? tr("DELETE") : tr("UPDATE"),
                       ActionNames::sqlKeyword(error.keyAction), rows,
                       parentDeleted ? tr("deleted") : tr("changed"), parentName, when);
        if (atCommit)
            error.explanation += QLatin1Char(' ') + tr("The COMMIT would fail.");
    }
    Q_UNUSED(request)
    return true;
}

bool Simulator::explainLateReference(SimulationResult *result)
{
    ChangeLog::LateReference late;
    if (!m_log->findLateReference(&late))
        return false;
    const ForeignKey *key = m_schema.foreignKey(late.key);
    SimulationError &error = result->error;
    error.kind = SimulationError::Kind::ForeignKey;
    error.foreignKey = late.key;
    error.keyAction = ReferentialAction::Restrict;
    error.childTable = late.childTable;
    error.parentTable = key->parentTable;
    error.childRows = {late.childRow};
    error.childRowCount = 1;
    const QString operation = late.parentDeleted ? tr("DELETE") : tr("UPDATE");
    error.explanation = tr("key %1 (ON %2 RESTRICT) blocks it: RESTRICT checks at once, row by "
                           "row, and a row of \"%3\" still referenced the %4 row of \"%5\" at "
                           "that moment, although the statement would remove it later. NO ACTION "
                           "would check at the end of the statement and let it pass.")
                            .arg(SimulationResult::keyLabel(m_schema, late.key), operation,
                                 m_schema.table(late.childTable)->name,
                                 late.parentDeleted ? tr("deleted") : tr("changed"),
                                 m_schema.table(key->parentTable)->name);
    return true;
}

void Simulator::explainFailure(int code, const QString &message, const SimulationRequest &request,
                               SimulationResult *result)
{
    SimulationError &error = result->error;
    error.message = message;
    if (code == SQLITE_INTERRUPT) {
        error.kind = SimulationError::Kind::Cancelled;
        error.explanation = tr("Cancelled; nothing was changed.");
        return;
    }
    // RESTRICT is raised from SQLite's action trigger: SQLITE_CONSTRAINT_TRIGGER, same words.
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY
        || message.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
        // Ask the engine: the same statement with the checks deferred runs to its end, and
        // foreign_key_check lists what the immediate check found.
        StatementGuard again(m_db->handle());
        int secondCode = 0;
        QString secondMessage;
        // Every row whole: the late reference shows the child row it finds.
        if (execute(request.statement, true, &again, &secondCode, &secondMessage, true)
            == Outcome::Done) {
            // Never the checks of the deferred re-run itself, which skips RESTRICT: first a
            // RESTRICT that met a child row still there at the end, then one that met a row
            // the statement removed later, and only then NO ACTION.
            bool found = explainViolations(request, false, result, true);
            if (!found)
                found = explainLateReference(result);
            if (!found)
                found = explainViolations(request, false, result);
            rollback();
            if (found)
                return;
        } else if (secondCode != SQLITE_CONSTRAINT_FOREIGNKEY && secondCode != SQLITE_OK) {
            explainFailure(secondCode, secondMessage, request, result);
            error.message = message;
            return;
        }
        error.kind = SimulationError::Kind::ForeignKey;
        error.explanation = tr("A foreign key blocks the statement.");
        return;
    }
    static const QRegularExpression target(QStringLiteral(": ([^.\\s]+)\\.([^\\s,]+)"));
    const QRegularExpressionMatch match = target.match(message);
    const Table *table = match.hasMatch() ? m_schema.tableByName(match.captured(1)) : nullptr;
    const Column *column = table ? table->columnByName(match.captured(2)) : nullptr;
    if (table)
        error.childTable = table->id;
    if (column)
        error.column = column->id;
    const QString where = table && column ? table->name + QLatin1Char('.') + column->name : message;
    switch (code) {
    case SQLITE_CONSTRAINT_NOTNULL: {
        error.kind = SimulationError::Kind::NotNull;
        // Which key's SET NULL (or SET DEFAULT of a NULL default) aimed at that column.
        if (column) {
            for (Id keyId : m_schema.foreignKeysUsingColumn(column->id)) {
                const ForeignKey *key = m_schema.foreignKey(keyId);
                if (key->childTable != table->id || !key->childColumns.contains(column->id))
                    continue;
                const bool del = key->onDelete == ReferentialAction::SetNull
                    || key->onDelete == ReferentialAction::SetDefault;
                const bool upd = key->onUpdate == ReferentialAction::SetNull
                    || key->onUpdate == ReferentialAction::SetDefault;
                if (!del && !upd)
                    continue;
                error.foreignKey = keyId;
                error.parentTable = key->parentTable;
                error.keyAction = del ? key->onDelete : key->onUpdate;
                error.explanation = tr("key %1 (%2) would set %3 to NULL, but the column is "
                                       "NOT NULL.")
                                        .arg(SimulationResult::keyLabel(m_schema, keyId),
                                             ActionNames::sqlKeyword(error.keyAction), where);
                return;
            }
        }
        error.explanation = tr("%1 is NOT NULL and the statement would set it to NULL.").arg(where);
        return;
    }
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        error.kind = SimulationError::Kind::Unique;
        // "UNIQUE constraint failed: t.a, t.b": every column of the key, not just the first.
        error.explanation = tr("two rows would have the same %1.")
                                .arg(message.section(QLatin1String("failed: "), 1).trimmed());
        return;
    case SQLITE_CONSTRAINT_CHECK:
        error.kind = SimulationError::Kind::Check;
        error.explanation = tr("a CHECK constraint fails: %1").arg(message);
        return;
    default:
        error.kind = SimulationError::Kind::Other;
        error.explanation = message.contains(QLatin1String("trigger recursion"))
            ? tr("the key actions go deeper than SQLite's limit of 1000 levels; nothing was "
                 "changed.")
            : message;
        return;
    }
}
