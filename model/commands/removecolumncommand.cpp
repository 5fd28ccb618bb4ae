#include "removecolumncommand.h"
#include "../document.h"
#include "editschemaobjectscommand.h"
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
    // A sequence owned by the column (ALTER SEQUENCE ... OWNED BY) stays, unowned.
    for (const Sequence &sequence : document->schema().sequences) {
        if (sequence.ownedBy != columnId)
            continue;
        auto unown = new EditSchemaObjectsCommand(document, this);
        for (Sequence &s : unown->sequences) {
            if (s.ownedBy == columnId)
                s.ownedBy = 0;
        }
        break;
    }
    m_after.forgetColumn(columnId);
    m_after.columns.removeAt(m_after.columnIndex(columnId));
}
