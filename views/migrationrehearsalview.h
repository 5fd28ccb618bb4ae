#pragma once

#include "migration/migrationrehearsal.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressDialog;
class QThread;
class QTreeWidget;

// Runs a migration's rehearsal and shows it: the SQLite migration, plain and in D1 shape, on a
// scratch database holding the data, with per kept table the rows before and after and whether
// the kept values stayed the same, then the verdict. The rehearsal runs on a worker thread
// behind a progress dialog whose Cancel stops it; the view stays usable meanwhile.
class MigrationRehearsalView : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationRehearsalView(QWidget *parent = nullptr);
    ~MigrationRehearsalView() override; // cancels and waits for a rehearsal in progress

    // `data`: INSERT statements for the diff's old schema; `where` names them in messages.
    void run(const SchemaDiff &diff, const QByteArray &data, const QString &where);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // The last rehearsal's verdict, one line per shape; empty before the first.
    QString verdict() const;
    void clear();

signals:
    void finished();

private:
    struct Job;
    void show(const Job &job);

    QTreeWidget *m_tables;
    QLabel *m_verdict;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QProgressDialog *m_progress = nullptr;
};
