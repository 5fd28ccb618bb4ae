#include "importdialog.h"

#include "import/importer.h"
#include "layout/autolayout.h"
#include "worklimit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_source(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_openButton(nullptr)
    , m_reportView(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
{
    setWindowTitle(tr("Import Schema"));
    m_source->setPlaceholderText(
        tr("SQLite database, SQL script, or postgresql://user@host:5432/db"));
    auto browseButton = new QPushButton(tr("&Browse…"), this);
    auto sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browseButton);

    m_dialect->addItem(tr("Detect from the text"), QStringLiteral("auto"));
    m_dialect->addItem(QStringLiteral("SQLite"), QStringLiteral("sqlite"));
    m_dialect->addItem(QStringLiteral("PostgreSQL"), QStringLiteral("postgresql"));
    m_dialect->addItem(QStringLiteral("MySQL / MariaDB"), QStringLiteral("mysql"));
    m_dialect->addItem(QStringLiteral("SQL Server"), QStringLiteral("sqlserver"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);

    auto form = new QFormLayout;
    auto sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);
    auto dialectLabel = new QLabel(tr("&Dialect:"), this);
    dialectLabel->setBuddy(m_dialect);
    form->addRow(dialectLabel, m_dialect);
    form->addRow(m_passwordLabel, m_password);

    m_reportView->setReadOnly(true);
    m_reportView->setPlaceholderText(tr("The import report appears here: what was imported, and "
                                        "what was left out and why."));

    auto buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    m_openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    m_stopButton->setToolTip(tr("Cancel the import"));
    auto progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    m_progress->hide();
    m_stopButton->hide();

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reportView, 1);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_source, &QLineEdit::textChanged, this, &ImportDialog::updateFields);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_stopButton, &QPushButton::clicked, this, &ImportDialog::stopImport);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void ImportDialog::setSource(const QString &source)
{
    m_source->setText(source);
}

void ImportDialog::setAcceptText(const QString &text)
{
    m_openButton->setText(text);
}

void ImportDialog::browse()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Import Schema"), QString(),
                                       tr("SQL scripts and SQLite databases (*.sql *.ddl *.db "
                                          "*.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        m_source->setText(file);
}

void ImportDialog::updateFields()
{
    const bool server = Importer::isServerUrl(m_source->text().trimmed());
    m_passwordLabel->setVisible(server);
    m_password->setVisible(server);
    m_dialect->setEnabled(!server);
    m_importButton->setEnabled(!m_source->text().trimmed().isEmpty());
    // A changed source invalidates the last result.
    m_openButton->setEnabled(false);
    m_schema = Schema();
}

// What the worker thread gets and gives back; shared, so that neither side outlives it.
struct ImportDialog::Job
{
    QString source;
    QString dialect;
    QString password;
    std::atomic_bool cancel{false};
    Schema schema;
    ImportReport report;
};

ImportDialog::~ImportDialog()
{
    // The worker posts progress to this dialog: it must end first.
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::runImport()
{
    if (m_thread)
        return;
    m_report = ImportReport();
    m_schema = Schema();
    m_job = std::make_shared<Job>();
    m_job->source = m_source->text().trimmed();
    m_job->dialect = m_dialect->currentData().toString();
    m_job->password = m_password->text();
    const std::shared_ptr<Job> job = m_job;
    m_thread = QThread::create([this, job] {
        WorkLimit limit;
        limit.setCancelFlag(&job->cancel);
        limit.setProgressFunction([this](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            // Busy rather than a still 0 % while the first statement runs.
            QMetaObject::invokeMethod(this, [this, permille] {
                m_progress->setRange(0, permille > 0 ? 1000 : 0);
                m_progress->setValue(permille);
            });
        });
        job->schema = Importer::importSource(job->source, job->dialect, &job->report, job->password,
                                             &limit);
    });
    connect(m_thread, &QThread::finished, this, [this, job] { finishImport(job); });
    setImporting(true);
    m_thread->start();
}

void ImportDialog::stopImport()
{
    if (m_job)
        m_job->cancel = true;
}

void ImportDialog::reject()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
    }
    QDialog::reject();
}

void ImportDialog::setImporting(bool importing)
{
    m_progress->setVisible(importing);
    m_stopButton->setVisible(importing);
    m_stopButton->setEnabled(importing);
    m_importButton->setEnabled(!importing && !m_source->text().trimmed().isEmpty());
    m_source->setEnabled(!importing);
    m_dialect->setEnabled(!importing && !Importer::isServerUrl(m_source->text().trimmed()));
    m_password->setEnabled(!importing);
    if (importing) {
        m_progress->setRange(0, 0); // busy until the importer says how far it got
        m_openButton->setEnabled(false);
        m_reportView->clear();
    }
}

void ImportDialog::finishImport(const std::shared_ptr<Job> &job)
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (job != m_job)
        return;
    m_schema = job->schema;
    m_report = job->report;
    // On this thread: Graphviz is not made for several threads at once.
    if (!m_report.isFatal())
        AutoLayout::arrange(&m_schema, m_layoutAspect);
    setImporting(false);
    m_reportView->setPlainText(m_report.toText());
    m_openButton->setEnabled(!m_report.isFatal() && m_schema.tableCount() > 0);
    if (m_openButton->isEnabled())
        m_openButton->setDefault(true);
    emit importFinished();
}
