#include "scratchsession.h"

#include "../document.h"
#include "sampledatastore.h"
#include "scratchimage.h"
#include "scratchschema.h"

#include <QThread>
#include <QTimer>

// What a worker gets (copies: the document may change meanwhile) and gives back.
struct ScratchRebuildJob
{
    Schema schema;
    SampleData data;
    QStringList ddl;
    std::atomic_bool cancel{false};
    std::unique_ptr<ScratchImage> image;
};

ScratchSession::ScratchSession(Document *document, SampleDataStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
{
    connect(document, &Document::changed, this, &ScratchSession::schedule);
    // A new schema may have the same DDL with other ids: the rows must be mapped again.
    connect(document, &Document::schemaReset, this, [this] {
        m_dataChanged = true;
        schedule();
    });
    connect(store, &SampleDataStore::changed, this, [this] {
        const bool expected = m_expecting && m_store->data() == m_expected;
        m_expecting = false;
        m_expected = SampleData();
        if (expected)
            return;
        m_dataChanged = true;
        schedule();
    });
    rebuild();
}

ScratchSession::~ScratchSession()
{
    stopWorker();
}

void ScratchSession::setHeld(bool held)
{
    m_held = held;
    if (!held && std::exchange(m_dueWhileHeld, false))
        schedule();
}

void ScratchSession::schedule()
{
    if (m_held) {
        m_dueWhileHeld = true;
        return;
    }
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_scheduled)
            return;
        m_scheduled = false;
        if (m_dataChanged || ddl() != m_ddl)
            startRebuild();
    });
}

void ScratchSession::expectData(const SampleData &data)
{
    m_expected = data;
    m_expecting = true;
}

QStringList ScratchSession::ddl() const
{
    return ScratchSchema(m_document->schema()).fingerprint();
}

bool ScratchSession::rebuild()
{
    stopWorker();
    m_scheduled = false;
    m_dataChanged = false;
    if (!m_rebuilding)
        emit aboutToRebuild();
    m_rebuilding = true;
    m_ddl = ddl();
    const std::unique_ptr<ScratchImage> image
        = ScratchImage::build(m_document->schema(), m_store->data());
    install(*image);
    return m_error.isEmpty();
}

void ScratchSession::startRebuild()
{
    m_scheduled = false;
    if (m_worker) { // started from an older state: built again when it ends
        m_restart = true;
        return;
    }
    m_dataChanged = false;
    m_restart = false;
    auto job = std::make_shared<ScratchRebuildJob>();
    job->schema = m_document->schema();
    job->data = m_store->data();
    if (!m_rebuilding)
        emit aboutToRebuild();
    m_rebuilding = true;
    m_job = job;
    // The job is shared, not owned by the thread: the result outlives it until delivered.
    // The fingerprint is made there too: on a schema of thousands of tables it takes as long
    // as the window takes to show (it becomes m_ddl when the job is installed).
    m_worker = QThread::create([job] {
        job->ddl = ScratchSchema(job->schema).fingerprint();
        job->image = ScratchImage::build(job->schema, job->data, &job->cancel);
    });
    connect(m_worker, &QThread::finished, this, [this, job] { finishRebuild(job); });
    m_worker->start();
}

void ScratchSession::finishRebuild(const std::shared_ptr<ScratchRebuildJob> &job)
{
    if (job != m_job) // stopped and dropped by stopWorker()
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_job.reset();
    if (m_restart || !job->image || job->image->cancelled()) {
        startRebuild();
        return;
    }
    m_ddl = job->ddl;
    install(*job->image);
}

void ScratchSession::stopWorker()
{
    if (!m_worker)
        return;
    m_job->cancel = true;
    m_worker->disconnect(this);
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_job.reset();
    m_restart = false;
}

void ScratchSession::install(ScratchImage &image)
{
    // The old connection goes first: the views let go of it at aboutToRebuild().
    m_db.reset();
    m_db = image.install(&m_error);
    m_rejected = image.rejected();
    m_notSimulated = image.notSimulated();
    m_rebuilding = false;
    emit rebuilt();
}

SampleData ScratchSession::withRejectedRows(SampleData data) const
{
    const SampleData &stored = m_store->data();
    for (const RejectedRow &r : m_rejected) {
        const auto old = stored.tables.constFind(r.table);
        if (old == stored.tables.cend())
            continue;
        const Table *table = m_document->schema().table(r.table);
        if (!table) { // the table is gone: keep its rows as they were
            SampleTable &kept = data.tables[r.table];
            kept.columns = old->columns;
            kept.rows.append(r.values);
            continue;
        }
        SampleTable &target = data.tables[r.table];
        if (target.columns.isEmpty()) {
            for (const Column &c : table->columns)
                target.columns.append(c.id);
        }
        // Mapped to the current columns by id; a new column gets NULL.
        QVector<QVariant> row(target.columns.size());
        for (int c = 0; c < target.columns.size(); ++c) {
            const int from = old->columns.indexOf(target.columns.at(c));
            if (from >= 0)
                row[c] = r.values.value(from);
        }
        target.rows.append(row);
    }
    return data;
}

SampleData ScratchSession::dataWithTableFromDatabase(Id tableId) const
{
    SampleData data = m_store->data();
    SampleTable table;
    if (!m_db->readTable(m_document->schema(), tableId, &table))
        return data;
    data.tables.remove(tableId);
    if (!table.rows.isEmpty())
        data.tables.insert(tableId, table);
    // Only this table's rejected rows are added; the other tables are as stored.
    SampleData withRejected = withRejectedRows(data);
    for (auto it = withRejected.tables.begin(); it != withRejected.tables.end(); ++it) {
        if (it.key() != tableId)
            *it = m_store->data().tables.value(it.key());
    }
    return withRejected;
}

SampleData ScratchSession::dataFromDatabase() const
{
    SampleData data;
    if (!m_db->read(m_document->schema(), &data))
        return m_store->data();
    return withRejectedRows(data);
}
