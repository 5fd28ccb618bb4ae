#pragma once

#include "tablesnapshotcommand.h"

#include <QCoreApplication>

// Changes a table's own properties: name, comment, colour, primary key, unique constraints,
// indexes, CHECK constraints, table options, triggers. Consecutive edits of the name, or of the
// comment, of the same table merge into one step (typing letter by letter is one undo step).
// Columns have their own commands.
class EditTableCommand : public TableSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTableCommand)
public:
    enum class Property {
        Name,
        Comment,
        Color,
        PrimaryKey,
        UniqueConstraints,
        Indexes,
        Checks,
        Options,
        Triggers,
        Other
    };

    EditTableCommand(Document *document, const Table &after, Property property,
                     QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();
    Property m_property;
};
