#include "editschemacommand.h"
#include "../document.h"
#include "commandids.h"

EditSchemaCommand::EditSchemaCommand(Document *document, const QString &name,
                                     const QString &targetDialect, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_oldName(document->schema().name)
    , m_newName(name)
    , m_oldDialect(document->schema().targetDialect)
    , m_newDialect(targetDialect)
{
    setText(m_oldDialect != m_newDialect ? tr("Change target dialect to %1").arg(targetDialect)
                                         : tr("Rename schema to \"%1\"").arg(name));
}

void EditSchemaCommand::redo()
{
    m_document->setSchemaProperties(m_newName, m_newDialect);
}

void EditSchemaCommand::undo()
{
    m_document->setSchemaProperties(m_oldName, m_oldDialect);
}

int EditSchemaCommand::id() const
{
    return EditSchemaCommandId;
}

bool EditSchemaCommand::mergeWith(const QUndoCommand *other)
{
    auto next = static_cast<const EditSchemaCommand *>(other);
    // Only renames merge (typing); a dialect change stays its own step.
    if (next->m_oldDialect != next->m_newDialect || m_oldDialect != m_newDialect)
        return false;
    m_newName = next->m_newName;
    setObsolete(m_oldName == m_newName);
    return true;
}
