#include "foreignkeyitem.h"

#include "canvasstyle.h"
#include "paintedarea.h"
#include "schema.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace {

// Arrows on the screen are stroked as separate straight segments: the curve flattened (once
// per geometry and zoom step, see flattened()), and only the segments that come near what is
// being painted. Two reasons, both measured on 5,000 tables / 11,000 keys (bench_canvas
// interactionFrames):
// - Qt strokes a path or polyline wider than a pixel with its antialiasing rasteriser, whose
//   cost grows with the square of a row's length: a long, nearly horizontal arrow costs about a
//   millisecond, and hundreds of them cross any view of a large schema. A list of lines with a
//   solid pen and a flat cap takes the raster engine's line rasteriser instead, thirty times
//   faster, with the same coverage per pixel (no cap is added between segments).
// - What is painted is often a small part of the view (the strips a pan uncovers); the whole
//   curve would otherwise be rasterised for the few pixels that show.
void strokeAsLines(QPainter *painter, const QPolygonF &polygon, const PaintedArea &area,
                   qreal capLength)
{
    QVector<QLineF> lines;
    const int last = int(polygon.size()) - 2;
    for (int i = 0; i <= last; ++i) {
        const QRectF segment
            = QRectF(polygon.at(i), polygon.at(i + 1)).normalized().adjusted(-1, -1, 1, 1);
        if (!area.intersects(segment))
            continue;
        QLineF line(polygon.at(i), polygon.at(i + 1));
        // The ends keep the pen's square cap (the segments between them have none).
        if (capLength > 0 && line.length() > 0) {
            if (i == 0)
                line.setP1(line.pointAt(-capLength / line.length()));
            if (i == last)
                line.setP2(line.pointAt(1 + capLength / line.length()));
        }
        lines << line;
    }
    if (lines.isEmpty())
        return;
    QPen pen = painter->pen();
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLines(lines);
}
constexpr qreal BadgeHeight = 18;
constexpr qreal BadgeWidth = 50;
constexpr qreal HeadLength = 9;
constexpr qreal PairsHeight = 14;
constexpr qreal EndLength = 22; // room at each end for cardinality marks

// Where along the curve a badge may sit, best first: the middle, then further out.
constexpr qreal BadgePlaces[] = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};

QPointF cubicAt(const QPointF &p0, const QPointF &c0, const QPointF &c1, const QPointF &p1, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * c0 + 3 * u * t * t * c1 + t * t * t * p1;
}

bool coversUniqueSet(const Table *table, const QVector<Id> &columns)
{
    if (!table || columns.isEmpty())
        return false;
    auto covered = [&](const QVector<Id> &set) {
        if (set.isEmpty())
            return false;
        for (Id c : set) {
            if (!columns.contains(c))
                return false;
        }
        return true;
    };
    if (covered(table->primaryKey))
        return true;
    for (const UniqueConstraint &u : table->uniqueConstraints) {
        if (covered(u.columns))
            return true;
    }
    for (const TableIndex &x : table->indexes) {
        if (x.unique && covered(x.columns))
            return true;
    }
    return false;
}

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
    m_pairs
        = key->childColumns.size() > 1 ? childCols + QStringLiteral(" → ") + parentCols : QString();
    m_childOptional = false;
    m_identifying = childTable && !key->childColumns.isEmpty();
    for (Id c : key->childColumns) {
        const Column *column = childTable ? childTable->column(c) : nullptr;
        m_childOptional = m_childOptional || (column && column->nullable);
        m_identifying = m_identifying && childTable->isPrimaryKeyColumn(c);
    }
    m_childUnique = coversUniqueSet(childTable, key->childColumns);
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

