#pragma once

#include "migration/migrationscript.h"
#include "migration/renamesuggestions.h"
#include "migration/schemadiff.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class Document;

// One computation of a comparison, on a worker thread: both schemas are copies (Qt's containers
// share the data until the document next changes), so the worker never reads the document.
struct MigrationComparisonResult
{
    quint64 generation = 0; // results of an older generation are dropped
    std::shared_ptr<const SchemaDiff> diff;
    SchemaMatch::Mode mode = SchemaMatch::Mode::ByName;
    MigrationScript script;
    QVector<RenameSuggestion> suggestions;
    QStringList renames; // the confirmed renames that still name existing objects
    bool documentIsNew = true;
};

// The document compared with another version of its schema (a file, a script, a database),
// and the migration between them for one target. The document is the new side and the other
// the old one until swap(). It follows the document: an edit restarts a short timer, after
// which the match, the diff, the rename suggestions and the script are computed again on a
// worker thread (a 5,000-table migration takes seconds), and updated() is emitted with the
// result in place. A result that an edit or a choice made stale meanwhile is dropped.
//
// When the two sides do not share a document lineage, objects are matched by name: a renamed
// object then looks dropped and added. suggestions() lists the likely renames; the ones the
// user confirms (setConfirmedRenames) are declared to the match, as `--rename` does.
class MigrationComparison : public QObject
{
    Q_OBJECT
public:
    explicit MigrationComparison(Document *document, QObject *parent = nullptr);
    ~MigrationComparison() override; // waits for a computation in progress

    // `joineryFile`: the other side is a .joinery document, so ids may match.
    void setOther(const Schema &schema, const QString &label, bool joineryFile);
    bool hasOther() const { return m_hasOther; }
    QString otherLabel() const { return m_otherLabel; }
    void swap();
    // Of the last result, as the change list and the script show it.
    bool documentIsNew() const { return m_result.documentIsNew; }

    void setTarget(Dialect dialect, bool d1);
    // What was chosen; script().dialect and script().d1 are what the last result was for.
    Dialect dialect() const { return m_dialect; }
    bool isD1() const { return m_d1; }

    // "old=new" and "table.old=new", as SchemaMatch::compute takes them.
    void setConfirmedRenames(const QStringList &renames);
    const QStringList &confirmedRenames() const { return m_renames; }

    // The last result (all of a piece); null until the other side's first one is in.
    const SchemaDiff *diff() const { return m_result.diff.get(); }
    SchemaMatch::Mode mode() const { return m_result.mode; }
    const MigrationScript &script() const { return m_result.script; }
    const QVector<RenameSuggestion> &suggestions() const { return m_result.suggestions; }

    // True while an edit or a choice waits for its result (debounce timer or worker).
    bool isRefreshPending() const { return m_timer.isActive() || m_running; }
    // Starts the computation at once, without waiting for the debounce timer.
    void refreshNow();
    // While nobody looks (the dock is closed), edits only mark the result stale: a 5,000-table
    // comparison costs seconds of a core per edit. Becoming active again catches up.
    void setActive(bool active);

    static MigrationComparisonResult compute(const Schema &oldSchema, const Schema &newSchema,
                                             bool otherIsJoinery, const QStringList &renames,
                                             Dialect dialect, bool d1, quint64 generation);

    static constexpr int debounceMilliseconds = 300;

signals:
    void updated();

private:
    void invalidate(); // a choice changed: the next result must reflect it, now
    void finished();

    Document *m_document;
    Schema m_other;
    QString m_otherLabel;
    bool m_hasOther = false;
    bool m_otherIsJoinery = false;
    bool m_documentIsNew = true;
    Dialect m_dialect = Dialect::SQLite;
    bool m_d1 = false;
    QStringList m_renames;
    MigrationComparisonResult m_result;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_active = true;
    bool m_stale = false; // an edit came in while inactive
    QFutureWatcher<MigrationComparisonResult> m_watcher;
    QTimer m_timer;
};
