#include "addcolumncommand.h"

AddColumnCommand::AddColumnCommand(Document *document, Id tableId, const Column &column,
                                   int index, QUndoCommand *parent)
    : TableSnapshotCommand(document, tableId, parent)
{
    if (index < 0 || index > m_after.columns.size())
        index = m_after.columns.size();
    m_after.columns.insert(index, column);
    setText(tr("Add column \"%1.%2\"").arg(m_after.name, column.name));
}
