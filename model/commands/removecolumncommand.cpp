#include "removecolumncommand.h"
#include "../document.h"
#include "removeforeignkeycommand.h"

RemoveColumnCommand::RemoveColumnCommand(Document *document, Id tableId, Id columnId,
                                         QUndoCommand *parent)
    : TableSnapshotCommand(document, tableId, parent)
{
    const Column *column = m_before.column(columnId);
    Q_ASSERT(column);
    setText(tr("Delete column \"%1.%2\"").arg(m_before.name, column->name));
    for (Id keyId : document->schema().foreignKeysUsingColumn(columnId))
        new RemoveForeignKeyCommand(document, keyId, this);
    m_after.forgetColumn(columnId);
    m_after.columns.removeAt(m_after.columnIndex(columnId));
}
