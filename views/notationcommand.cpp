#include "notationcommand.h"

#include "schemascene.h"

NotationCommand::NotationCommand(SchemaScene *scene, Notation notation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_scene(scene)
    , m_from(scene->notation())
    , m_to(notation)
{
    setText(tr("Notation: %1").arg(Notations::displayName(notation)));
}

void NotationCommand::redo()
{
    m_scene->setNotation(m_to);
}

void NotationCommand::undo()
{
    m_scene->setNotation(m_from);
}
