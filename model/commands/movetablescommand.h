#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QUndoCommand>

class Document;

// Moves one or more tables on the canvas. A drag pushes one of these on release. A command made
// with `continuing` set (arrow-key nudges) merges into the move before it when that move is of
// the same tables, so a run of nudges is one undo step.
class MoveTablesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveTablesCommand)
public:
    MoveTablesCommand(Document *document, const QHash<Id, QPointF> &newPositions,
                      bool continuing = false, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QHash<Id, QPointF> m_from;
    QHash<Id, QPointF> m_to;
    bool m_continuing;
};
