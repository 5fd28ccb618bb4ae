#pragma once

#include <QStackedWidget>

class ColumnPanel;
class Document;
class ForeignKeyPanel;
class QLabel;
class SchemaPanel;
class Selection;
class TablePanel;

// The Properties dock's content: the panel for what is selected (nothing: the schema; a table;
// a column; a key; several objects: a count).
class PropertyPanel : public QStackedWidget
{
    Q_OBJECT
public:
    PropertyPanel(Document *document, Selection *selection, QWidget *parent = nullptr);

    SchemaPanel *schemaPanel() const { return m_schema; }
    TablePanel *tablePanel() const { return m_table; }
    ColumnPanel *columnPanel() const { return m_column; }
    ForeignKeyPanel *foreignKeyPanel() const { return m_key; }

private:
    void follow();

    Document *m_document;
    Selection *m_selection;
    SchemaPanel *m_schema;
    TablePanel *m_table;
    ColumnPanel *m_column;
    ForeignKeyPanel *m_key;
    QLabel *m_several;
};
