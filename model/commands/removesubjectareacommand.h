#pragma once

#include "../subjectarea.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

// Removes a subject area (its tables stay); undo puts it back at its place in the list.
class RemoveSubjectAreaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSubjectAreaCommand)
public:
    RemoveSubjectAreaCommand(Document *document, Id areaId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_areaId;
    int m_index = -1;
    SubjectArea m_removed;
};
