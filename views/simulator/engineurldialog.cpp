#include "engineurldialog.h"

#include "simulator/enginesimulation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const char EngineUrlsKey[] = "simulation/engineUrls";
}

EngineUrlDialog::EngineUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Also run on a server"));
    m_url->setEditable(true);
    m_url->addItems(rememberedUrls());
    m_url->setMinimumContentsLength(40);
    m_url->lineEdit()->setPlaceholderText(tr("postgresql://USER@HOST:PORT/DATABASE"));
    m_url->setToolTip(tr("postgresql://, mysql:// or mariadb://USER@HOST:PORT/DATABASE. The "
                         "statement runs in a throw-away database on that server, in a "
                         "transaction that is rolled back; the database is dropped afterwards."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Used for this run only; never stored."));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QComboBox::editTextChanged, this, &EngineUrlDialog::validate);
    validate();
    if (m_url->count() > 0)
        m_password->setFocus();
}

QString EngineUrlDialog::url() const
{
    return m_url->currentText().trimmed();
}

QString EngineUrlDialog::password() const
{
    return m_password->text();
}

void EngineUrlDialog::validate()
{
    const QString text = url();
    QString problem;
    if (!text.isEmpty() && !EngineSimulation::isEngineUrl(text))
        problem = tr("Not a server URL: postgresql://, mysql:// or mariadb://USER@HOST:PORT/"
                     "DATABASE.");
    else if (!QUrl(text).password().isEmpty())
        problem = tr("Leave the password out of the URL; type it in the field below.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_run->setEnabled(!text.isEmpty() && problem.isEmpty());
}

void EngineUrlDialog::remember(const QString &url)
{
    QStringList urls = rememberedUrls();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > MaxRemembered)
        urls.removeLast();
    QSettings().setValue(QLatin1String(EngineUrlsKey), urls);
}

QStringList EngineUrlDialog::rememberedUrls()
{
    return QSettings().value(QLatin1String(EngineUrlsKey)).toStringList();
}
