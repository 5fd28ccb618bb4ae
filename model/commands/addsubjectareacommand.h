#pragma once

#include "../subjectarea.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

// Adds a subject area at the end of the list, with a fresh id (kept across undo and redo, so
// that later commands naming the area still find it).
class AddSubjectAreaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSubjectAreaCommand)
public:
    // `area.id` is ignored: the document hands out a new one.
    AddSubjectAreaCommand(Document *document, const SubjectArea &area,
                          QUndoCommand *parent = nullptr);

    Id areaId() const { return m_area.id; }

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    SubjectArea m_area;
};
