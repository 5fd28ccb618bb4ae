#pragma once

#include "id.h"

#include <QWidget>

class Document;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

// A table's name, comment and colour, its columns in an editable grid (name, type with length
// or precision, nullable, default, auto-increment, primary key, unique), and its unique
// constraints and indexes. Every edit is one command, pushed only when something changed.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    enum GridColumn { NameColumn, TypeColumn, NullableColumn, DefaultColumn, AutoIncrementColumn,
                      PrimaryKeyColumn, UniqueColumn, GridColumnCount };

    explicit TablePanel(Document *document, QWidget *parent = nullptr);

    void setTable(Id tableId);
    Id tableId() const { return m_tableId; }
    void refresh();
    QTableWidget *columnGrid() const { return m_columns; }
    QListWidget *constraintList() const { return m_constraints; }

private:
    void commitName();
    void commitComment();
    void chooseColor();
    void onCellChanged(QTableWidgetItem *item);
    void setPrimaryKeyMember(Id columnId, bool member);
    void setUnique(Id columnId, bool unique);
    void addColumn();
    void removeColumn();
    void moveColumn(int delta);
    void indexSelectedColumn();
    void removeConstraint();
    void openConstraintEditor(bool index, Id existingId);
    Id selectedColumn() const;

    Document *m_document;
    Id m_tableId = 0;
    QLineEdit *m_name;
    QLineEdit *m_comment;
    QToolButton *m_color;
    QTableWidget *m_columns;
    QListWidget *m_constraints;
};
