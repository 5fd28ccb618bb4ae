#include "addforeignkeycommand.h"
#include "../document.h"

AddForeignKeyCommand::AddForeignKeyCommand(Document *document, const ForeignKey &key, int index,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_key(key)
    , m_index(index)
{
    setText(tr("Add foreign key \"%1\"").arg(key.name));
}

void AddForeignKeyCommand::redo()
{
    m_document->insertForeignKey(m_index, m_key);
}

void AddForeignKeyCommand::undo()
{
    m_document->removeForeignKey(m_key.id);
}