void ForeignKeyItem::setNotation(Notation notation)
{
    if (m_notation == notation)
        return;
    m_notation = notation;
    updateGeometry();
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
    // The classic notations need a straight stretch at each end for their marks.
    const qreal minimumReach = m_notation == Notation::Badges ? 40 : 40 + EndLength / 2;
    QPointF start, end, c0, c1;
    qreal dir0 = 1, dir1 = 1; // +1: leaves to the right, -1: to the left

    if (m_child == m_parent) {
        // A loop beside the table's right edge, wider for each further self-reference.
        if (qFuzzyCompare(y0, y1))
            y1 += 8;
        start = QPointF(c.right(), y0);
        end = QPointF(c.right(), y1);
        const qreal out = minimumReach + spread;
        c0 = start + QPointF(out, 0);
        c1 = end + QPointF(out, 0);
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
        if (dir0 == dir1) {
            const qreal x = qMax(start.x(), end.x()) + minimumReach + spread;
            c0 = QPointF(x, start.y());
            c1 = QPointF(x, end.y());
        } else {
            const qreal reach = qMax<qreal>(minimumReach, qAbs(end.x() - start.x()) / 2) + spread;
            // Further lanes bulge downwards, so that keys between the same two tables (and
            // their badges) stay apart even when they use the same rows.
            c0 = start + QPointF(dir0 * reach, m_lane * 24);
            c1 = end + QPointF(dir1 * reach, m_lane * 24);
        }
    }
    m_path = QPainterPath(start);
    m_path.cubicTo(c0, c1, end);
    m_start = start;
    m_end = end;
    m_startDirection = dir0;
    m_endDirection = dir1;

    // The head points into the parent table.
    const QPointF tip = end;
    const QPointF back = tip + QPointF(dir1 * HeadLength, 0);
    m_head = QPolygonF({tip, back + QPointF(0, -4.5), back + QPointF(0, 4.5)});

    m_c0 = c0;
    m_c1 = c1;

    // The badge (and a composite key's column pairs) at the middle of the curve for now; the
    // scene moves it to a free place in placeLabels() once every item of this turn of the
    // event loop is where it belongs (asking the scene's index while it is being filled
    // would rebuild the index again and again).
    m_middle = m_onCurve = cubicAt(start, c0, c1, end, 0.5);
    labelsAt(m_middle, &m_badge, &m_pairsRect);
    m_labelRect = m_badge | m_pairsRect;
    updateBounds();
    if (auto schemaScene = qobject_cast<SchemaScene *>(scene()))
        schemaScene->scheduleLabelPlacement(m_keyId);
}

void ForeignKeyItem::placeLabels(const std::function<bool(const QRectF &)> &isFree)
{
    if (m_labelRect.isNull() || isFree(m_labelRect))
        return;
    // Along the curve from its middle outwards; where the curve runs only over cards (two
    // tables side by side), above or below its middle, tied to it by a short leader.
    auto use = [this, &isFree](const QPointF &at, const QPointF &onCurve) {
        QRectF badge, pairs;
        const QRectF candidate = labelsAt(at, &badge, &pairs);
        if (!isFree(candidate))
            return false;
        m_middle = at;
        m_onCurve = onCurve;
        m_badge = badge;
        m_pairsRect = pairs;
        m_labelRect = candidate;
        return true;
    };
    const QPointF middle = cubicAt(m_start, m_c0, m_c1, m_end, 0.5);
    bool placed = false;
    for (qreal t : BadgePlaces) {
        const QPointF at = cubicAt(m_start, m_c0, m_c1, m_end, t);
        if ((placed = use(at, at)))
            break;
    }
    for (int step = 1; !placed && step <= 4; ++step) {
        for (int sign : {-1, 1}) {
            if ((placed = use(middle + QPointF(0, sign * step * (BadgeHeight + 8)), middle)))
                break;
        }
    }
    if (placed) {
        updateBounds();
        update();
    }
}

