#pragma once

#include "../schema.h"
#include "simulationresult.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class ChangeLog;
class Schema;
class ScratchDatabase;
class StatementGuard;

struct SimulationRequest
{
    QString statement; // one DELETE or UPDATE, the user's text
    bool deferForeignKeys = false; // PRAGMA defer_foreign_keys: checks at commit
    bool apply = false; // commit instead of rolling back
};

// Runs one DELETE or UPDATE for real on the scratch database, inside a transaction, with the
// change log recording every row the engine touches; then rolls back unless asked to apply.
// When the engine refuses, it asks the engine why: the statement is run again with the key
// checks deferred and `PRAGMA foreign_key_check` names the key and the child rows that still
// reference a parent. Cascade semantics are never re-implemented here.
class Simulator
{
    Q_DECLARE_TR_FUNCTIONS(Simulator)
public:
    Simulator(ScratchDatabase *db, const Schema &schema);
    ~Simulator();

    // Set from another thread to stop a running statement (SQLITE_INTERRUPT).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    SimulationResult run(const SimulationRequest &request);

    // The schema with every RESTRICT made NO ACTION and every NO ACTION made RESTRICT: running
    // a statement on both shows where the moment of the check matters.
    static Schema withRestrictAndNoActionExchanged(const Schema &schema);

private:
    enum class Outcome { Done, Failed, BadInput };
    // `everyRow`: the change log reads every deleted row whole (see ChangeLog::install()).
    Outcome execute(const QString &statement, bool defer, StatementGuard *guard, int *code,
                    QString *message, bool everyRow = false);
    void explainFailure(int code, const QString &message, const SimulationRequest &request,
                        SimulationResult *result);
    // `restrictOnly`: false unless a violation of a key whose RESTRICT acted is found.
    bool explainViolations(const SimulationRequest &request, bool atCommit,
                           SimulationResult *result, bool restrictOnly = false);
    bool explainLateReference(SimulationResult *result);
    Id keyOfViolation(const QString &childTable, int keyIndex);
    bool rollback();

    ScratchDatabase *m_db;
    Schema m_declared; // the keys as the schema declares them
    Schema m_simulated; // the keys as the target engine has them (EngineRules)
    const Schema &m_schema; // m_simulated
    const std::atomic_bool *m_cancel = nullptr;
    std::unique_ptr<ChangeLog> m_log; // of the last statement execute() ran
};
