#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

class Schema;
struct Table;

// Where new or pasted tables can go without covering a table: the free spot nearest to where
// the user asked, on the 10-pixel grid the canvas uses, searched ring by ring. Far from any free
// spot (a packed diagram), to the right of everything.
class FreeSpace
{
public:
    static constexpr qreal Margin = 30; // kept clear around every card

    // The top-left for a rectangle of `size` nearest to `preferred` that keeps Margin from
    // every rectangle of `occupied`.
    static QPointF nearest(const QVector<QRectF> &occupied, const QSizeF &size,
                           const QPointF &preferred);
    // A table's card on the canvas, estimated from the model with the canvas's measurements
    // (for tables not drawn yet).
    static QSizeF cardSize(const Table &table);
};
