#include "exportdialog.h"

#include "ddlpreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Schema &schema, const QString &basePath, QWidget *parent)
    : QDialog(parent)
    , m_schema(schema)
    , m_basePath(basePath)
{
    setWindowTitle(tr("Export Script"));

    m_targetBox = new QComboBox(this);
    m_targetBox->setObjectName(QStringLiteral("target"));
    bool drizzleListed = false;
    for (const ExportTarget &target : ExportTarget::all()) {
        if (target.isDrizzle() && !drizzleListed)
            m_targetBox->insertSeparator(m_targetBox->count());
        drizzleListed = drizzleListed || target.isDrizzle();
        m_targetBox->addItem(target.displayName(), target.id());
    }
    m_quoteAll = new QCheckBox(tr("&Quote all identifiers"), this);
    m_quoteAll->setObjectName(QStringLiteral("quoteAll"));
    m_quoteAll->setToolTip(tr("Quote every identifier, not only those that need it"));
    m_dropScript = new QCheckBox(tr("&Drop script instead of create script"), this);
    m_dropScript->setObjectName(QStringLiteral("dropScript"));

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("file"));
    auto *browseButton = new QToolButton(this);
    browseButton->setText(tr("Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);

    m_errorSummary = new QLabel(this);
    m_errorSummary->setObjectName(QStringLiteral("errorSummary"));
    m_errorSummary->setWordWrap(true);
    m_errorList = new QListWidget(this);
    m_errorList->setObjectName(QStringLiteral("errors"));
    m_errorList->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_targetBox);
    form->addRow(QString(), m_quoteAll);
    form->addRow(QString(), m_dropScript);
    // A row whose field is a layout gets no buddy from QFormLayout: without one, the label
    // would show its "&" instead of underlining the mnemonic.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorSummary);
    layout->addWidget(m_errorList, 1);
    layout->addWidget(buttons);

    connect(m_targetBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        ExportTarget target;
        if (ExportTarget::fromId(m_targetBox->itemData(index).toString(), &target))
            setTarget(target);
    });
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    // The document's target dialect is the default.
    ExportTarget initial;
    ExportTarget::fromId(schema.targetDialect, &initial);
    m_target = initial;
    m_targetBox->setCurrentIndex(m_targetBox->findData(initial.id()));
    targetChanged();
}

void ExportDialog::setTarget(ExportTarget target)
{
    m_targetBox->setCurrentIndex(m_targetBox->findData(target.id()));
    if (target == m_target)
        return;
    const QString oldSuffix = QLatin1Char('.') + m_target.fileSuffix();
    m_target = target;
    // Follow the target in the file name: a suggestion is replaced, a chosen name gets the
    // new suffix.
    const QString path = m_fileEdit->text();
    if (path == m_lastSuggestion)
        m_fileEdit->clear();
    else if (path.endsWith(oldSuffix))
        m_fileEdit->setText(path.chopped(oldSuffix.size()) + QLatin1Char('.')
                            + m_target.fileSuffix());
    targetChanged();
}

QString ExportDialog::suggestedPath() const
{
    return QStringLiteral("%1-%2.%3").arg(m_basePath, m_target.id(), m_target.fileSuffix());
}

void ExportDialog::targetChanged()
{
    if (m_fileEdit->text().isEmpty()) {
        m_lastSuggestion = suggestedPath();
        m_fileEdit->setText(m_lastSuggestion);
    }
    // A Drizzle module is always the create side; it has no quoting choice either.
    m_quoteAll->setEnabled(!m_target.isDrizzle());
    m_dropScript->setEnabled(!m_target.isDrizzle());

    m_errors = m_target.errors(m_schema);
    m_errorList->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const Problem &p : std::as_const(m_errors))
        new QListWidgetItem(icon, QStringLiteral("%1: %2").arg(p.object, p.message), m_errorList);
    const QString dialect = Dialects::displayName(m_target.checkDialect());
    if (m_errors.isEmpty()) {
        m_errorSummary->clear();
    } else if (m_target.isDrizzle()) {
        m_errorSummary->setText(
            tr("The schema has %n error(s) for %1. The module is still written, but %1 will "
               "reject the tables it creates:",
               nullptr, int(m_errors.size()))
                .arg(dialect));
    } else {
        m_errorSummary->setText(
            tr("The schema has %n error(s) for %1. The script is still written, with each "
               "error as a comment, but %1 will reject it:",
               nullptr, int(m_errors.size()))
                .arg(dialect));
    }
    m_errorSummary->setVisible(!m_errors.isEmpty());
    m_errorList->setVisible(!m_errors.isEmpty());
    updateButtons();
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(!m_fileEdit->text().trimmed().isEmpty());
}

DdlOptions ExportDialog::options() const
{
    DdlOptions options;
    options.quoteAllIdentifiers = !m_target.isDrizzle() && m_quoteAll->isChecked();
    return options;
}

ExportTarget::Script ExportDialog::script() const
{
    return !m_target.isDrizzle() && m_dropScript->isChecked() ? ExportTarget::Script::Drop
                                                              : ExportTarget::Script::Create;
}

QString ExportDialog::filePath() const
{
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QLatin1Char('.') + m_target.fileSuffix();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_fileEdit->setText(path);
}

bool ExportDialog::write(QString *error) const
{
    const QString path = filePath();
    if (path.isEmpty()) {
        *error = tr("No file name given.");
        return false;
    }
    const QByteArray text = m_target.exportText(m_schema, options(), script()).toUtf8();
    // Atomic: a failed export never leaves half a script over the previous one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(text) != text.size()
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ExportDialog::accept()
{
    QString error;
    if (!write(&error)) {
        QMessageBox::warning(this, tr("Export Script"),
                             tr("The script could not be written to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(filePath()), error));
        return;
    }
    QDialog::accept();
}

void ExportDialog::browse()
{
    QFileDialog dialog(this, tr("Export Script"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(DdlPreview::fileFilter(m_target));
    dialog.setDefaultSuffix(m_target.fileSuffix());
    dialog.selectFile(filePath());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_fileEdit->setText(dialog.selectedFiles().constFirst());
}
