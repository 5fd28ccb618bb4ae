#pragma once

#include "../foreignkey.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

// Changes a key's name, columns, parent, actions, deferrability or match. Consecutive edits of
// the name of one key merge (typing); every other change is its own step.
class EditForeignKeyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditForeignKeyCommand)
public:
    enum class Property { Name, Columns, OnDelete, OnUpdate, Deferrability, Match, Other };

    EditForeignKeyCommand(Document *document, const ForeignKey &after, Property property,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();
    Document *m_document;
    ForeignKey m_before;
    ForeignKey m_after;
    Property m_property;
};
