#pragma once

#include "../foreignkey.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

class AddForeignKeyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddForeignKeyCommand)
public:
    // The key's tables and columns must exist when redo() runs (earlier children of the same
    // macro may create the child columns).
    AddForeignKeyCommand(Document *document, const ForeignKey &key, int index = -1,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    ForeignKey m_key;
    int m_index;
};
