#include "subjectareaitem.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {
QFont tabFont()
{
    QFont font = CanvasStyle::headerFont();
    font.setBold(true);
    return font;
}
} // namespace

SubjectAreaItem::SubjectAreaItem(Id areaId)
    : m_areaId(areaId)
{
    setZValue(-10); // below the arrows (0) and the cards (1)
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void SubjectAreaItem::setContent(const QString &name, const QColor &color, const QRectF &cards)
{
    const QRectF region = cards.isNull()
        ? QRectF()
        : cards.adjusted(-Padding, -Padding - TabHeight, Padding, Padding);
    const qreal tabWidth = QFontMetricsF(tabFont()).horizontalAdvance(name) + 20;
    if (region != m_region || tabWidth != m_tabWidth)
        prepareGeometryChange();
    m_region = region;
    m_tabWidth = tabWidth;
    m_name = name;
    m_color = color.isValid() ? color : defaultColor();
    update();
}

QRectF SubjectAreaItem::tabRect() const
{
    if (m_region.isNull())
        return {};
    return QRectF(m_region.topLeft(), QSizeF(qMin(m_tabWidth, m_region.width()), TabHeight));
}

QRectF SubjectAreaItem::boundingRect() const
{
    return m_region.adjusted(-1, -1, 1, 1);
}

QPainterPath SubjectAreaItem::shape() const
{
    QPainterPath path;
    path.addRect(tabRect());
    return path;
}

void SubjectAreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_region.isNull())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_color;
    fill.setAlpha(34);
    QColor border = m_color.darker(115);
    border.setAlpha(170);
    painter->setPen(QPen(border, 1.5, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_region, 10, 10);

    const QRectF tab = tabRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawRoundedRect(tab, 8, 8);
    painter->setPen(CanvasStyle::textOn(m_color));
    painter->setFont(tabFont());
    const QString text
        = QFontMetricsF(tabFont()).elidedText(m_name, Qt::ElideRight, tab.width() - 16);
    painter->drawText(tab.adjusted(10, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
}
