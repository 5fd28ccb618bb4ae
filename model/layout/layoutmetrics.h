#pragma once

#include "../id.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

class Schema;

// How readable a diagram's layout is, measured on the cards' rectangles: what the layout tests
// assert (shape, overlaps, parents before children) and what the layout benchmark records
// (arrow lengths and crossings). An arrow is taken as the straight line between the points
// where the canvas attaches it: the middle of the child's side facing the parent and of the
// parent's side facing the child.
struct LayoutMetrics
{
    QRectF boundingBox;
    double aspect = 0; // width / height of the bounding box
    int overlaps = 0; // pairs of cards that intersect
    // Keys whose parent is neither left of nor above its child (self-references and keys
    // within a cycle of keys, which no layout can orient, are not counted).
    int parentsAfterChildren = 0;
    int arrows = 0;
    double totalArrowLength = 0;
    double medianArrowLength = 0;
    int longArrows = 0; // longer than LongArrow
    int crossings = 0; // pairs of arrows that cross (arrows sharing a table do not count)

    static constexpr double LongArrow = 2000; // more than a screen's width at 100 %

    static LayoutMetrics measure(const Schema &schema, const QHash<Id, QRectF> &cards);
    // The cards as AutoLayout estimates them (CardSize) at the given positions.
    static QHash<Id, QRectF> estimatedCards(const Schema &schema,
                                            const QHash<Id, QPointF> &positions);
    // "aspect 1.52, 0 overlaps, ..." for benchmark output.
    QString summary() const;
};
