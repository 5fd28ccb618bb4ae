#include "editforeignkeycommand.h"
#include "../document.h"
#include "commandids.h"

EditForeignKeyCommand::EditForeignKeyCommand(Document *document, const ForeignKey &after,
                                             Property property, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(*document->schema().foreignKey(after.id))
    , m_after(after)
    , m_property(property)
{
    updateText();
}

void EditForeignKeyCommand::updateText()
{
    switch (m_property) {
    case Property::Name:
        setText(tr("Rename foreign key \"%1\" to \"%2\"").arg(m_before.name, m_after.name));
        break;
    case Property::OnDelete:
        setText(tr("Set ON DELETE %1 on \"%2\"")
                    .arg(ActionNames::sqlKeyword(m_after.onDelete), m_after.name));
        break;
    case Property::OnUpdate:
        setText(tr("Set ON UPDATE %1 on \"%2\"")
                    .arg(ActionNames::sqlKeyword(m_after.onUpdate), m_after.name));
        break;
    case Property::Columns:
        setText(tr("Change columns of foreign key \"%1\"").arg(m_after.name));
        break;
    default:
        setText(tr("Edit foreign key \"%1\"").arg(m_after.name));
        break;
    }
}

void EditForeignKeyCommand::redo()
{
    m_document->updateForeignKey(m_after);
}

void EditForeignKeyCommand::undo()
{
    m_document->updateForeignKey(m_before);
}

int EditForeignKeyCommand::id() const
{
    return EditForeignKeyCommandId;
}

bool EditForeignKeyCommand::mergeWith(const QUndoCommand *other)
{
    auto next = static_cast<const EditForeignKeyCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_property != Property::Name
        || m_property != Property::Name)
        return false;
    m_after = next->m_after;
    updateText();
    setObsolete(m_before == m_after);
    return true;
}
