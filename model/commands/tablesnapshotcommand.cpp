#include "tablesnapshotcommand.h"
#include "../document.h"

TableSnapshotCommand::TableSnapshotCommand(Document *document, Id tableId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_tableId(tableId)
{
    const Table *table = document->schema().table(tableId);
    Q_ASSERT(table);
    m_before = *table;
    m_after = *table;
}

void TableSnapshotCommand::redo()
{
    QUndoCommand::redo();
    m_document->updateTable(m_after);
}

void TableSnapshotCommand::undo()
{
    m_document->updateTable(m_before);
    QUndoCommand::undo();
}
