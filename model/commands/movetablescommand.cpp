#include "movetablescommand.h"
#include "../document.h"
#include "commandids.h"

MoveTablesCommand::MoveTablesCommand(Document *document, const QHash<Id, QPointF> &newPositions,
                                     bool continuing, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_to(newPositions)
    , m_continuing(continuing)
{
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it)
        m_from.insert(it.key(), document->schema().table(it.key())->position);
    if (newPositions.size() == 1)
        setText(tr("Move table \"%1\"").arg(document->schema().table(newPositions.cbegin().key())->name));
    else
        setText(tr("Move %n tables", nullptr, int(newPositions.size())));
}

void MoveTablesCommand::redo()
{
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it)
        m_document->moveTable(it.key(), it.value());
}

void MoveTablesCommand::undo()
{
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it)
        m_document->moveTable(it.key(), it.value());
}

int MoveTablesCommand::id() const
{
    return MoveTablesCommandId;
}

bool MoveTablesCommand::mergeWith(const QUndoCommand *other)
{
    auto next = static_cast<const MoveTablesCommand *>(other);
    if (!next->m_continuing || next->m_to.size() != m_to.size())
        return false;
    for (auto it = next->m_to.cbegin(); it != next->m_to.cend(); ++it) {
        if (!m_to.contains(it.key()))
            return false;
    }
    m_to = next->m_to;
    setObsolete(m_to == m_from);
    return true;
}
