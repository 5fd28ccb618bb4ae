#pragma once

#include "scratchdatabase.h"

#include <QObject>

#include <atomic>
#include <memory>

class Document;
class SampleDataStore;
class QThread;
class ScratchImage;
struct ScratchRebuildJob;

// Keeps a scratch database (in the GUI thread, for the data grids) in step with a document
// and its sample data: a change of the sample data, or of the schema's SQLite DDL (moving a
// table or editing a comment changes nothing there), rebuilds it and loads the rows that still
// fit (by table and column id). Rows that no longer fit are listed in rejected(),
// never dropped from the sample data: undoing the schema change brings them back.
//
// Those rebuilds run on a worker thread (50,000 rows take seconds): the new database is built
// there on its own connection and comes back as bytes (ScratchImage), put into a fresh
// connection of this thread when done. aboutToRebuild() is emitted when a rebuild starts, so
// views let go of the old database and make no edits to rows about to be replaced; rebuilt()
// when the new database, rejected() and error() are in place, all at once. One worker at a
// time: a change meanwhile makes its result stale; it is dropped and the rebuild starts over.
class ScratchSession : public QObject
{
    Q_OBJECT
public:
    ScratchSession(Document *document, SampleDataStore *store, QObject *parent = nullptr);
    ~ScratchSession() override; // stops and waits for a rebuild in progress

    // Between aboutToRebuild() and rebuilt(): database() is the old one, not to be edited.
    bool isRebuilding() const { return m_rebuilding; }

    ScratchDatabase *database() const { return m_db.get(); }
    const QVector<RejectedRow> &rejected() const { return m_rejected; }
    QString error() const { return m_error; } // why the last rebuild failed, if it did
    // What of the schema the scratch database leaves out, one line each.
    const QStringList &notSimulated() const { return m_notSimulated; }

    // Rebuilds now, blocking (changes are otherwise coalesced into one rebuild per event loop
    // turn, run on a worker thread). A rebuild in progress is stopped and dropped.
    bool rebuild();
    // While held (the designer opening a document, until its first frame is on screen) a
    // change only notes that a rebuild is due; releasing starts it.
    void setHeld(bool held);

    // The sample data with `table` replaced by what the scratch database now holds, plus
    // the table's rejected rows (kept, not lost) — what a grid edit pushes.
    SampleData dataWithTableFromDatabase(Id table) const;
    // The same for every table (a delete in a grid may cascade into others).
    SampleData dataFromDatabase() const;
    // The next change of the sample data to exactly `data` is what this database already
    // holds (a grid edit made it here first): it is not rebuilt for it.
    void expectData(const SampleData &data);

    // `data` (rows read from some scratch database of the current schema) with the rejected
    // rows added back, so that pushing it loses nothing.
    SampleData withRejectedRows(SampleData data) const;

signals:
    void aboutToRebuild(); // models on the old connection must let go of it now
    void rebuilt();

private:
    void schedule();
    void startRebuild();
    void finishRebuild(const std::shared_ptr<ScratchRebuildJob> &job);
    void stopWorker();
    void install(ScratchImage &image);
    QStringList ddl() const;

    Document *m_document;
    SampleDataStore *m_store;
    std::unique_ptr<ScratchDatabase> m_db;
    QVector<RejectedRow> m_rejected;
    QString m_error;
    QStringList m_notSimulated;
    bool m_scheduled = false;
    bool m_held = false;
    bool m_dueWhileHeld = false;
    bool m_dataChanged = false;
    QStringList m_ddl; // what the database was built from
    SampleData m_expected;
    bool m_expecting = false;
    QThread *m_worker = nullptr;
    std::shared_ptr<ScratchRebuildJob> m_job; // what m_worker builds
    bool m_restart = false; // something changed while m_worker built: its result is stale
    bool m_rebuilding = false;
};
