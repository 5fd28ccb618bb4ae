#pragma once

#include "id.h"

#include <QWidget>

class Document;
class QListWidget;
class QPushButton;

// A table's CHECK constraints in the table panel: one line each (name or "unnamed", the
// condition, the column it is declared with), with Add, Edit and Remove. Adding and editing go
// through CheckConstraintDialog; removing is one EditTableCommand.
class CheckListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CheckListEditor(Document *document, QWidget *parent = nullptr);

    void setTable(Id tableId);
    void refresh();
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void countChanged(int count);

private:
    void openEditor(Id checkId);
    void removeCurrent();

    Document *m_document;
    Id m_tableId = 0;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
