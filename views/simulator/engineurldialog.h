#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks where "Also run on…" should run the statement: a server URL (the last few offered,
// remembered in QSettings) and its password, which is never stored anywhere.
class EngineUrlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EngineUrlDialog(QWidget *parent = nullptr);

    QString url() const;
    QString password() const;
    // Puts the URL first in the remembered list (at most MaxRemembered).
    static void remember(const QString &url);
    static QStringList rememberedUrls();
    static constexpr int MaxRemembered = 5;

    QComboBox *urlCombo() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *runButton() const { return m_run; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void validate();

    QComboBox *m_url;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_run;
};
