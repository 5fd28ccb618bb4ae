#pragma once

#include "id.h"
#include "keyactionadvice.h"

#include <QWidget>

class Document;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// One foreign key: name, parent table, the column pairs (child ↔ parent, add/remove for
// composite keys), ON DELETE and ON UPDATE with a one-line explanation of each action,
// deferrability and match. The key's problems show beside the field at fault, with a one-click
// fix where one is obvious; each fix is one undo step.
class ForeignKeyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForeignKeyPanel(Document *document, QWidget *parent = nullptr);
    ~ForeignKeyPanel() override;

    QLineEdit *nameEdit() const { return m_name; }

    void setForeignKey(Id keyId);
    Id foreignKeyId() const { return m_keyId; }
    void refresh();

    QComboBox *actionChooser(KeyEvent event) const;
    QPushButton *fixButton(KeyEvent event) const;
    QLabel *problemLabel(KeyEvent event) const;

private:
    struct ActionRow
    {
        QComboBox *chooser = nullptr;
        QLabel *explanation = nullptr;
        QLabel *problem = nullptr;
        QPushButton *fix = nullptr;
        QWidget *problemBox = nullptr; // hidden, with its spacing, while there is no problem
    };
    QWidget *buildActionRow(ActionRow *row);
    void refreshActionRow(ActionRow *row, KeyEvent event);
    void commitName();
    void commitAction(KeyEvent event);
    void commitParent();
    void commitPairs();
    void addPair();
    void removePair();
    void fixAction(KeyEvent event);
    void fixIndex();

    Document *m_document;
    Id m_keyId = 0;
    QLineEdit *m_name;
    QLabel *m_child;
    QComboBox *m_parent;
    // The parent chooser lists every table: rebuilt only when tables come, go or are renamed,
    // not on every edit (thousands of entries on a big schema).
    bool m_parentListStale = true;
    QTableWidget *m_pairs;
    QLabel *m_columnProblems;
    QWidget *m_columnProblemBox = nullptr;
    QPushButton *m_indexFix;
    ActionRow m_onDelete;
    ActionRow m_onUpdate;
    QComboBox *m_deferrability;
    QComboBox *m_match;
};
