#pragma once

#include "import/importreport.h"
#include "layout/autolayout.h"
#include "schema.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

// File → Import: the same choices as `joinery import`. The user names a source (a file, with a
// browse button, or a server URL, which shows a password field), picks a dialect or leaves
// it to detection, and presses Import; the report appears below. "Open" then accepts the
// dialog, and schema() is the imported schema, already laid out, for the caller to open as a
// new document (Document::resetSchema). Nothing is written anywhere.
// The import runs on a worker thread, with a progress bar and a Stop button (a script can be
// big, or hostile: Importer bounds what SQLite runs, and Stop cancels); closing the dialog
// stops it too.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSource(const QString &source);
    // The accepting button's text ("&Open" by default): File › Compare with Server… says
    // "&Compare".
    void setAcceptText(const QString &text);
    const Schema &schema() const { return m_schema; }
    // The shape (width / height) of the canvas the import will be shown in: the layout takes
    // it (AutoLayout).
    void setLayoutAspect(double aspect) { m_layoutAspect = aspect; }
    const ImportReport &report() const { return m_report; }

    // Starts the import with the current fields (what the Import button does); importFinished()
    // follows, with schema() and report() set.
    void runImport();
    bool isImporting() const { return m_thread != nullptr; }
    // Stops the running import (what the Stop button does); importFinished() still follows.
    void stopImport();

    void reject() override;

signals:
    void importFinished();

private:
    struct Job;
    void browse();
    void updateFields();
    void setImporting(bool importing);
    void finishImport(const std::shared_ptr<Job> &job);

    QLineEdit *m_source;
    QComboBox *m_dialect;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_importButton;
    QPushButton *m_openButton;
    QPlainTextEdit *m_reportView;
    QProgressBar *m_progress;
    QPushButton *m_stopButton;
    Schema m_schema;
    double m_layoutAspect = AutoLayout::DefaultAspect;
    ImportReport m_report;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
};
