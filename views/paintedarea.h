#pragma once

#include <QRectF>
#include <QVector>

class QPainter;

// What one paint() call is asked to cover, in the painter's logical coordinates: the paint
// engine's system clip (on the screen, the widget's exposed region: the strips a pan uncovers,
// the rectangle a dragged table dirtied), within the device and the painter's own clip.
// QGraphicsView hands every item whose bounding rect meets that region to paint() whole; what
// lies outside is only cut off pixel by pixel, after the work of flattening, stroking or
// shaping it is done. Items ask this first and skip what cannot show.
class PaintedArea
{
public:
    // `margin`, in device pixels, widens each rectangle (a pen's reach beyond a segment).
    explicit PaintedArea(const QPainter *painter, qreal margin = 0);

    // False when the device says nothing of it (a printer, a picture): paint everything.
    bool isKnown() const { return m_known; }
    bool intersects(const QRectF &rect) const;
    const QVector<QRectF> &rects() const { return m_rects; }
    QRectF boundingRect() const { return m_bounds; }

private:
    QVector<QRectF> m_rects;
    QRectF m_bounds;
    bool m_known = false;
};
