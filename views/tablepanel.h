#pragma once

#include "id.h"

#include <QWidget>

class CheckListEditor;
class Document;
class QLabel;
class QLineEdit;
class QTabWidget;
class TableOptionsEditor;
class TriggerList;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

// A table's name, schema, comment and colour, its columns in an editable grid (name, type — the
// declared type when the schema has a source dialect —, nullable, default, auto-increment,
// primary key, unique), its unique constraints and indexes, and in tabs below its CHECK
// constraints, its dialect options and its triggers (read-only). Every edit is one command,
// pushed only when something changed.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    enum GridColumn {
        NameColumn,
        TypeColumn,
        NullableColumn,
        DefaultColumn,
        AutoIncrementColumn,
        PrimaryKeyColumn,
        UniqueColumn,
        GridColumnCount
    };

    explicit TablePanel(Document *document, QWidget *parent = nullptr);
    ~TablePanel() override;

    void setTable(Id tableId);
    Id tableId() const { return m_tableId; }
    void refresh();
    QTableWidget *columnGrid() const { return m_columns; }
    QListWidget *constraintList() const { return m_constraints; }
    QLineEdit *schemaNameEdit() const { return m_schemaName; }
    QTabWidget *detailTabs() const { return m_details; }
    CheckListEditor *checkEditor() const { return m_checks; }
    TableOptionsEditor *optionsEditor() const { return m_options; }
    TriggerList *triggerList() const { return m_triggers; }

private:
    void commitName();
    void commitComment();
    void commitSchemaName();
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
    QLabel *m_schemaNameLabel;
    QLineEdit *m_schemaName;
    QLineEdit *m_comment;
    QToolButton *m_color;
    QTableWidget *m_columns;
    QListWidget *m_constraints;
    QTabWidget *m_details;
    CheckListEditor *m_checks;
    TableOptionsEditor *m_options;
    TriggerList *m_triggers;
};
