#pragma once

#include "../schema.h"
#include "sampledata.h"
#include "simulationresult.h"
#include "simulator.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// Runs simulations, sample-data generation and loading off the GUI thread. Each job gets copies of
// the schema and the data and builds its own scratch database in the worker thread (a QSqlDatabase
// connection belongs to the thread that made it). One job at a time; cancel() stops the
// running statement through SQLite's progress handler, or the generator between rows.
// Loading a .sql file runs under a WorkLimit: cancel() stops it, and so does a statement that
// runs past the limit.
class SimulationRunner : public QObject
{
    Q_OBJECT
public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override;

    bool isBusy() const { return m_thread != nullptr; }

    // finished() follows; with request.apply, `data` there holds the rows after the commit.
    bool simulate(const Schema &schema, const SampleData &data, const SimulationRequest &request);
    // generated() follows.
    bool generate(const Schema &schema, int rowsPerTable, quint64 seed);
    // Reads a .sql file of INSERTs (SqlInsertFile) into a scratch database of the schema;
    // loaded() follows, with the rows read back or the reason it failed.
    bool loadSql(const Schema &schema, const QString &path);
    void cancel();
    // Blocks until the current job has ended (tests, shutdown).
    void wait();

signals:
    void progress(int done, int total, const QString &phase); // total 0: indeterminate
    void finished(const SimulationResult &result, const SampleData &data);
    void generated(bool ok, const SampleData &data, int skipped, const QString &error);
    void loaded(bool ok, const SampleData &data, const QString &error);

private:
    void start(std::function<void()> job);

    QThread *m_thread = nullptr;
    std::function<void()> m_deliver; // the job's result signal, emitted when the thread ended
    std::shared_ptr<std::atomic_bool> m_cancel;
};
