#include "edittablecommand.h"
#include "commandids.h"

EditTableCommand::EditTableCommand(Document *document, const Table &after, Property property,
                                   QUndoCommand *parent)
    : TableSnapshotCommand(document, after.id, parent)
    , m_property(property)
{
    // Columns are not this command's business: keep them as they are.
    m_after = after;
    m_after.columns = m_before.columns;
    m_after.position = m_before.position;
    updateText();
}

void EditTableCommand::updateText()
{
    switch (m_property) {
    case Property::Name:
        setText(tr("Rename table \"%1\" to \"%2\"").arg(m_before.name, m_after.name));
        break;
    case Property::Comment:
        setText(tr("Change comment of table \"%1\"").arg(m_after.name));
        break;
    case Property::Color:
        setText(tr("Change colour of table \"%1\"").arg(m_after.name));
        break;
    case Property::PrimaryKey:
        setText(tr("Change primary key of table \"%1\"").arg(m_after.name));
        break;
    case Property::UniqueConstraints:
        setText(tr("Change unique constraints of table \"%1\"").arg(m_after.name));
        break;
    case Property::Indexes:
        setText(tr("Change indexes of table \"%1\"").arg(m_after.name));
        break;
    case Property::Checks:
        setText(tr("Change CHECK constraints of table \"%1\"").arg(m_after.name));
        break;
    case Property::Options:
        setText(tr("Change options of table \"%1\"").arg(m_after.name));
        break;
    case Property::Triggers:
        setText(tr("Change triggers of table \"%1\"").arg(m_after.name));
        break;
    case Property::Other:
        setText(tr("Edit table \"%1\"").arg(m_after.name));
        break;
    }
}

int EditTableCommand::id() const
{
    return EditTableCommandId;
}

bool EditTableCommand::mergeWith(const QUndoCommand *other)
{
    auto next = static_cast<const EditTableCommand *>(other);
    // Only typed properties merge (a name or comment typed letter by letter is one step);
    // adding one constraint and then another must stay two steps.
    const bool typed = m_property == Property::Name || m_property == Property::Comment;
    if (!typed || next->m_tableId != m_tableId || next->m_property != m_property || childCount() > 0
        || next->childCount() > 0)
        return false;
    m_after = next->m_after;
    updateText();
    // Typing a name and then typing the old one back leaves nothing to undo.
    setObsolete(m_before == m_after);
    return true;
}
