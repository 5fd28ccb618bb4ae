#pragma once

#include "../table.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

class Document;

// Removes tables and, first, every foreign key from or to any of them (a key between two of
// them once), and takes them out of every subject area: one undo step.
class RemoveTableCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTableCommand)
public:
    RemoveTableCommand(Document *document, const QVector<Id> &tableIds,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QVector<Id> m_tableIds;
    // Filled by redo(): each table with the index it had when it was taken out.
    QVector<QPair<int, Table>> m_removed;
};
