#include "paintedarea.h"

#include <QPaintEngine>
#include <QPainter>

namespace {
// A region of more rectangles than this is taken as its bounding rect: testing each would
// cost more than it saves.
constexpr int MaximumRects = 16;
} // namespace

PaintedArea::PaintedArea(const QPainter *painter, qreal margin)
{
    QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || !engine->paintDevice())
        return;
    // Device pixels from here; the system clip is in them, and it includes where the widget
    // sits in its window (the painter's redirection), as deviceTransform() does.
    const QTransform transform = painter->deviceTransform();
    if (!transform.isInvertible() || transform.isRotating())
        return;
    QVector<QRectF> device;
    const QRegion system = engine->systemClip();
    if (system.isEmpty()) {
        const QPaintDevice *target = engine->paintDevice();
        device << QRectF(0, 0, target->width(), target->height());
    } else if (system.rectCount() <= MaximumRects) {
        for (const QRect &rect : system)
            device << QRectF(rect);
    } else {
        device << QRectF(system.boundingRect());
    }
    const QRectF clip = painter->hasClipping() ? transform.mapRect(painter->clipBoundingRect())
                                               : QRectF();
    const QTransform back = transform.inverted();
    for (QRectF rect : std::as_const(device)) {
        if (!clip.isNull())
            rect &= clip;
        if (rect.isEmpty())
            continue;
        rect = back.mapRect(rect.adjusted(-margin, -margin, margin, margin));
        m_rects << rect;
        m_bounds |= rect;
    }
    m_known = true;
}

bool PaintedArea::intersects(const QRectF &rect) const
{
    if (!m_known)
        return true;
    if (!m_bounds.intersects(rect))
        return false;
    for (const QRectF &painted : m_rects) {
        if (painted.intersects(rect))
            return true;
    }
    return false;
}
