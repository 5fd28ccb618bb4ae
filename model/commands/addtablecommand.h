#pragma once

#include "../table.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

class AddTableCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTableCommand)
public:
    // The table must carry ids allocated from the document (Document::allocateId()), so that
    // redo after undo brings back the very same ids.
    AddTableCommand(Document *document, const Table &table, int index = -1,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // A table named `name` at `position` with an auto-increment "id" primary key: what the
    // canvas's table tool creates.
    static Table newTable(Document *document, const QString &name, const QPointF &position);

private:
    Document *m_document;
    Table m_table;
    int m_index;
};
