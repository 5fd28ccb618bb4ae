#include "removetablecommand.h"
#include "../document.h"
#include "removeforeignkeycommand.h"

#include <QSet>

RemoveTableCommand::RemoveTableCommand(Document *document, const QVector<Id> &tableIds,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_tableIds(tableIds)
{
    const Schema &schema = document->schema();
    if (tableIds.size() == 1)
        setText(tr("Delete table \"%1\"").arg(schema.table(tableIds.first())->name));
    else
        setText(tr("Delete %n tables", nullptr, int(tableIds.size())));
    QSet<Id> keys;
    for (Id tableId : tableIds) {
        for (Id keyId : schema.foreignKeysOfTable(tableId)) {
            if (!keys.contains(keyId)) {
                keys.insert(keyId);
                new RemoveForeignKeyCommand(document, keyId, this);
            }
        }
    }
}

void RemoveTableCommand::redo()
{
    QUndoCommand::redo(); // the keys first
    m_removed.clear();
    for (Id tableId : m_tableIds) {
        const int index = m_document->schema().tableIndex(tableId);
        m_removed.append({index, m_document->removeTable(tableId)});
    }
}

void RemoveTableCommand::undo()
{
    for (int i = int(m_removed.size()) - 1; i >= 0; --i)
        m_document->insertTable(m_removed.at(i).first, m_removed.at(i).second);
    QUndoCommand::undo();
}
