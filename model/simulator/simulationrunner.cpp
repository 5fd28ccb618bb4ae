#include "simulationrunner.h"

#include "../worklimit.h"
#include "samplegenerator.h"
#include "scratchdatabase.h"
#include "sqlinsertfile.h"

#include <QFileInfo>
#include <QThread>

SimulationRunner::SimulationRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SimulationResult>();
    qRegisterMetaType<SampleData>();
}

SimulationRunner::~SimulationRunner()
{
    cancel();
    wait();
    delete m_thread; // finished; its deleteLater would need this object's event loop
}

void SimulationRunner::start(std::function<void()> job)
{
    m_thread = QThread::create(std::move(job));
    // The result is delivered once the thread has really ended, so that a slot receiving it
    // may start the next job at once.
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        thread->deleteLater();
        if (m_thread == thread)
            m_thread = nullptr;
        const std::function<void()> deliver = std::move(m_deliver);
        m_deliver = nullptr;
        if (deliver)
            deliver();
    });
    m_thread->start();
}

bool SimulationRunner::simulate(const Schema &schema, const SampleData &data,
                                const SimulationRequest &request)
{
    if (isBusy())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<SimulationRunner> self(this);
    start([self, schema, data, request, cancel = m_cancel] {
        auto report = [&](int done, int total, const QString &phase) {
            QMetaObject::invokeMethod(self, [=] {
                if (self)
                    emit self->progress(done, total, phase);
            });
        };
        SimulationResult result;
        result.statement = request.statement;
        SampleData after;
        {
            ScratchDatabase db;
            report(0, 3, tr("Building the scratch database"));
            QVector<RejectedRow> rejected;
            if (!db.isOpen() || !db.createFromSchema(schema)
                || !db.load(schema, data, ScratchDatabase::LoadMode::Lenient, &rejected)) {
                result.error.kind = SimulationError::Kind::Other;
                result.error.message = result.error.explanation = db.error();
            } else if (cancel->load()) {
                result.error.kind = SimulationError::Kind::Cancelled;
                result.error.explanation = tr("Cancelled; nothing was changed.");
            } else {
                report(1, 3, tr("Running the statement"));
                Simulator simulator(&db, schema);
                simulator.setCancelFlag(cancel.get());
                result = simulator.run(request);
                if (result.applied) {
                    report(2, 3, tr("Reading the rows back"));
                    db.read(schema, &after);
                }
            }
            result.notSimulated = db.notSimulated() + result.notSimulated;
        }
        QMetaObject::invokeMethod(self, [self, result, after] {
            if (self)
                self->m_deliver = [self, result, after] {
                    emit self->finished(result, after);
                };
        });
    });
    emit progress(0, 0, tr("Starting"));
    return true;
}

bool SimulationRunner::generate(const Schema &schema, int rowsPerTable, quint64 seed)
{
    if (isBusy())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<SimulationRunner> self(this);
    start([self, schema, rowsPerTable, seed, cancel = m_cancel] {
        SampleGenerator generator(schema, rowsPerTable, seed);
        SampleData data;
        const bool ok = generator.generate(&data, [&](int done, int total) {
            QMetaObject::invokeMethod(self, [=] {
                if (self)
                    emit self->progress(done, total, tr("Generating rows"));
            });
            return !cancel->load();
        });
        const int skipped = generator.skipped();
        const QString error = generator.error();
        QMetaObject::invokeMethod(self, [=] {
            if (self)
                self->m_deliver = [=] {
                    emit self->generated(ok, data, skipped, error);
                };
        });
    });
    return true;
}

bool SimulationRunner::loadSql(const Schema &schema, const QString &path)
{
    if (isBusy())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<SimulationRunner> self(this);
    start([self, schema, path, cancel = m_cancel] {
        const QString phase = tr("Loading %1").arg(QFileInfo(path).fileName());
        WorkLimit limit;
        limit.setCancelFlag(cancel.get());
        limit.setProgressFunction([&](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            // Busy rather than a still 0 % while the first statement runs.
            QMetaObject::invokeMethod(self, [=] {
                if (self)
                    emit self->progress(permille, permille > 0 ? 1000 : 0, phase);
            });
        });
        SampleData data;
        QString error;
        bool ok = false;
        {
            ScratchDatabase db;
            ok = db.isOpen() && db.createFromSchema(schema)
                && SqlInsertFile::load(&db, path, &error, &limit) && db.read(schema, &data);
            if (!ok && error.isEmpty())
                error = db.error();
        }
        if (limit.stop() == WorkLimit::Stop::Cancelled)
            error = tr("Loading %1 was cancelled; nothing was changed.")
                        .arg(QFileInfo(path).fileName());
        QMetaObject::invokeMethod(self, [=] {
            if (self)
                self->m_deliver = [=] {
                    emit self->loaded(ok, data, error);
                };
        });
    });
    emit progress(0, 0, tr("Starting"));
    return true;
}

void SimulationRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SimulationRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}
