#include "documentcontroller.h"

#include "document.h"
#include "problemtracker.h"
#include "schemareader.h"
#include "schemascene.h"
#include "schemawriter.h"
#include "selection.h"
#include "simulator/sampledata.h"
#include "simulator/sampledatastore.h"
#include "simulator/samplegenerator.h"
#include "simulator/scratchsession.h"
#include "simulator/simulationrunner.h"

#include <QFileInfo>
#include <QSet>

namespace {
// The file's member for the canvas notation; absent means Notation::Badges (files written
// before it existed, and files that keep the default).
const char *const NotationMember = "notation";
// A bundled sample that comes without rows gets these, so that its simulation works at once.
constexpr int SampleRows = 20;
constexpr quint64 SampleSeed = 1;
} // namespace

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
    , m_document(new Document(this))
    , m_selection(new Selection(this))
    , m_scene(new SchemaScene(m_document, m_selection, this))
    , m_tracker(new ProblemTracker(m_document, this))
    , m_sampleData(new SampleDataStore(this))
    , m_scratch(new ScratchSession(m_document, m_sampleData, this))
    , m_runner(new SimulationRunner(this))
{
    // Whatever an edit or an undo removed is no longer selected.
    connect(m_document, &Document::changed, this, [this] {
        const Schema &schema = m_document->schema();
        m_selection->prune([&schema](Id id) {
            return schema.table(id) || schema.column(id) || schema.foreignKey(id);
        });
    });
    connect(m_document, &Document::schemaReset, m_selection, &Selection::clear);
    connect(m_tracker, &ProblemTracker::problemsChanged, this,
            &DocumentController::markKeysWithErrors, Qt::QueuedConnection);
    // SQL Server's cascade-path check takes seconds on thousands of keys: never on this thread.
    m_tracker->setDialectChecksInBackground(true);
    m_untitledName = tr("Untitled");
    markKeysWithErrors();
}

QString DocumentController::displayName() const
{
    return m_path.isEmpty() ? m_untitledName : QFileInfo(m_path).fileName();
}

bool DocumentController::isModified() const
{
    return !m_document->undoStack()->isClean();
}

void DocumentController::newDocument()
{
    Schema schema;
    schema.name = tr("untitled");
    m_scene->setNotation(Notation::Badges);
    m_document->resetSchema(schema);
    m_sampleData->setData(SampleData());
    m_extra = {};
    m_path.clear();
    m_untitledName = tr("Untitled");
    emit pathChanged();
}

void DocumentController::adoptImported(const Schema &schema, const QString &name)
{
    m_scene->setNotation(Notation::Badges);
    m_document->resetSchema(schema);
    m_sampleData->setData(SampleData());
    m_extra = {};
    m_path.clear();
    m_untitledName = tr("Imported: %1").arg(name);
    // Unsaved from the start: closing asks whether to keep it.
    m_document->undoStack()->resetClean();
    emit pathChanged();
}

bool DocumentController::open(const QString &path, QString *error)
{
    SchemaReader reader;
    if (!reader.readFile(path)) {
        *error = reader.error();
        return false;
    }
    // Read the sample data before changing anything: a file whose data is broken is refused
    // whole, like any other broken file.
    SampleData data;
    QJsonObject extra = reader.extra();
    const QJsonValue dataValue = extra.take(QLatin1String(SampleData::JsonMember));
    if (!dataValue.isUndefined()) {
        QString dataError;
        if (!SampleData::fromJson(dataValue, &data, &dataError)) {
            *error = tr("%1: sample data: %2").arg(QFileInfo(path).fileName(), dataError);
            return false;
        }
    }
    // An unknown notation (from a later version) stays in the file's extra members and the
    // canvas shows the default.
    Notation notation = Notation::Badges;
    if (Notations::fromJsonName(extra.value(QLatin1String(NotationMember)).toString(), &notation))
        extra.remove(QLatin1String(NotationMember));
    const bool bundledSample = path.startsWith(QLatin1Char(':'));
    if (bundledSample && data.isEmpty()) {
        SampleGenerator generator(reader.schema(), SampleRows, SampleSeed);
        SampleData generated;
        if (generator.generate(&generated))
            data = generated;
    }
    m_scene->setNotation(notation);
    m_document->resetSchema(reader.schema());
    m_sampleData->setData(data);
    m_extra = extra;
    if (bundledSample) {
        m_path.clear();
        m_untitledName = tr("Sample: %1").arg(QFileInfo(path).completeBaseName());
    } else {
        m_path = QFileInfo(path).absoluteFilePath();
    }
    emit pathChanged();
    return true;
}

void DocumentController::holdBackgroundWork(bool hold)
{
    m_scratch->setHeld(hold);
    m_tracker->setDialectChecksHeld(hold);
}

bool DocumentController::save(const QString &path, QString *error)
{
    QJsonObject extra = m_extra;
    if (m_scene->notation() != Notation::Badges)
        extra.insert(QLatin1String(NotationMember), Notations::jsonName(m_scene->notation()));
    if (!m_sampleData->data().isEmpty())
        extra.insert(QLatin1String(SampleData::JsonMember),
                     m_sampleData->data().toJson(m_document->schema()));
    if (!SchemaWriter::save(m_document->schema(), path, error, extra))
        return false;
    m_document->undoStack()->setClean();
    m_path = QFileInfo(path).absoluteFilePath();
    emit pathChanged();
    return true;
}

void DocumentController::markKeysWithErrors()
{
    QSet<Id> keys;
    const Schema &schema = m_document->schema();
    for (const Problem &p : m_tracker->problems()) {
        if (p.severity == Severity::Error && schema.foreignKey(p.objectId))
            keys.insert(p.objectId);
    }
    m_scene->setKeysWithErrors(keys);
}
