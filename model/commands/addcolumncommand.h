#pragma once

#include "tablesnapshotcommand.h"

#include <QCoreApplication>

class AddColumnCommand : public TableSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddColumnCommand)
public:
    // `column` carries an id allocated from the document; index -1 appends.
    AddColumnCommand(Document *document, Id tableId, const Column &column, int index = -1,
                     QUndoCommand *parent = nullptr);
};
