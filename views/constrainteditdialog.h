#pragma once

#include "id.h"

#include <QDialog>

class Document;
class IndexDetailsEditor;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
struct IndexPart;
struct Table;

// Creates or edits one unique constraint or index of a table: its name, its ordered columns
// and, for an index, whether it is unique, expression parts and the details IndexDetailsEditor
// shows (method, per-part order, NULLS, collation, operator class, prefix length, predicate,
// INCLUDE). Accepting pushes one EditTableCommand, and only when something changed; the dialog
// refuses (and says why) an empty column list, an empty expression or a name another
// constraint or index of the schema already uses.
class ConstraintEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { UniqueConstraint, Index };

    // existingId 0: a new constraint or index of the given kind.
    ConstraintEditDialog(Document *document, Id tableId, Kind kind, Id existingId = 0,
                         QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *uniqueBox() const { return m_unique; }
    QListWidget *availableList() const { return m_available; }
    QListWidget *chosenList() const { return m_chosen; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QLabel *messageLabel() const { return m_message; }
    // Index only (null for a unique constraint).
    IndexDetailsEditor *detailsEditor() const { return m_details; }
    QLineEdit *expressionInput() const { return m_expressionInput; }
    QPushButton *addExpressionButton() const { return m_addExpression; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void accept() override;

private:
    // The chosen list's items carry their column id (0: an expression) and their IndexPart.
    void fillLists(const Table &table, const QVector<Id> &chosen, const QVector<IndexPart> &parts);
    QVector<Id> chosenColumns() const;
    QVector<IndexPart> chosenParts() const;
    void addSelected();
    void addExpression();
    void showCurrentPart();
    void storeCurrentPart();
    void removeSelected();
    void moveSelected(int delta);
    void updateDefaultName();
    QString defaultName() const;
    QString nameConflict(const QString &name) const;
    void showMessage(const QString &message);

    Document *m_document;
    Id m_tableId;
    Kind m_kind;
    Id m_existingId;
    bool m_nameTouched = false;
    QLineEdit *m_name;
    QCheckBox *m_unique;
    QListWidget *m_available;
    QListWidget *m_chosen;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    IndexDetailsEditor *m_details = nullptr;
    QLineEdit *m_expressionInput = nullptr;
    QPushButton *m_addExpression = nullptr;
};
