#pragma once

#include "tablesnapshotcommand.h"

#include <QCoreApplication>

class MoveColumnCommand : public TableSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveColumnCommand)
public:
    MoveColumnCommand(Document *document, Id tableId, Id columnId, int newIndex,
                      QUndoCommand *parent = nullptr);
};
