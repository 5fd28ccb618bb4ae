#include "addsubjectareacommand.h"
#include "../document.h"

AddSubjectAreaCommand::AddSubjectAreaCommand(Document *document, const SubjectArea &area,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_area(area)
{
    m_area.id = document->allocateId();
    setText(tr("Add subject area \"%1\"").arg(area.name));
}

void AddSubjectAreaCommand::redo()
{
    m_document->insertSubjectArea(-1, m_area);
}

void AddSubjectAreaCommand::undo()
{
    m_document->removeSubjectArea(m_area.id);
}