void ForeignKeyItem::updateBounds()
{
    QRectF bounds = m_path.controlPointRect().adjusted(-10, -10, 10, 10) | m_head.boundingRect();
    bounds |= QRectF(m_onCurve, m_middle).normalized();
    if (!m_labelRect.isNull())
        bounds |= m_labelRect;
    m_effectLabel = QRectF();
    if (m_effect.isValid() && !m_effect.label.isEmpty()) {
        // Below the badge (or the curve's middle), never over the column pairs above it.
        const qreal w
            = QFontMetricsF(CanvasStyle::badgeFont()).horizontalAdvance(m_effect.label) + 12;
        const qreal top = m_badge.isNull() ? m_middle.y() + 4 : m_badge.bottom() + 2;
        m_effectLabel = QRectF(m_middle.x() - w / 2, top, w, 15);
        bounds |= m_effectLabel;
    }
    bounds.adjust(-2, -2, 2, 2);
    m_shape = QPainterPath(); // made on the first hit test, not on every move
    m_flattened = QPolygonF(); // and this on the next paint
    if (!m_dragBounds.isNull() && m_dragBounds.contains(bounds)) {
        // The scene's index is not told: only what was painted and what will be is redrawn.
        update(m_bounds);
        m_bounds = bounds;
        update(m_bounds);
        return;
    }
    prepareGeometryChange();
    m_bounds = bounds;
    if (!m_dragBounds.isNull())
        m_dragBounds |= bounds;
}

const QPolygonF &ForeignKeyItem::flattened(qreal deviceScale) const
{
    // Qt flattens a curve to half a unit of the coordinates it is given: flattened in the
    // device pixels of the next power-of-two zoom, the polygon is as fine as the painter's
    // own, and made again only when the zoom crosses a power of two or the arrow moves.
    const qreal scale = std::exp2(std::ceil(std::log2(qBound<qreal>(0.25, deviceScale, 16))));
    if (scale != m_flattenedScale || m_flattened.isEmpty()) {
        const QPolygonF fine = m_path.toSubpathPolygons(QTransform::fromScale(scale, scale)).value(0);
        m_flattened = QTransform::fromScale(1 / scale, 1 / scale).map(fine);
        m_flattenedScale = scale;
    }
    return m_flattened;
}

QRectF ForeignKeyItem::labelsAt(const QPointF &centre, QRectF *badge, QRectF *pairs) const
{
    *badge = QRectF();
    *pairs = QRectF();
    if (m_notation == Notation::Badges)
        *badge = QRectF(centre.x() - BadgeWidth / 2, centre.y() - BadgeHeight / 2, BadgeWidth,
                        BadgeHeight);
    if (!m_pairs.isEmpty()) {
        const qreal w = QFontMetricsF(CanvasStyle::badgeFont()).horizontalAdvance(m_pairs) + 8;
        const qreal bottom = badge->isNull() ? centre.y() - 2 : badge->top();
        *pairs = QRectF(centre.x() - w / 2, bottom - PairsHeight, w, PairsHeight);
    }
    return *badge | *pairs;
}

QRectF ForeignKeyItem::boundingRect() const
{
    return m_dragBounds.isNull() ? m_bounds : m_dragBounds;
}

void ForeignKeyItem::setDragBounds(const QRectF &area)
{
    const QRectF bounds = area.isNull() ? QRectF() : area | m_bounds;
    if (bounds == m_dragBounds)
        return;
    prepareGeometryChange();
    m_dragBounds = bounds;
}

QPainterPath ForeignKeyItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10); // generous: an arrow is easy to hit
        m_shape = stroker.createStroke(m_path);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
        m_shape.addPolygon(m_head);
    }
    return m_shape;
}

void ForeignKeyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = isSelected() ? CanvasStyle::selectionColor()
        : m_hasError            ? QColor(0xc6, 0x28, 0x28)
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
    // IDEF1X draws a non-identifying relationship dashed; an error dashes any arrow.
    if (m_hasError || (m_notation == Notation::Idef1x && !m_identifying))
        pen.setStyle(m_hasError ? Qt::DashLine : Qt::DashDotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal deviceScale = std::sqrt(std::abs(painter->deviceTransform().determinant()));
    // Beyond the pen's width nothing of a segment shows.
    const PaintedArea area(painter, 2 + pen.widthF() * deviceScale);
    if (area.isKnown() && pen.style() == Qt::SolidLine && pen.widthF() * deviceScale > 1) {
        strokeAsLines(painter, flattened(deviceScale), area,
                      pen.capStyle() == Qt::SquareCap ? pen.widthF() / 2 : 0);
    } else {
        // Thinner than a pixel, Qt draws the path with its cosmetic stroker, which is fast.
        m_flattened = QPolygonF();
        painter->drawPath(m_path);
    }
    // What lies outside the painted area costs its drawing (text shaping most) and shows
    // nothing.
    if (m_notation == Notation::Badges) {
        if (area.intersects(m_head.boundingRect())) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(m_head);
        }
    } else {
        const QSizeF reach(2 * (EndLength + 8), 2 * (EndLength + 8));
        if (area.intersects(QRectF(m_start - QPointF(EndLength + 8, EndLength + 8), reach))
            || area.intersects(QRectF(m_end - QPointF(EndLength + 8, EndLength + 8), reach)))
            paintEnds(painter, color);
    }
    if (detail < CanvasStyle::SimpleDetail)
        return;
    if (m_notation != Notation::Badges) {
        if (!m_pairs.isEmpty() && area.intersects(m_pairsRect)) {
            painter->setFont(CanvasStyle::badgeFont());
            painter->setPen(color);
            painter->drawText(m_pairsRect, Qt::AlignHCenter | Qt::AlignBottom, m_pairs);
        }
        return;
    }
    if (!area.intersects(m_labelRect | QRectF(m_onCurve, m_middle).normalized()))
        return;

    if (QLineF(m_onCurve, m_middle).length() > BadgeHeight / 2) {
        painter->setPen(QPen(color, 1, Qt::DotLine));
        painter->drawLine(m_onCurve, m_middle);
    }
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
        CanvasStyle::drawIcon(painter, CanvasStyle::actionIconResource(parts[i].action),
                              QRectF(part.left() + 8, part.center().y() - icon / 2.0, icon, icon));
    }
    if (!m_pairs.isEmpty()) {
        painter->setPen(color);
        painter->drawText(m_pairsRect, Qt::AlignHCenter | Qt::AlignBottom, m_pairs);
    }
}

void ForeignKeyItem::paintEnds(QPainter *painter, const QColor &color) const
{
    // Marks are drawn along the line's first stretch out of each card: `out` points away from
    // the card, `across` along its edge.
    auto mark = [&](const QPointF &edge, qreal direction, bool parentEnd) {
        const QPointF out(direction, 0);
        const QPointF across(0, 1);
        painter->setPen(QPen(color, 1.4));
        painter->setBrush(Qt::NoBrush);
        if (m_notation == Notation::CrowsFoot) {
            if (parentEnd) {
                // || exactly one; o| zero or one.
                painter->drawLine(edge + out * 7 - across * 6, edge + out * 7 + across * 6);
                if (m_childOptional) {
                    painter->setBrush(Qt::white);
                    painter->drawEllipse(edge + out * 15, 4, 4);
                } else {
                    painter->drawLine(edge + out * 12 - across * 6, edge + out * 12 + across * 6);
                }
                return;
            }
            if (m_childUnique) // o| zero or one
                painter->drawLine(edge + out * 7 - across * 6, edge + out * 7 + across * 6);
            else { // o< zero or many: the foot spreads onto the card
                painter->drawLine(edge + out * 11, edge - across * 7);
                painter->drawLine(edge + out * 11, edge + across * 7);
            }
            painter->setBrush(Qt::white);
            painter->drawEllipse(edge + out * 16, 4, 4);
            return;
        }
        // IDEF1X: a dot at the child ("Z": zero or one), a hollow diamond at an optional
        // parent.
        if (!parentEnd) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(edge + out * 4, 3.5, 3.5);
            if (m_childUnique) {
                painter->setPen(color);
                painter->setFont(CanvasStyle::badgeFont());
                painter->drawText(QRectF(edge + out * 9 - QPointF(5, 16), QSizeF(10, 10)),
                                  Qt::AlignCenter, QStringLiteral("Z"));
            }
        } else if (m_childOptional) {
            painter->setBrush(Qt::white);
            const QPointF centre = edge + out * 7;
            painter->drawPolygon(QPolygonF(
                {centre - out * 6, centre - across * 4, centre + out * 6, centre + across * 4}));
        }
    };
    mark(m_start, m_startDirection, false);
    mark(m_end, m_endDirection, true);
}
