#include "removeforeignkeycommand.h"
#include "../document.h"

RemoveForeignKeyCommand::RemoveForeignKeyCommand(Document *document, Id keyId,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_key(*document->schema().foreignKey(keyId))
    , m_index(-1)
{
    setText(tr("Delete foreign key \"%1\"").arg(m_key.name));
}

void RemoveForeignKeyCommand::redo()
{
    // Taken now, not at construction: earlier siblings in a macro may have shifted it.
    m_index = m_document->schema().foreignKeyIndex(m_key.id);
    m_document->removeForeignKey(m_key.id);
}

void RemoveForeignKeyCommand::undo()
{
    m_document->insertForeignKey(m_index, m_key);
}
