#pragma once

#include "id.h"

#include <QLineEdit>

class Document;

// The toolbar's find field: completes table and "table.column" names, and on Return or a
// completion names the table or column found (found()), or says that nothing has that name
// (notFound()).
class FindField : public QLineEdit
{
    Q_OBJECT
public:
    FindField(Document *document, QWidget *parent = nullptr);

    // Refreshes the completions and puts the focus here (Edit › Find).
    void start();
    // The table, column ("table.column", or a bare column name: the first table that has it).
    Id find(const QString &text) const;

signals:
    void found(Id objectId);
    void notFound(const QString &text);

private:
    void search(const QString &text);

    Document *m_document;
};
