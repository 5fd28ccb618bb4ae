#pragma once

#include "problem.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>

class Document;

// Keeps the validation result of a document current without rerunning every check on every
// edit: it listens to the document's signals, marks the tables and keys an edit touched, and
// reruns only their checks (plus the cheap schema-wide name check) when problems() is next
// asked for. On a 5,000-table schema an edit costs one table's and its keys' checks.
// The document's target dialect (Schema::targetDialect) adds DialectChecker's problems, which are
// recomputed whole: SQL Server's cascade-path check reads the whole key graph and takes seconds
// on thousands of keys, so the designer has them computed on a worker thread
// (setDialectChecksInBackground); until a result arrives the last one is shown, less the
// problems of objects that no longer exist.
class ProblemTracker : public QObject
{
    Q_OBJECT
public:
    explicit ProblemTracker(Document *document, QObject *parent = nullptr);

    // Sorted as Validator::sort does.
    QVector<Problem> problems();
    int count(Severity severity);

    // Off by default (tests, command line: results at once); the designer turns it on.
    void setDialectChecksInBackground(bool background) { m_background = background; }
    bool dialectChecksRunning() const { return m_dialectRunning; }
    // While held (the designer opening a document, until its first frame is on screen) no
    // background check starts; releasing starts the one that is due.
    void setDialectChecksHeld(bool held);

signals:
    // Emitted (at most once per event-loop turn is not guaranteed) after any change that may
    // change the problems; listeners call problems().
    void problemsChanged();

private:
    void markTable(Id tableId);
    void markColumnsOf(Id tableId);
    void markKey(Id keyId);
    void markAll();
    void refresh();
    void markDialectDirty();
    void startDialectCheck();
    bool stillExists(Id objectId) const;

    Document *m_document;
    QHash<Id, QVector<Problem>> m_tableProblems;
    QHash<Id, QVector<Problem>> m_keyProblems;
    QSet<Id> m_dirtyTables;
    QSet<Id> m_dirtyKeys;
    bool m_namesDirty = true; // table, constraint and key names: not touched by column edits
    QVector<Problem> m_nameProblems;
    bool m_allDirty = true;
    bool m_stale = true;
    QVector<Problem> m_result;

    bool m_background = false;
    bool m_dialectHeld = false;
    bool m_dialectDirty = true;
    bool m_dialectRunning = false;
    QVector<Problem> m_dialectProblems; // the last finished background result
    QString m_dialectProblemsFor;       // the dialect id that result belongs to
};
