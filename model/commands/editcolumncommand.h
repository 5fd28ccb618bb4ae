#pragma once

#include "tablesnapshotcommand.h"

#include <QCoreApplication>

// Changes one column's properties (name, type, nullability, default, ...). Consecutive edits of
// the same typed property of the same column merge into one step; toggles, the identity and the
// generated expression (whose Stored box is a separate click) stay steps of their own.
class EditColumnCommand : public TableSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditColumnCommand)
public:
    enum class Property {
        Name,
        Type,
        Unsigned,
        Collation,
        Nullable,
        Default,
        AutoIncrement,
        Identity,
        Generated,
        OnUpdate,
        Comment,
        Other,
    };

    EditColumnCommand(Document *document, Id tableId, const Column &after, Property property,
                      QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();
    Id m_columnId;
    Property m_property;
};
