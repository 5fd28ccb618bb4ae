#pragma once

#include "../schema.h"
#include "sampledata.h"
#include "simulationcomparison.h"
#include "simulationresult.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// What "Also run on…" found: the SQLite simulation under the engine's rules, the engine's own
// answer and where they differ. `error` is set instead when the server could not be reached
// or the schema and data could not be built there (then the results mean nothing).
struct EngineComparison
{
    QString url;
    QString engineName; // "PostgreSQL", "MariaDB"
    QString version; // the server's own version string
    SimulationResult simulated;
    SimulationResult engine;
    QVector<SimulationDifference> differences;
    QString error;
    QString cleanupError; // the throw-away database could not be dropped
    bool cancelled = false;
};

Q_DECLARE_METATYPE(EngineComparison)

// Runs one statement both in SQLite (under the engine's rules) and on a real server
// (EngineSimulation) on a worker thread of its own; the schema and data are copies. The
// server cannot be interrupted half way, so cancel() takes effect between the steps: a run
// cancelled before the engine starts never touches the server, and one cancelled while the
// engine runs is let finish, which drops its throw-away database, and its answer is
// discarded. finished() always follows start(), cancelled or not, once the thread has ended.
class EngineComparisonJob : public QObject
{
    Q_OBJECT
public:
    explicit EngineComparisonJob(QObject *parent = nullptr);
    ~EngineComparisonJob() override; // waits for a running job: its cleanup must happen

    bool isBusy() const { return m_thread != nullptr; }
    bool isCancelling() const { return m_cancel && m_cancel->load(); }

    // False when a job runs already. The statement is checked by the SQLite guard first.
    bool start(const Schema &schema, const SampleData &data, const QString &statement, bool defer,
               const QString &url, const QString &password);
    void cancel();
    void wait();

signals:
    void progress(const QString &phase);
    void finished(const EngineComparison &comparison);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<EngineComparison> m_result;
};
