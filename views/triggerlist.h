#pragma once

#include "id.h"

#include <QWidget>

class Document;
class QLabel;
class QListWidget;
class QPlainTextEdit;

// A table's triggers, read-only: their names and, for the one chosen, the CREATE TRIGGER
// statement exactly as the model keeps it. Joinery does not model what a trigger does; it
// writes it back in the schema's own dialect and runs it in the scratch database when that
// dialect is SQLite, so the simulator's results depend on them and they must be visible.
class TriggerList : public QWidget
{
    Q_OBJECT
public:
    explicit TriggerList(Document *document, QWidget *parent = nullptr);

    void setTable(Id tableId);
    void refresh();
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *sqlView() const { return m_sql; }
    QLabel *noteLabel() const { return m_note; }

signals:
    void countChanged(int count);

private:
    void showCurrent();

    Document *m_document;
    Id m_tableId = 0;
    QLabel *m_note;
    QListWidget *m_list;
    QPlainTextEdit *m_sql;
};
