#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QVector>

class Document;
class Schema;

// Arranges tables so that the diagram reads: parents left of or above their children, related
// tables near each other, arrows short and rarely crossing, no card on another, and the whole
// about the shape of the window, however many tables there are.
//
// How: the key graph is cut into pieces of about 30 tables (LayoutOrder: consecutive runs of a
// depth-first topological order, cut where few keys cross, cycles never cut). Each piece is
// laid out left to right as a layered graph (LayeredLayout: Graphviz's dot), reshaped if it is
// much taller or wider than the window (BlockShaper), and the pieces are placed in reading
// order in rows about as wide as the window's shape asks (BlockPacker), so an earlier piece is
// left of or above a later one and every key still points right or down to its parent's child.
// Tables without keys come last, packed freely. Laying out a whole schema with subject areas,
// each area's tables (a table in several: with the first area listing it) and then the tables
// in no area are laid out so, each group on its own, and the groups' blocks packed apart, so an
// area's region holds only its own tables; keys between groups are not oriented. Quality is
// measured in tests/benchmarks/import/bench_layout (edge length, crossings) against
// LayoutMetrics.
class AutoLayout
{
    Q_DECLARE_TR_FUNCTIONS(AutoLayout)
public:
    // Space kept free around each card, on top of CardSize's estimate: the canvas's real card
    // may be a little bigger than estimated.
    static constexpr double CardMargin = 16.0;
    // Width / height of the window the diagram is for, when none is given: a 16:10 screen's
    // canvas.
    static constexpr double DefaultAspect = 1.6;
    // Tables per piece.
    static constexpr int PieceSize = 30;

    // New top-left positions for `tables` (empty: all), in a bounding box of about `aspect`
    // (width / height). Only keys between two of these tables shape the layout. With a subset,
    // the result goes where the subset was (its top-left corner at the subset's former one) or,
    // if other cards are in the way there, to the nearest free place.
    static QHash<Id, QPointF> compute(const Schema &schema, const QVector<Id> &tables = {},
                                      double aspect = DefaultAspect);

    // Lays out every table of a schema that is not in a document yet (a fresh import), by
    // setting the positions directly: there is nothing to undo before the document exists.
    static void arrange(Schema *schema, double aspect = DefaultAspect);
};

// Lays out `tables` (empty: all) of the document and pushes the result as one
// MoveTablesCommand, so one undo restores every position. Returns false (and pushes nothing)
// when there is nothing to move.
bool applyAutoLayout(Document *document, const QVector<Id> &tables = {},
                     double aspect = AutoLayout::DefaultAspect);
