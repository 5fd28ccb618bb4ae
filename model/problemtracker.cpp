#include "problemtracker.h"
#include "document.h"
#include "validator.h"
#include "ddl/dialectchecker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

ProblemTracker::ProblemTracker(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::schemaReset, this, &ProblemTracker::markAll);
    connect(document, &Document::tableAdded, this, &ProblemTracker::markTable);
    connect(document, &Document::tableRemoved, this, &ProblemTracker::markTable);
    connect(document, &Document::tableChanged, this, &ProblemTracker::markTable);
    connect(document, &Document::columnAdded, this, [this](Id t, Id) { markColumnsOf(t); });
    connect(document, &Document::columnRemoved, this, [this](Id t, Id) { markColumnsOf(t); });
    connect(document, &Document::columnChanged, this, [this](Id t, Id) { markColumnsOf(t); });
    connect(document, &Document::foreignKeyAdded, this, &ProblemTracker::markKey);
    connect(document, &Document::foreignKeyRemoved, this, &ProblemTracker::markKey);
    connect(document, &Document::foreignKeyChanged, this, &ProblemTracker::markKey);
    connect(document, &Document::schemaPropertiesChanged, this, [this] {
        m_stale = true;
        emit problemsChanged();
    });
    // Any change may change the dialect's problems.
    connect(document, &Document::changed, this, &ProblemTracker::markDialectDirty);
}

void ProblemTracker::markTable(Id tableId)
{
    m_namesDirty = true;
    markColumnsOf(tableId);
}

void ProblemTracker::markColumnsOf(Id tableId)
{
    m_dirtyTables.insert(tableId);
    // A key's checks read both its tables (types, nullability, defaults, indexes).
    for (Id keyId : m_document->schema().foreignKeysOfTable(tableId))
        m_dirtyKeys.insert(keyId);
    m_stale = true;
    emit problemsChanged();
}

void ProblemTracker::markKey(Id keyId)
{
    m_namesDirty = true;
    m_dirtyKeys.insert(keyId);
    m_stale = true;
    emit problemsChanged();
}

void ProblemTracker::markAll()
{
    m_allDirty = true;
    m_namesDirty = true;
    m_stale = true;
    emit problemsChanged();
}

void ProblemTracker::refresh()
{
    const Schema &schema = m_document->schema();
    if (m_allDirty) {
        m_tableProblems.clear();
        m_keyProblems.clear();
        for (Id id : schema.tableIds())
            m_tableProblems.insert(id, Validator::checkTable(schema, *schema.table(id)));
        for (Id id : schema.foreignKeyIds())
            m_keyProblems.insert(id, Validator::checkForeignKey(schema, *schema.foreignKey(id)));
    } else {
        for (Id id : std::as_const(m_dirtyTables)) {
            if (const Table *t = schema.table(id))
                m_tableProblems.insert(id, Validator::checkTable(schema, *t));
            else
                m_tableProblems.remove(id);
        }
        for (Id id : std::as_const(m_dirtyKeys)) {
            if (const ForeignKey *k = schema.foreignKey(id))
                m_keyProblems.insert(id, Validator::checkForeignKey(schema, *k));
            else
                m_keyProblems.remove(id);
        }
    }
    m_allDirty = false;
    m_dirtyTables.clear();
    m_dirtyKeys.clear();

    m_result.clear();
    m_result.reserve(m_result.capacity());
    // Document order, so that the sort below is stable across runs.
    for (Id id : schema.tableIds())
        m_result += m_tableProblems.value(id);
    for (Id id : schema.foreignKeyIds())
        m_result += m_keyProblems.value(id);
    if (m_namesDirty)
        m_nameProblems = Validator::checkNames(schema);
    m_namesDirty = false;
    m_result += m_nameProblems;
    Dialect target;
    if (Dialects::fromId(schema.targetDialect, &target)) {
        if (!m_background) {
            m_result += DialectChecker::check(schema, target);
        } else {
            if (m_dialectDirty)
                startDialectCheck();
            if (m_dialectProblemsFor == schema.targetDialect) {
                for (const Problem &p : std::as_const(m_dialectProblems)) {
                    if (stillExists(p.objectId))
                        m_result << p;
                }
            }
        }
    }
    Validator::sort(&m_result);
    m_stale = false;
}

QVector<Problem> ProblemTracker::problems()
{
    if (m_stale)
        refresh();
    return m_result;
}

int ProblemTracker::count(Severity severity)
{
    int n = 0;
    for (const Problem &p : problems())
        n += p.severity == severity ? 1 : 0;
    return n;
}

void ProblemTracker::markDialectDirty()
{
    m_dialectDirty = true;
}

bool ProblemTracker::stillExists(Id objectId) const
{
    const Schema &schema = m_document->schema();
    return objectId == 0 || schema.table(objectId) || schema.foreignKey(objectId)
           || schema.tableOfColumn(objectId) || schema.tableOfConstraint(objectId);
}

void ProblemTracker::setDialectChecksHeld(bool held)
{
    m_dialectHeld = held;
    if (!held && m_dialectDirty) {
        m_stale = true;
        emit problemsChanged(); // its listeners' problems() starts the check
    }
}

void ProblemTracker::startDialectCheck()
{
    if (m_dialectHeld)
        return; // still due: m_dialectDirty stays set
    // One check at a time: edits made meanwhile leave m_dialectDirty set, and the refresh that
    // the finished check causes starts the next one from the schema as it is then.
    if (m_dialectRunning)
        return;
    Dialect target;
    if (!Dialects::fromId(m_document->schema().targetDialect, &target))
        return;
    m_dialectDirty = false;
    m_dialectRunning = true;
    const Schema copy = m_document->schema(); // shared, not copied: the worker only reads it
    QPointer<ProblemTracker> self(this);
    QThreadPool::globalInstance()->start([self, copy, target] {
        QVector<Problem> problems = DialectChecker::check(copy, target);
        const QString dialect = copy.targetDialect;
        // Back to the tracker's thread; dropped if the tracker is gone.
        QMetaObject::invokeMethod(
            qApp ? static_cast<QObject *>(qApp) : nullptr,
            [self, problems = std::move(problems), dialect]() mutable {
                if (!self)
                    return;
                self->m_dialectRunning = false;
                self->m_dialectProblems = std::move(problems);
                self->m_dialectProblemsFor = dialect;
                self->m_stale = true;
                emit self->problemsChanged();
            },
            Qt::QueuedConnection);
    });
}
