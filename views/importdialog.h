#pragma once

#include "import/importreport.h"
#include "layout/autolayout.h"
#include "schema.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// File → Import: the same choices as `joinery import`. The user names a source (a file, with a
// browse button, or a server URL, which shows a password field), picks a dialect or leaves
// it to detection, and presses Import; the report appears below. "Open" then accepts the
// dialog, and schema() is the imported schema, already laid out, for the caller to open as a
// new document (Document::resetSchema). Nothing is written anywhere.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setSource(const QString &source);
    const Schema &schema() const { return m_schema; }
    // The shape (width / height) of the canvas the import will be shown in: the layout takes
    // it (AutoLayout).
    void setLayoutAspect(double aspect) { m_layoutAspect = aspect; }
    const ImportReport &report() const { return m_report; }

    // Runs the import with the current fields (what the Import button does).
    void runImport();

private:
    void browse();
    void updateFields();

    QLineEdit *m_source;
    QComboBox *m_dialect;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_importButton;
    QPushButton *m_openButton;
    QPlainTextEdit *m_reportView;
    Schema m_schema;
    double m_layoutAspect = AutoLayout::DefaultAspect;
    ImportReport m_report;
};
