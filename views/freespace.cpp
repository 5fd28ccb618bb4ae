#include "freespace.h"

#include "canvasstyle.h"
#include "layout/cardsize.h"
#include "table.h"

#include <QtMath>

namespace {
constexpr qreal Step = 10;
constexpr int MaximumRings = 150; // 1,500 pixels around the wished-for spot
} // namespace

QSizeF FreeSpace::cardSize(const Table &table)
{
    const qreal width = qBound(CanvasStyle::MinimumWidth, CardSize::estimate(table).width(),
                               CanvasStyle::MaximumWidth);
    const qreal height = CanvasStyle::HeaderHeight + 2
        + qMax<qsizetype>(1, table.columns.size()) * CanvasStyle::RowHeight + 4;
    return {width, height};
}

QPointF FreeSpace::nearest(const QVector<QRectF> &occupied, const QSizeF &size,
                           const QPointF &preferred)
{
    const QPointF start(qRound(preferred.x() / Step) * Step, qRound(preferred.y() / Step) * Step);
    // Only rectangles that can matter at all are tested for each candidate.
    const QRectF reach = QRectF(start, size)
                             .adjusted(-MaximumRings * Step - Margin, -MaximumRings * Step - Margin,
                                       MaximumRings * Step + Margin, MaximumRings * Step + Margin);
    QVector<QRectF> near;
    QRectF all;
    for (const QRectF &r : occupied) {
        all |= r;
        if (r.intersects(reach))
            near.append(r.adjusted(-Margin, -Margin, Margin, Margin));
    }
    auto isFree = [&](const QPointF &topLeft) {
        const QRectF candidate(topLeft, size);
        for (const QRectF &r : std::as_const(near)) {
            if (r.intersects(candidate))
                return false;
        }
        return true;
    };
    if (isFree(start))
        return start;
    for (int ring = 1; ring <= MaximumRings; ++ring) {
        // The ring's cells, nearest first: a spot straight right or below beats a diagonal.
        QPointF best;
        qreal bestDistance = -1;
        const qreal d = ring * Step;
        auto consider = [&](qreal dx, qreal dy) {
            const QPointF p = start + QPointF(dx, dy);
            const qreal distance = dx * dx + dy * dy;
            if ((bestDistance < 0 || distance < bestDistance) && isFree(p)) {
                best = p;
                bestDistance = distance;
            }
        };
        for (int i = -ring; i <= ring; ++i) {
            consider(i * Step, -d);
            consider(i * Step, d);
            if (i != -ring && i != ring) {
                consider(-d, i * Step);
                consider(d, i * Step);
            }
        }
        if (bestDistance >= 0)
            return best;
    }
    return QPointF(qCeil((all.right() + 2 * Margin) / Step) * Step, start.y());
}
