#pragma once

#include <QPointF>
#include <QSizeF>
#include <QVector>

// Places rectangles (laid-out pieces of a diagram) side by side in a rectangle of about a wanted
// aspect ratio (width / height), `gap` apart. Returns the top-left of each, parallel to
// `sizes`, and the size of the whole in *total.
namespace BlockPacker {

// Any order: tallest first on shelves, which wastes the least space. For pieces with no edges
// between them. The ratio bounds are as for packInOrder.
QVector<QPointF> packFreely(const QVector<QSizeF> &sizes, double aspect, double gap, QSizeF *total,
                            double minRatio = 0, double maxRatio = 1e9);

// In reading order: a piece is right of every piece of its row placed before it, or below the
// one before it in the same column, or in a later row below them all. So an earlier piece is
// always left of or above a later one, which keeps parents before children when the pieces
// are the segments of one topological order (LayoutOrder). Rows are tried at many widths; of
// the results within [minRatio, maxRatio] (if any are) the one nearest the aspect ratio wins,
// the less wasted space on a tie.
QVector<QPointF> packInOrder(const QVector<QSizeF> &sizes, double aspect, double gap, QSizeF *total,
                             double minRatio = 0, double maxRatio = 1e9);

} // namespace BlockPacker
