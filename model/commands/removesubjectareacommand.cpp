#include "removesubjectareacommand.h"
#include "../document.h"

RemoveSubjectAreaCommand::RemoveSubjectAreaCommand(Document *document, Id areaId,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_areaId(areaId)
{
    setText(tr("Remove subject area \"%1\"").arg(document->schema().subjectArea(areaId)->name));
}

void RemoveSubjectAreaCommand::redo()
{
    m_index = m_document->schema().subjectAreaIndex(m_areaId);
    m_removed = m_document->removeSubjectArea(m_areaId);
}

void RemoveSubjectAreaCommand::undo()
{
    m_document->insertSubjectArea(m_index, m_removed);
}
