#pragma once

#include "tablesnapshotcommand.h"

#include <QCoreApplication>

// Removes a column: first every foreign key that uses it (as child or parent column), then the
// column from the primary key, unique constraints and indexes (dropping those left empty), then
// the column itself. One undo step.
class RemoveColumnCommand : public TableSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveColumnCommand)
public:
    RemoveColumnCommand(Document *document, Id tableId, Id columnId,
                        QUndoCommand *parent = nullptr);
};
