#pragma once

#include "id.h"
#include "simulationoverlay.h"

#include <QColor>
#include <QGraphicsItem>
#include <QVector>

class Schema;

// A table card on the canvas: a header with the table's name on its colour, then one row per
// column with markers (primary key, foreign key, not null, unique), its name and its type.
// The item copies what it draws from the model in updateFromModel(), so paint() reads nothing
// but its own members and never changes geometry.
class TableItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit TableItem(Id tableId);

    int type() const override { return Type; }
    Id tableId() const { return m_tableId; }

    void updateFromModel(const Schema &schema);
    // The column whose row is highlighted (selected in the tree or panel); 0 for none.
    void setHighlightedColumn(Id columnId);
    // What a simulation did to this table (an outline and a label above the card); an invalid
    // effect clears it.
    void setEffect(const ItemEffect &effect);
    const ItemEffect &effect() const { return m_effect; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    // Hit tests in item coordinates.
    QRectF cardRect() const { return QRectF(0, 0, m_width, height()); }
    QRectF headerRect() const;
    QRectF rowRect(int row) const;
    bool isHeaderAt(const QPointF &pos) const;
    Id columnAt(const QPointF &pos) const; // 0 on the header or outside the rows
    bool isPortAt(const QPointF &pos) const;
    // Scene y of a column's row centre; the header's centre for 0 or an unknown column.
    qreal anchorY(Id columnId) const;
    QRectF sceneCardRect() const { return cardRect().translated(pos()); }
    qreal height() const;
    int rowCount() const { return int(m_rows.size()); }
    QString name() const { return m_name; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Row
    {
        Id columnId = 0;
        QString name;
        QString type;
        bool primaryKey = false;
        bool foreignKey = false;
        bool notNull = false;
        bool unique = false;
        // For the tooltip, made only when the row is hovered (rowToolTip): building 100,000 of
        // them up front was a tenth of opening a 5,000-table schema.
        bool autoIncrement = false;
        bool hasDefault = false;
        QString defaultValue;
        QString comment;
        // Laid out once in updateFromModel(): paint() only draws.
        QString shownName;
        QString shownType;
        QString flags;
        QRectF nameRect;
        QRectF typeRect;
        QRectF flagsRect;
    };
    void layoutRows();
    QString rowToolTip(const Row &row) const;
    void paintRow(QPainter *painter, int index, qreal detail) const;

    Id m_tableId;
    QString m_name;
    QString m_shownName;
    QString m_toolTip;
    QColor m_color;
    QVector<Row> m_rows;
    qreal m_width = 0;
    qreal m_typeWidth = 0;
    Id m_highlightedColumn = 0;
    int m_hoveredRow = -2; // -1 header, -2 none
    ItemEffect m_effect;
};
