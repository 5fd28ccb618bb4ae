#pragma once

#include <QDialog>

class QComboBox;

// Edit › Preferences: the interface language (QSettings key "language": "" follows the system,
// else "en", "de", "fr"; read at start-up, so a change applies on the next start).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static constexpr const char *LanguageKey = "language";

    void accept() override;

private:
    QComboBox *m_language;
};
