#pragma once

#include "../table.h"

#include <QUndoCommand>

class Document;

// Base of the commands that change one table's content: it keeps the whole table before and
// after, so that undo restores exactly what was there (column ids, order, constraints).
// Subclasses compute the "after" table in their constructor. Child commands (e.g. removing the
// foreign keys of a column) run before the snapshot on redo and after it on undo.
class TableSnapshotCommand : public QUndoCommand
{
public:
    TableSnapshotCommand(Document *document, Id tableId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    Id tableId() const { return m_tableId; }
    const Table &before() const { return m_before; }
    const Table &after() const { return m_after; }
    // False when the command would change nothing (callers then do not push it).
    bool changesSomething() const { return m_before != m_after || childCount() > 0; }

protected:
    Document *m_document;
    Id m_tableId;
    Table m_before;
    Table m_after;
};
