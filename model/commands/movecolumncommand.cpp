#include "movecolumncommand.h"

MoveColumnCommand::MoveColumnCommand(Document *document, Id tableId, Id columnId, int newIndex,
                                     QUndoCommand *parent)
    : TableSnapshotCommand(document, tableId, parent)
{
    const int from = m_after.columnIndex(columnId);
    Q_ASSERT(from >= 0);
    newIndex = qBound(0, newIndex, int(m_after.columns.size()) - 1);
    m_after.columns.move(from, newIndex);
    setText(tr("Move column \"%1.%2\"").arg(m_after.name, m_after.columns.at(newIndex).name));
}
