#pragma once

#include "id.h"

#include <QLineEdit>

class Document;
class Schema;

// The toolbar's Find field: type a table, "table.column" or a bare column name (completion
// offers every table and column, matching anywhere in the name); Enter reports what it names,
// and the window selects it and zooms to it (CanvasNavigation::showFound).
class FindField : public QLineEdit
{
    Q_OBJECT
public:
    explicit FindField(Document *document, QWidget *parent = nullptr);

    // Refreshes the completion list from the document and takes the keyboard focus (Ctrl+F).
    void start();
    // The table or column `text` names ("orders", "orders.total", or "total": the first table
    // that has such a column), case-insensitively; 0 when it names nothing.
    static Id resolve(const Schema &schema, const QString &text);

signals:
    void found(Id objectId);
    void notFound(const QString &text);

private:
    void find(const QString &text);

    Document *m_document;
};
