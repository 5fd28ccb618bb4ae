#include "importdialog.h"

#include "import/importer.h"
#include "layout/autolayout.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_source, &QLineEdit::textChanged, this, &ImportDialog::updateFields);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void ImportDialog::setSource(const QString &source)
{
    m_source->setText(source);
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

void ImportDialog::runImport()
{
    m_report = ImportReport();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_schema
        = Importer::importSource(m_source->text().trimmed(), m_dialect->currentData().toString(),
                                 &m_report, m_password->text());
    if (!m_report.isFatal())
        AutoLayout::arrange(&m_schema, m_layoutAspect);
    QApplication::restoreOverrideCursor();
    m_reportView->setPlainText(m_report.toText());
    m_openButton->setEnabled(!m_report.isFatal() && m_schema.tableCount() > 0);
    if (m_openButton->isEnabled())
        m_openButton->setDefault(true);
}
