#pragma once

#include "id.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

// A subject area on the canvas: a tinted, rounded region behind its tables with the area's
// name on a tab at its top-left corner. It lies below the arrows and the cards and takes no
// mouse button itself: only its tab counts as "on the area" (shape()), so a click or a rubber
// band anywhere else inside the region behaves as on the bare canvas. SubjectAreaLayer sets
// its geometry; paint() only reads members.
class SubjectAreaItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr qreal Padding = 24; // around the member cards
    static constexpr qreal TabHeight = 24;

    explicit SubjectAreaItem(Id areaId);

    int type() const override { return Type; }
    Id areaId() const { return m_areaId; }
    QString name() const { return m_name; }
    QColor color() const { return m_color; }

    // `cards`: the union of the visible member cards, in scene coordinates (null: nothing to
    // draw).
    void setContent(const QString &name, const QColor &color, const QRectF &cards);
    // The region drawn, in scene coordinates (the item stays at the origin).
    QRectF regionRect() const { return m_region; }
    QRectF tabRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor defaultColor() { return QColor(0x6a, 0x8c, 0xaf); }

private:
    Id m_areaId;
    QString m_name;
    QColor m_color;
    QRectF m_region;
    qreal m_tabWidth = 0;
};
