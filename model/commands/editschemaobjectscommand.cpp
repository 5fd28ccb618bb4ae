#include "editschemaobjectscommand.h"
#include "../document.h"

EditSchemaObjectsCommand::EditSchemaObjectsCommand(Document *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , extensions(document->schema().extensions)
    , userTypes(document->schema().userTypes)
    , sequences(document->schema().sequences)
    , m_document(document)
    , m_oldExtensions(extensions)
    , m_oldUserTypes(userTypes)
    , m_oldSequences(sequences)
{
    setText(tr("Edit types and sequences"));
}

void EditSchemaObjectsCommand::redo()
{
    QUndoCommand::redo();
    m_document->setSchemaObjects(extensions, userTypes, sequences);
}

void EditSchemaObjectsCommand::undo()
{
    m_document->setSchemaObjects(m_oldExtensions, m_oldUserTypes, m_oldSequences);
    QUndoCommand::undo();
}

bool EditSchemaObjectsCommand::changesSomething() const
{
    return extensions != m_oldExtensions || userTypes != m_oldUserTypes
        || sequences != m_oldSequences || childCount() > 0;
}
