#pragma once

#include "exporttarget.h"
#include "schema.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File → Export script…: chooses a target (an SQL dialect or a Drizzle module), the options of
// an SQL script and a file, then writes exactly what `joinery export` writes for the same
// choices (ExportTarget::exportText) with QSaveFile. The errors the schema has for the target's
// dialect are listed before anything is written: the text is still written (the SQL script
// carries them as comments), and the list says why the engine will reject it.
//
// It works on a copy of the schema taken when it opens; it is modal, so the copy cannot go stale.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // basePath: the suggested file without suffix ("/home/ann/shop"); "-<target id>.<suffix>"
    // is appended.
    ExportDialog(const Schema &schema, const QString &basePath, QWidget *parent = nullptr);

    ExportTarget target() const { return m_target; }
    void setTarget(ExportTarget target);
    DdlOptions options() const;
    ExportTarget::Script script() const;
    // The file to write, with the target's suffix added when it has none.
    QString filePath() const;
    void setFilePath(const QString &path);
    const QVector<Problem> &errors() const { return m_errors; }
    // Writes the text to filePath(); false with the reason otherwise.
    bool write(QString *error) const;

public slots:
    void accept() override; // writes; stays open and says why when it cannot
    void browse();

private:
    QString suggestedPath() const;
    void targetChanged();
    void updateButtons();

    Schema m_schema;
    QString m_basePath;
    ExportTarget m_target;
    QString m_lastSuggestion; // replaced on a target change unless the user edited it
    QVector<Problem> m_errors;

    QComboBox *m_targetBox;
    QCheckBox *m_quoteAll;
    QCheckBox *m_dropScript;
    QLineEdit *m_fileEdit;
    QLabel *m_errorSummary;
    QListWidget *m_errorList;
    QPushButton *m_exportButton;
};
