#pragma once

#include "id.h"
#include "referentialaction.h"
#include "simulationoverlay.h"

#include <QGraphicsItem>
#include <QPainterPath>

class Schema;
class TableItem;

// A foreign key drawn as one arrow from the child's key column(s) to the parent's, with a badge
// showing its ON DELETE and ON UPDATE actions as glyphs (full text in the tooltip). A
// composite key stays one arrow and names its column pairs beside the badge.
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
    void setHasError(bool hasError);
    // What a simulation sent through this key (a coloured underlay and a count); an invalid
    // effect clears it.
    void setEffect(const ItemEffect &effect);
    const ItemEffect &effect() const { return m_effect; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    const QPainterPath &path() const { return m_path; }
    QRectF badgeRect() const { return m_badge; }

private:
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
    ItemEffect m_effect;
    QRectF m_effectLabel;

    QPainterPath m_path;
    QPointF m_start, m_end, m_middle;
    QPolygonF m_head;
    QRectF m_badge;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
};
