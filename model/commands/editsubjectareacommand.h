#pragma once

#include "../subjectarea.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

// Changes a subject area's name, colour or tables (any of them) as one step; undo puts back
// the whole area as it was, member order included.
class EditSubjectAreaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSubjectAreaCommand)
public:
    // `after` names the area by its id.
    EditSubjectAreaCommand(Document *document, const SubjectArea &after,
                           QUndoCommand *parent = nullptr);

    bool changesSomething() const { return m_before != m_after; }

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    SubjectArea m_before;
    SubjectArea m_after;
};
