#include "migrationrehearsalview.h"

#include "migration/migrationwriter.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

struct MigrationRehearsalView::Job
{
    Job(const SchemaDiff &diff, const QByteArray &data, const QString &where)
        : diff(diff)
        , data(data)
        , where(where)
    {
    }
    SchemaDiff diff;
    QByteArray data;
    QString where;
    std::atomic_bool cancel{false};
    // Plain SQLite, then the D1 shape; a shape whose migration is refused is not run.
    bool refused[2] = {false, false};
    MigrationRehearsal::Result results[2];
};

MigrationRehearsalView::MigrationRehearsalView(QWidget *parent)
    : QWidget(parent)
    , m_tables(new QTreeWidget(this))
    , m_verdict(new QLabel(this))
{
    m_tables->setHeaderLabels({tr("Table"), tr("Rows before"), tr("Rows after"), tr("Values")});
    m_tables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->setRootIsDecorated(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Rehearse runs the SQLite migration on a scratch copy of the data and "
                          "compares the rows before and after."));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tables, 1);
    layout->addWidget(m_verdict);
}

MigrationRehearsalView::~MigrationRehearsalView()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
    }
}

void MigrationRehearsalView::run(const SchemaDiff &diff, const QByteArray &data,
                                 const QString &where)
{
    if (m_thread)
        return;
    auto job = std::make_shared<Job>(diff, data, where);
    m_job = job;
    m_thread = QThread::create([job] {
        for (int shape = 0; shape < 2; ++shape) {
            const MigrationScript script
                = MigrationWriter::write(job->diff, Dialect::SQLite, shape == 1);
            job->refused[shape] = script.isRefused();
            if (job->refused[shape] || job->cancel)
                continue;
            job->results[shape]
                = MigrationRehearsal::run(job->diff, script, job->data, job->where, &job->cancel);
        }
    });
    m_progress = new QProgressDialog(tr("Rehearsing the migration on %1…").arg(where),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Rehearsal"));
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, this, &MigrationRehearsalView::cancel);
    connect(m_thread, &QThread::finished, this, [this, job] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_progress->deleteLater();
        m_progress = nullptr;
        show(*job);
        emit finished();
    });
    m_thread->start();
}

void MigrationRehearsalView::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void MigrationRehearsalView::clear()
{
    m_tables->clear();
    m_verdict->clear();
}

QString MigrationRehearsalView::verdict() const
{
    return m_verdict->text();
}

void MigrationRehearsalView::show(const Job &job)
{
    m_tables->clear();
    QStringList verdicts;
    for (int shape = 0; shape < 2; ++shape) {
        const QString name = shape == 1 ? tr("D1 shape") : tr("Plain SQLite");
        if (job.refused[shape]) {
            verdicts << tr("%1: not run, the migration is refused.").arg(name);
            continue;
        }
        const MigrationRehearsal::Result &result = job.results[shape];
        auto top = new QTreeWidgetItem(m_tables, {name});
        for (const MigrationRehearsal::TableRows &t : result.tables) {
            const bool kept = t.checksumBefore == t.checksumAfter;
            auto row = new QTreeWidgetItem(
                top, {t.table, QString::number(t.before),
                      result.afterRead ? QString::number(t.after) : tr("—"),
                      !result.afterRead ? QString() : kept ? tr("kept") : tr("CHANGED")});
            if (result.afterRead && (t.after < t.before || !kept))
                row->setForeground(t.after < t.before ? 2 : 3, QColor(0xc6, 0x28, 0x28));
        }
        for (const QString &v : result.violations)
            new QTreeWidgetItem(top, {tr("foreign key violation: %1").arg(v)});
        if (result.cancelled)
            verdicts << tr("%1: cancelled.").arg(name);
        else if (result.ok)
            verdicts << tr("%1: passed, no row lost, no key violated.").arg(name);
        else
            verdicts << tr("%1: FAILED, %2").arg(name, result.failure.trimmed());
        if (job.cancel)
            break;
    }
    m_tables->expandAll();
    m_verdict->setText(verdicts.join(QLatin1Char('\n')));
}
