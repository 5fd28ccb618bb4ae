#pragma once

#include "../foreignkey.h"

#include <QCoreApplication>
#include <QUndoCommand>

class Document;

class RemoveForeignKeyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveForeignKeyCommand)
public:
    RemoveForeignKeyCommand(Document *document, Id keyId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    ForeignKey m_key;
    int m_index;
};
