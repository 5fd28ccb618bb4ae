#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    const QString current = QSettings().value(QLatin1String(LanguageKey)).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));

    auto form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    auto note = new QLabel(tr("A new language applies when Joinery starts again."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QLatin1String(LanguageKey), m_language->currentData().toString());
    QDialog::accept();
}
