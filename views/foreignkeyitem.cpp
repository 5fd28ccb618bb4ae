#include "foreignkeyitem.h"

#include "canvasstyle.h"
#include "schema.h"
#include "tableitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace {
constexpr qreal BadgeHeight = 18;
constexpr qreal BadgeWidth = 50;
constexpr qreal HeadLength = 9;

QString columnNames(const Table *table, const QVector<Id> &ids)
{
    QStringList names;
    for (Id id : ids) {
        const Column *c = table ? table->column(id) : nullptr;
        names << (c ? c->name : QStringLiteral("?"));
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

ForeignKeyItem::ForeignKeyItem(Id keyId)
    : m_keyId(keyId)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void ForeignKeyItem::updateFromModel(const Schema &schema, const TableItem *child,
                                     const TableItem *parent, int lane)
{
    const ForeignKey *key = schema.foreignKey(m_keyId);
    if (!key)
        return;
    m_childTable = key->childTable;
    m_parentTable = key->parentTable;
    m_childAnchorColumn = key->childColumns.value(0);
    m_parentAnchorColumn = key->parentColumns.value(0);
    m_child = child;
    m_parent = parent;
    m_lane = lane;
    m_onDelete = key->onDelete;
    m_onUpdate = key->onUpdate;
    const Table *childTable = schema.table(key->childTable);
    const Table *parentTable = schema.table(key->parentTable);
    const QString childCols = columnNames(childTable, key->childColumns);
    const QString parentCols = columnNames(parentTable, key->parentColumns);
    m_pairs = key->childColumns.size() > 1 ? childCols + QStringLiteral(" → ") + parentCols
                                           : QString();
    setToolTip(CanvasStyle::tr("<b>%1</b><br>%2(%3) → %4(%5)<br>ON DELETE %6<br>ON UPDATE %7")
                   .arg(key->name.toHtmlEscaped(),
                        childTable ? childTable->name.toHtmlEscaped() : QString(),
                        childCols.toHtmlEscaped(),
                        parentTable ? parentTable->name.toHtmlEscaped() : QString(),
                        parentCols.toHtmlEscaped(), CanvasStyle::actionName(key->onDelete),
                        CanvasStyle::actionName(key->onUpdate)));
    updateGeometry();
}

void ForeignKeyItem::setEffect(const ItemEffect &effect)
{
    if (effect.label == m_effect.label && effect.color == m_effect.color
        && effect.predicted == m_effect.predicted)
        return;
    m_effect = effect;
    updateGeometry(); // the label changes the bounds
    update();
}

void ForeignKeyItem::setHasError(bool hasError)
{
    if (m_hasError != hasError) {
        m_hasError = hasError;
        update();
    }
}

void ForeignKeyItem::updateGeometry()
{
    if (!m_child || !m_parent)
        return;
    const QRectF c = m_child->sceneCardRect();
    const QRectF p = m_parent->sceneCardRect();
    qreal y0 = m_child->anchorY(m_childAnchorColumn);
    qreal y1 = m_parent->anchorY(m_parentAnchorColumn);
    const qreal spread = m_lane * 14;
    QPointF start, end;
    qreal dir0 = 1, dir1 = 1; // +1: leaves to the right, -1: to the left

    if (m_child == m_parent) {
        // A loop beside the table's right edge, wider for each further self-reference.
        if (qFuzzyCompare(y0, y1))
            y1 += 8;
        start = QPointF(c.right(), y0);
        end = QPointF(c.right(), y1);
        const qreal out = 40 + spread;
        m_path = QPainterPath(start);
        m_path.cubicTo(start + QPointF(out, 0), end + QPointF(out, 0), end);
        m_middle = (start + end) / 2 + QPointF(out * 0.75, 0);
        dir1 = 1;
    } else {
        if (c.right() + 12 <= p.left()) {
            start = QPointF(c.right(), y0);
            end = QPointF(p.left(), y1);
            dir0 = 1;
            dir1 = -1;
        } else if (p.right() + 12 <= c.left()) {
            start = QPointF(c.left(), y0);
            end = QPointF(p.right(), y1);
            dir0 = -1;
            dir1 = 1;
        } else {
            // Stacked: go out on the right of both and come back.
            start = QPointF(c.right(), y0);
            end = QPointF(p.right(), y1);
            dir0 = dir1 = 1;
        }
        QPointF c0, c1;
        if (dir0 == dir1) {
            const qreal x = qMax(start.x(), end.x()) + 40 + spread;
            c0 = QPointF(x, start.y());
            c1 = QPointF(x, end.y());
        } else {
            const qreal reach = qMax<qreal>(40, qAbs(end.x() - start.x()) / 2) + spread;
            // Further lanes bulge downwards, so that keys between the same two tables (and
            // their badges) stay apart even when they use the same rows.
            c0 = start + QPointF(dir0 * reach, m_lane * 24);
            c1 = end + QPointF(dir1 * reach, m_lane * 24);
        }
        m_path = QPainterPath(start);
        m_path.cubicTo(c0, c1, end);
        // The curve at t = 0.5, without measuring its length as pointAtPercent() would.
        m_middle = (start + 3 * c0 + 3 * c1 + end) / 8;
    }
    m_start = start;
    m_end = end;

    // The head points into the parent table.
    const QPointF tip = end;
    const QPointF back = tip + QPointF(dir1 * HeadLength, 0);
    m_head = QPolygonF({tip, back + QPointF(0, -4.5), back + QPointF(0, 4.5)});

    const QPointF mid = m_middle;
    m_badge = QRectF(mid.x() - BadgeWidth / 2, mid.y() - BadgeHeight / 2, BadgeWidth, BadgeHeight);

    QRectF bounds = m_path.controlPointRect().adjusted(-6, -6, 6, 6) | m_badge | m_head.boundingRect();
    if (!m_pairs.isEmpty()) {
        const qreal w = QFontMetricsF(CanvasStyle::badgeFont()).horizontalAdvance(m_pairs) + 8;
        bounds |= QRectF(mid.x() - w / 2, m_badge.top() - 14, w, 14);
    }
    m_effectLabel = QRectF();
    if (m_effect.isValid() && !m_effect.label.isEmpty()) {
        // Below the badge, so that it never covers the column pairs above it.
        const qreal w = QFontMetricsF(CanvasStyle::badgeFont()).horizontalAdvance(m_effect.label) + 12;
        m_effectLabel = QRectF(mid.x() - w / 2, m_badge.bottom() + 2, w, 15);
        bounds |= m_effectLabel;
    }
    prepareGeometryChange();
    m_shape = QPainterPath(); // made on the first hit test, not on every move
    m_bounds = bounds.adjusted(-2, -2, 2, 2);
}

QRectF ForeignKeyItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ForeignKeyItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10); // generous: an arrow is easy to hit
        m_shape = stroker.createStroke(m_path);
        m_shape.addRect(m_badge);
        m_shape.addPolygon(m_head);
    }
    return m_shape;
}

void ForeignKeyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = isSelected() ? CanvasStyle::selectionColor()
                   : m_hasError ? QColor(0xc6, 0x28, 0x28)
                                : CanvasStyle::arrowColor();
    if (detail < CanvasStyle::BoxOnlyDetail) {
        // Thousands of arrows a few pixels long: straight, aliased lines are all one can see.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(color, 0));
        painter->drawLine(m_start, m_end);
        painter->setRenderHint(QPainter::Antialiasing, true);
        return;
    }
    if (m_effect.isValid()) {
        // A wide translucent underlay in the effect's colour, under the arrow itself.
        QColor under = m_effect.color;
        under.setAlpha(120);
        QPen underPen(under, 7, m_effect.predicted ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        painter->setPen(underPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        if (!m_effectLabel.isNull() && detail >= CanvasStyle::SimpleDetail) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_effect.color);
            painter->drawRoundedRect(m_effectLabel, 4, 4);
            painter->setFont(CanvasStyle::badgeFont());
            painter->setPen(CanvasStyle::textOn(m_effect.color));
            painter->drawText(m_effectLabel, Qt::AlignCenter, m_effect.label);
        }
    }
    QPen pen(color, isSelected() ? 2.5 : 1.4);
    if (m_hasError)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);
    if (detail < CanvasStyle::SimpleDetail)
        return;

    // The badge: "D" and the ON DELETE glyph, "U" and the ON UPDATE glyph.
    painter->setPen(QPen(color, isSelected() ? 1.5 : 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_badge, BadgeHeight / 2, BadgeHeight / 2);
    painter->setFont(CanvasStyle::badgeFont());
    painter->setPen(QColor(0x55, 0x5f, 0x6d));
    const qreal half = m_badge.width() / 2;
    const int icon = int(CanvasStyle::IconSize);
    const struct
    {
        QString letter;
        ReferentialAction action;
    } parts[2] = {{CanvasStyle::tr("D", "ON DELETE badge"), m_onDelete},
                  {CanvasStyle::tr("U", "ON UPDATE badge"), m_onUpdate}};
    for (int i = 0; i < 2; ++i) {
        const QRectF part(m_badge.left() + i * half + 3, m_badge.top(), half - 3, m_badge.height());
        painter->drawText(QRectF(part.left(), part.top(), 8, part.height()), Qt::AlignCenter,
                          parts[i].letter);
        painter->drawPixmap(QPointF(part.left() + 8, part.center().y() - icon / 2.0),
                            CanvasStyle::iconPixmap(CanvasStyle::actionIconResource(parts[i].action), icon));
    }
    if (!m_pairs.isEmpty()) {
        painter->setPen(color);
        painter->drawText(QRectF(m_badge.center().x() - 200, m_badge.top() - 14, 400, 13),
                          Qt::AlignHCenter | Qt::AlignBottom, m_pairs);
    }
}
