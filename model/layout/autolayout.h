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
// Large components (over 600 tables): the hubs (tables more than max(20, sqrt(n)) others
// reference) go to a block of their own at the far left and the rest is laid out without their
// edges, which splits it into its modules. A component still over 1,000 tables after that gets
// a linear layered fallback (longest-path columns, one barycentre pass) instead of dot, whose
// virtual nodes for long edges make it take minutes there. Measured in
// tests/benchmarks/import/bench_import.
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
