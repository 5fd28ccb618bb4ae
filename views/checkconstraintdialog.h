#pragma once

#include "id.h"

#include <QDialog>

class Document;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits one CHECK constraint of a table: its name (optional: without one the engine
// names it), its expression as written in the schema's dialect, and whether it is declared with
// a column or at table level; PostgreSQL's NO INHERIT. Accepting pushes one EditTableCommand,
// only when something changed; an empty expression or a name the table already uses is refused
// with the reason.
class CheckConstraintDialog : public QDialog
{
    Q_OBJECT
public:
    // existingId 0: a new constraint; `column` preselects the level (0: table level).
    CheckConstraintDialog(Document *document, Id tableId, Id existingId = 0, Id column = 0,
                          QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *levelChooser() const { return m_level; }
    QPlainTextEdit *expressionEdit() const { return m_expression; }
    QCheckBox *noInheritBox() const { return m_noInherit; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    // "x > 0" from "CHECK (x > 0)" pasted whole; anything else unchanged (trimmed).
    static QString expressionOf(const QString &text);

    void accept() override;

private:
    QString nameConflict(const QString &name) const;
    void showMessage(const QString &message);

    Document *m_document;
    Id m_tableId;
    Id m_existingId;
    QString m_originalExpression;
    QLineEdit *m_name;
    QComboBox *m_level;
    QPlainTextEdit *m_expression;
    QCheckBox *m_noInherit;
    QLabel *m_noInheritAdvice;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
