#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QVector>

class Document;
class Schema;

// Arranges tables so that foreign-key arrows are short and rarely cross, parents left of their
// children, cards never overlapping. Uses Graphviz's `dot` (libgvc) per connected component of
// the key graph: dot's layered layout is what puts parents before children and keeps
// crossings low, and it honours fixed node sizes, so cards do not overlap. Components are then
// packed on shelves, biggest first, so a schema of many small clusters is not one long row.
//
// Large components: dot's crossing minimisation and network simplex are superlinear, so their
// iteration limits are lowered with the component size (see AutoLayout.cpp) to keep a
// 5,000-table schema under ten seconds; the layering itself stays exact.
class AutoLayout
{
    Q_DECLARE_TR_FUNCTIONS(AutoLayout)
public:
    // Space kept free around each card, on top of CardSize's estimate: the canvas's real card
    // may be a little bigger than estimated.
    static constexpr double CardMargin = 16.0;

    // New top-left positions for `tables` (empty: all). Only keys between two of these tables
    // shape the layout. With a subset, the result is placed at the subset's former top-left
    // corner, so the selection stays where the user was looking.
    static QHash<Id, QPointF> compute(const Schema &schema, const QVector<Id> &tables = {});

    // Lays out every table of a schema that is not in a document yet (a fresh import), by
    // setting the positions directly: there is nothing to undo before the document exists.
    static void arrange(Schema *schema);
};

// Lays out `tables` (empty: all) of the document and pushes the result as one
// MoveTablesCommand, so one undo restores every position. Returns false (and pushes nothing)
// when there is nothing to move.
bool applyAutoLayout(Document *document, const QVector<Id> &tables = {});
