#pragma once

#include "id.h"
#include "notation.h"
#include "referentialaction.h"
#include "simulationoverlay.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <functional>

class Schema;
class TableItem;

// A foreign key drawn as one arrow from the child's key column(s) to the parent's, with a badge
// showing its ON DELETE and ON UPDATE actions as glyphs (full text in the tooltip). A
// composite key stays one arrow and names its column pairs beside the badge. With another
// notation (crow's foot, IDEF1X) the ends carry the cardinality instead of a head and badge.
//
// The badge sits at the middle of the curve unless a card or another key's badge is there; it
// then slides along the curve to the nearest free place (placeLabels(), run by the scene once
// per turn of the event loop for the keys that changed).
//
// The arrow follows its two table items; the scene calls updateGeometry() when either moves, so
// a drag costs only the arrows of the dragged tables.
class ForeignKeyItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit ForeignKeyItem(Id keyId);

    int type() const override { return Type; }
    Id keyId() const { return m_keyId; }
    Id childTableId() const { return m_childTable; }
    Id parentTableId() const { return m_parentTable; }
    ReferentialAction onDelete() const { return m_onDelete; }
    ReferentialAction onUpdate() const { return m_onUpdate; }

    // `lane` separates several keys between the same two tables (0, 1, 2 ...).
    void updateFromModel(const Schema &schema, const TableItem *child, const TableItem *parent,
                         int lane);
    void updateGeometry();
    // Moves the badge off cards and other badges (see updateGeometry()); called by the scene,
    // which says through `isFree` where there is room (see LabelGrid).
    void placeLabels(const std::function<bool(const QRectF &)> &isFree);
    void setHasError(bool hasError);
    void setNotation(Notation notation);
    Notation notation() const { return m_notation; }
    // The cardinality the classic notations draw, from the key's columns.
    bool childOptional() const { return m_childOptional; }
    bool childUnique() const { return m_childUnique; }
    bool identifying() const { return m_identifying; }
    // What a simulation sent through this key (a coloured underlay and a count); an invalid
    // effect clears it.
    void setEffect(const ItemEffect &effect);
    const ItemEffect &effect() const { return m_effect; }

    // While a table is dragged, its arrows change shape on every mouse move; telling the
    // scene's index each time (prepareGeometryChange()) costs tens of milliseconds per move
    // for a table with many long arrows (the BSP tree files each in every leaf it covers).
    // Given an area (the view's, around the drag), the arrow reports it as its bounds, once,
    // and then only repaints where it was and is, until the area is cleared (on release) or
    // left.
    void setDragBounds(const QRectF &area);
    bool hasDragBounds() const { return !m_dragBounds.isNull(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    const QPainterPath &path() const { return m_path; }
    // The badge (Badges notation) and the composite key's column pairs above it, in scene
    // coordinates; empty when not drawn.
    QRectF badgeRect() const { return m_badge; }
    QRectF labelRect() const { return m_labelRect; }

private:
    QRectF labelsAt(const QPointF &centre, QRectF *badge, QRectF *pairs) const;
    void updateBounds();
    void paintEnds(QPainter *painter, const QColor &color) const;
    // The curve as a polygon as fine as the painter would flatten it at `deviceScale` (device
    // pixels per scene unit); kept until the arrow moves or the zoom crosses a power of two.
    const QPolygonF &flattened(qreal deviceScale) const;
    Id m_keyId;
    Id m_childTable = 0;
    Id m_parentTable = 0;
    Id m_childAnchorColumn = 0;
    Id m_parentAnchorColumn = 0;
    const TableItem *m_child = nullptr;
    const TableItem *m_parent = nullptr;
    int m_lane = 0;
    ReferentialAction m_onDelete = ReferentialAction::NoAction;
    ReferentialAction m_onUpdate = ReferentialAction::NoAction;
    QString m_pairs; // "a, b → x, y" for composite keys; empty otherwise
    bool m_hasError = false;
    Notation m_notation = Notation::Badges;
    bool m_childOptional = false; // a key column is nullable: a child may have no parent
    bool m_childUnique = false; // the key columns are unique: one child per parent at most
    bool m_identifying = false; // the key columns are part of the child's primary key
    ItemEffect m_effect;
    QRectF m_effectLabel;

    QPainterPath m_path;
    QPointF m_start, m_end;
    QPointF m_c0, m_c1; // the curve's control points
    QPointF m_middle; // the badge's centre
    QPointF m_onCurve; // the curve's point the badge belongs to (a leader joins them)
    qreal m_startDirection = 1, m_endDirection = 1; // +1: the line leaves the card rightwards
    QPolygonF m_head;
    QRectF m_badge;
    QRectF m_pairsRect;
    QRectF m_labelRect; // m_badge | m_pairsRect
    QRectF m_bounds;
    QRectF m_dragBounds; // see setDragBounds()
    mutable QPainterPath m_shape;
    mutable QPolygonF m_flattened;
    mutable qreal m_flattenedScale = 0;
};
