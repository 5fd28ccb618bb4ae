#pragma once

#include "notation.h"

#include <QCoreApplication>
#include <QUndoCommand>

class SchemaScene;

// Changing the notation is an edit of the document (it is saved with it), so it is undone like
// one and makes the document modified. The scene holds the notation; the command lives no longer
// than the scene, whose document's undo stack owns it.
class NotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(NotationCommand)
public:
    NotationCommand(SchemaScene *scene, Notation notation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SchemaScene *m_scene;
    Notation m_from;
    Notation m_to;
};
