#include "editcolumncommand.h"
#include "commandids.h"

EditColumnCommand::EditColumnCommand(Document *document, Id tableId, const Column &after,
                                     Property property, QUndoCommand *parent)
    : TableSnapshotCommand(document, tableId, parent)
    , m_columnId(after.id)
    , m_property(property)
{
    Column *column = m_after.column(after.id);
    Q_ASSERT(column);
    *column = after;
    updateText();
}

void EditColumnCommand::updateText()
{
    const Column *before = m_before.column(m_columnId);
    const Column *after = m_after.column(m_columnId);
    const QString qualified = m_after.name + QLatin1Char('.') + after->name;
    switch (m_property) {
    case Property::Name:
        setText(
            tr("Rename column \"%1.%2\" to \"%3\"").arg(m_after.name, before->name, after->name));
        break;
    case Property::Type:
        // The type as the user wrote it: the declared text where the column has one.
        setText(tr("Change type of \"%1\" to %2")
                    .arg(qualified,
                         after->typeDeclared && !after->declaredType.isEmpty()
                             ? after->declaredType
                             : after->type.toString()));
        break;
    case Property::Collation:
        setText(tr("Change collation of \"%1\"").arg(qualified));
        break;
    case Property::Identity:
        setText(tr("Change identity of \"%1\"").arg(qualified));
        break;
    case Property::Generated:
        setText(after->isGenerated()
                    ? tr("Generate \"%1\" as %2").arg(qualified, after->generatedExpression)
                    : tr("Make \"%1\" a plain column").arg(qualified));
        break;
    case Property::OnUpdate:
        setText(tr("Change ON UPDATE of \"%1\"").arg(qualified));
        break;
    case Property::Nullable:
        setText(after->nullable ? tr("Allow NULL in \"%1\"").arg(qualified)
                                : tr("Make \"%1\" NOT NULL").arg(qualified));
        break;
    case Property::Default:
        setText(after->hasDefault()
                    ? tr("Set default of \"%1\" to %2").arg(qualified, after->defaultValue)
                    : tr("Remove default of \"%1\"").arg(qualified));
        break;
    default:
        setText(tr("Edit column \"%1\"").arg(qualified));
        break;
    }
}

int EditColumnCommand::id() const
{
    return EditColumnCommandId;
}

bool EditColumnCommand::mergeWith(const QUndoCommand *other)
{
    auto next = static_cast<const EditColumnCommand *>(other);
    if (next->m_tableId != m_tableId || next->m_columnId != m_columnId
        || next->m_property != m_property || m_property == Property::Other
        || m_property == Property::Nullable || m_property == Property::AutoIncrement
        || m_property == Property::Unsigned || m_property == Property::Identity
        || m_property == Property::Generated)
        return false;
    m_after = next->m_after;
    updateText();
    setObsolete(m_before == m_after);
    return true;
}
