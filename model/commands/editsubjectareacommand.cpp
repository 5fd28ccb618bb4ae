#include "editsubjectareacommand.h"
#include "../document.h"

EditSubjectAreaCommand::EditSubjectAreaCommand(Document *document, const SubjectArea &after,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(*document->schema().subjectArea(after.id))
    , m_after(after)
{
    if (m_before.name != m_after.name)
        setText(tr("Rename subject area \"%1\" to \"%2\"").arg(m_before.name, m_after.name));
    else if (m_before.color != m_after.color)
        setText(tr("Change the colour of subject area \"%1\"").arg(m_after.name));
    else
        setText(tr("Change the tables of subject area \"%1\"").arg(m_after.name));
}

void EditSubjectAreaCommand::redo()
{
    m_document->updateSubjectArea(m_after);
}

void EditSubjectAreaCommand::undo()
{
    m_document->updateSubjectArea(m_before);
}
