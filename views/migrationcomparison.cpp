#include "migrationcomparison.h"

#include "document.h"
#include "migration/migrationsource.h"
#include "migration/migrationwriter.h"

MigrationComparison::MigrationComparison(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &MigrationComparison::refreshNow);
    connect(document, &Document::changed, this, [this] {
        if (m_hasOther)
            m_timer.start();
    });
    connect(document, &Document::schemaReset, this, [this] {
        if (m_hasOther)
            m_timer.start();
    });
}

MigrationComparison::~MigrationComparison() = default;

void MigrationComparison::setOther(const Schema &schema, const QString &label, bool joineryFile)
{
    m_other = schema;
    m_otherLabel = label;
    m_otherIsJoinery = joineryFile;
    m_hasOther = true;
    m_documentIsNew = true;
    m_renames.clear();
    refreshNow();
}

void MigrationComparison::swap()
{
    m_documentIsNew = !m_documentIsNew;
    // A declared rename names the old side's objects: after a swap it would name the wrong ones.
    m_renames.clear();
    refreshNow();
}

void MigrationComparison::setTarget(Dialect dialect, bool d1)
{
    m_dialect = dialect;
    m_d1 = d1 && dialect == Dialect::SQLite;
    refreshNow();
}

void MigrationComparison::setConfirmedRenames(const QStringList &renames)
{
    m_renames = renames;
    refreshNow();
}

void MigrationComparison::refreshNow()
{
    m_timer.stop();
    if (!m_hasOther)
        return;
    const Schema &document = m_document->schema();
    const Schema &oldSchema = m_documentIsNew ? m_other : document;
    const Schema &newSchema = m_documentIsNew ? document : m_other;
    m_mode = MigrationSource::matchMode(m_otherIsJoinery, oldSchema, newSchema);
    // An edit may have removed what a confirmed rename names: such renames are forgotten, the
    // others kept.
    SchemaMatch match;
    QString error;
    if (!match.compute(oldSchema, newSchema, m_mode, m_renames, &error)) {
        QStringList valid;
        for (const QString &rename : std::as_const(m_renames)) {
            SchemaMatch single;
            if (single.compute(oldSchema, newSchema, m_mode, {rename}, &error))
                valid << rename;
        }
        m_renames = valid;
        match.compute(oldSchema, newSchema, m_mode, m_renames, &error);
    }
    m_diff = std::make_unique<SchemaDiff>(oldSchema, newSchema, match);
    m_script = MigrationWriter::write(*m_diff, m_dialect, m_d1);
    m_suggestions = m_mode == SchemaMatch::Mode::ByName ? RenameSuggestions::find(*m_diff)
                                                         : QVector<RenameSuggestion>();
    emit updated();
}
