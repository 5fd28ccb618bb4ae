#include "migrationcomparison.h"

#include "document.h"
#include "migration/migrationsource.h"
#include "migration/migrationwriter.h"

#include <QPromise>
#include <QThreadPool>

MigrationComparison::MigrationComparison(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &MigrationComparison::refreshNow);
    connect(&m_watcher, &QFutureWatcher<MigrationComparisonResult>::finished, this,
            &MigrationComparison::finished);
    auto edited = [this] {
        ++m_generation;
        if (!m_hasOther)
            return;
        if (m_active)
            m_timer.start();
        else
            m_stale = true;
    };
    connect(document, &Document::changed, this, edited);
    connect(document, &Document::schemaReset, this, edited);
}

MigrationComparison::~MigrationComparison()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void MigrationComparison::setOther(const Schema &schema, const QString &label, bool joineryFile)
{
    m_other = schema;
    m_otherLabel = label;
    m_otherIsJoinery = joineryFile;
    m_hasOther = true;
    m_documentIsNew = true;
    m_renames.clear();
    // The previous comparison's result must not stand for this one meanwhile.
    m_result = MigrationComparisonResult();
    emit updated();
    invalidate();
}

void MigrationComparison::swap()
{
    m_documentIsNew = !m_documentIsNew;
    // A declared rename names the old side's objects: after a swap it would name the wrong ones.
    m_renames.clear();
    invalidate();
}

void MigrationComparison::setTarget(Dialect dialect, bool d1)
{
    m_dialect = dialect;
    m_d1 = d1 && dialect == Dialect::SQLite;
    invalidate();
}

void MigrationComparison::setConfirmedRenames(const QStringList &renames)
{
    m_renames = renames;
    invalidate();
}

void MigrationComparison::setActive(bool active)
{
    m_active = active;
    if (active && m_stale) {
        m_stale = false;
        refreshNow();
    }
}

void MigrationComparison::invalidate()
{
    ++m_generation;
    refreshNow();
}

void MigrationComparison::refreshNow()
{
    m_timer.stop();
    if (!m_hasOther || m_running)
        return; // finished() starts the next one: one worker at a time, never a queue
    m_running = true;
    const Schema document = m_document->schema(); // shared copy, detached by the next edit
    const Schema oldSchema = m_documentIsNew ? m_other : document;
    const Schema newSchema = m_documentIsNew ? document : m_other;
    const bool documentIsNew = m_documentIsNew;
    auto promise = std::make_shared<QPromise<MigrationComparisonResult>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, oldSchema, newSchema, joinery = m_otherIsJoinery, renames = m_renames,
         dialect = m_dialect, d1 = m_d1, generation = m_generation, documentIsNew] {
            promise->start();
            MigrationComparisonResult result
                = compute(oldSchema, newSchema, joinery, renames, dialect, d1, generation);
            result.documentIsNew = documentIsNew;
            promise->addResult(std::move(result));
            promise->finish();
        });
}

void MigrationComparison::finished()
{
    m_running = false;
    const MigrationComparisonResult result = m_watcher.result();
    if (result.generation != m_generation) {
        // Stale: an edit or a choice came in meanwhile. Compute again unless the debounce timer
        // is about to.
        if (!m_timer.isActive())
            refreshNow();
        return;
    }
    m_result = result;
    m_renames = result.renames;
    emit updated();
}

MigrationComparisonResult MigrationComparison::compute(const Schema &oldSchema,
                                                       const Schema &newSchema,
                                                       bool otherIsJoinery,
                                                       const QStringList &renames,
                                                       Dialect dialect, bool d1,
                                                       quint64 generation)
{
    MigrationComparisonResult result;
    result.generation = generation;
    result.mode = MigrationSource::matchMode(otherIsJoinery, oldSchema, newSchema);
    result.renames = renames;
    // An edit may have removed what a confirmed rename names: such renames are forgotten, the
    // others kept.
    SchemaMatch match;
    QString error;
    if (!match.compute(oldSchema, newSchema, result.mode, renames, &error)) {
        result.renames.clear();
        for (const QString &rename : renames) {
            SchemaMatch single;
            if (single.compute(oldSchema, newSchema, result.mode, {rename}, &error))
                result.renames << rename;
        }
        match.compute(oldSchema, newSchema, result.mode, result.renames, &error);
    }
    auto diff = std::make_shared<SchemaDiff>(oldSchema, newSchema, match);
    result.script = MigrationWriter::write(*diff, dialect, d1);
    if (result.mode == SchemaMatch::Mode::ByName)
        result.suggestions = RenameSuggestions::find(*diff);
    result.diff = diff;
    return result;
}
