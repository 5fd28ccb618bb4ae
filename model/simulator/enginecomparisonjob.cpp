#include "enginecomparisonjob.h"

#include "enginesimulation.h"
#include "scratchdatabase.h"
#include "simulator.h"
#include "statementguard.h"

#include <QPointer>
#include <QThread>

namespace {

// The body of the worker thread; reports each step through `report`.
void compareOnEngine(EngineComparison *out, const Schema &schema, const SampleData &data,
                     const QString &statement, bool defer, const QString &password,
                     const std::atomic_bool &cancel,
                     const std::function<void(const QString &)> &report)
{
    report(EngineComparisonJob::tr("Connecting to the server"));
    EngineSimulation engine(out->url, password);
    if (!engine.connect()) {
        out->error = engine.error();
        return;
    }
    out->engineName = Dialects::displayName(engine.dialect());
    out->version = engine.version();
    if (cancel.load()) {
        out->cancelled = true;
        return;
    }
    report(EngineComparisonJob::tr("Running the statement in SQLite with %1's rules")
               .arg(out->engineName));
    Id table = 0;
    bool deleting = true;
    {
        ScratchDatabase db;
        if (!db.isOpen() || !db.createFromSchema(schema)
            || !db.load(schema, data, ScratchDatabase::LoadMode::Lenient)) {
            out->error = db.error();
            return;
        }
        {
            StatementGuard guard(db.handle());
            if (!guard.prepare(statement)) {
                out->error = guard.error();
                return;
            }
            const Table *t = schema.tableByName(guard.tableName());
            if (!t) {
                out->error = EngineComparisonJob::tr("The statement's table is not in the schema.");
                return;
            }
            table = t->id;
            deleting = guard.kind() == StatementGuard::Kind::Delete;
        }
        Schema targeted = schema;
        targeted.targetDialect = Dialects::id(engine.dialect());
        Simulator simulator(&db, targeted);
        out->simulated = simulator.run({statement, defer, false});
        out->simulated.notSimulated = db.notSimulated() + out->simulated.notSimulated;
    }
    if (out->simulated.badInput) {
        out->error = out->simulated.error.message;
        return;
    }
    if (cancel.load()) {
        out->cancelled = true;
        return;
    }
    report(EngineComparisonJob::tr("Running the statement on %1 (throw-away database)")
               .arg(out->engineName));
    out->engine = engine.run(schema, data, statement, table, deleting, defer);
    out->cleanupError = engine.cleanupError();
    if (out->engine.badInput) {
        out->error = out->engine.error.message;
        return;
    }
    out->differences = SimulationComparison::compare(out->simulated, out->engine, schema);
    // Asked to stop while the engine ran: it has finished and cleaned up; nobody wants it.
    out->cancelled = cancel.load();
}

} // namespace

EngineComparisonJob::EngineComparisonJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EngineComparison>();
}

EngineComparisonJob::~EngineComparisonJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool EngineComparisonJob::start(const Schema &schema, const SampleData &data,
                                const QString &statement, bool defer, const QString &url,
                                const QString &password)
{
    if (isBusy())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_result = std::make_shared<EngineComparison>();
    m_result->url = url;
    QPointer<EngineComparisonJob> self(this);
    m_thread = QThread::create(
        [self, schema, data, statement, defer, password, cancel = m_cancel, result = m_result] {
            compareOnEngine(result.get(), schema, data, statement, defer, password, *cancel,
                            [self](const QString &phase) {
                                QMetaObject::invokeMethod(self, [self, phase] {
                                    if (self)
                                        emit self->progress(phase);
                                });
                            });
        });
    // Delivered once the thread has ended, so that a slot may start the next run at once.
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        thread->deleteLater();
        if (m_thread == thread)
            m_thread = nullptr;
        EngineComparison result = *m_result;
        result.cancelled = result.cancelled || m_cancel->load();
        emit finished(result);
    });
    m_thread->start();
    return true;
}

void EngineComparisonJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void EngineComparisonJob::wait()
{
    if (m_thread)
        m_thread->wait();
}
