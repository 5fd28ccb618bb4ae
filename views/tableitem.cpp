#include "tableitem.h"

#include "canvasstyle.h"
#include "schema.h"
#include "schemascene.h"
#include "textmeasure.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal MarkerWidth = 18;
}

TableItem::TableItem(Id tableId)
    : m_tableId(tableId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1); // above the arrows
    setCacheMode(DeviceCoordinateCache);
}

void TableItem::updateFromModel(const Schema &schema)
{
    const Table *table = schema.table(m_tableId);
    if (!table)
        return;
    QVector<Id> keyColumns;
    for (Id keyId : schema.foreignKeysOfTable(m_tableId)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key && key->childTable == m_tableId)
            keyColumns += key->childColumns;
    }

    const TextMeasure header(CanvasStyle::headerFont());
    const TextMeasure row(CanvasStyle::rowFont());
    QFont boldFont = CanvasStyle::rowFont();
    boldFont.setBold(true);
    const TextMeasure rowBold(boldFont);
    const TextMeasure badge(CanvasStyle::badgeFont());
    qreal nameWidth = 0;
    qreal typeWidth = 0;
    qreal flagsWidth = 0;
    QVector<Row> rows;
    rows.reserve(table->columns.size());
    // Translated once per card, not once per column.
    const QString notNullMarker = CanvasStyle::tr("NN", "marker: not null");
    const QString uniqueMarker = CanvasStyle::tr("UQ", "marker: unique");
    const QString foreignKeyMarker = CanvasStyle::tr("FK", "marker: also a foreign key");
    for (const Column &c : table->columns) {
        Row r;
        r.columnId = c.id;
        r.name = c.name;
        r.type = c.type.toString() + (c.isUnsigned ? QStringLiteral(" unsigned") : QString());
        r.primaryKey = table->isPrimaryKeyColumn(c.id);
        r.foreignKey = keyColumns.contains(c.id);
        r.notNull = !c.nullable;
        r.unique = !r.primaryKey && table->isUniqueColumn(c.id);
        r.autoIncrement = c.autoIncrement;
        r.hasDefault = c.hasDefault();
        if (r.hasDefault)
            r.defaultValue = c.defaultValue;
        r.comment = c.comment;
        QStringList shown;
        if (r.notNull)
            shown << notNullMarker;
        if (r.unique)
            shown << uniqueMarker;
        if (r.primaryKey && r.foreignKey)
            shown << foreignKeyMarker;
        r.flags = shown.join(QLatin1Char(' '));
        if (!r.flags.isEmpty())
            flagsWidth = qMax(flagsWidth, badge.width(r.flags) + 6);
        nameWidth = qMax(nameWidth, (r.primaryKey ? rowBold : row).width(r.name));
        // Long types ("timestamp with time zone") elide rather than widen every card.
        typeWidth = qMax(typeWidth, qMin<qreal>(110, row.width(r.type)));
        rows << r;
    }
    const qreal headerWidth = header.width(table->name) + 2 * CanvasStyle::Padding;
    const qreal rowWidth = MarkerWidth + nameWidth + typeWidth + flagsWidth
                           + 3 * CanvasStyle::Padding + CanvasStyle::PortWidth;
    const qreal width = qBound(CanvasStyle::MinimumWidth, qMax(headerWidth, rowWidth),
                               CanvasStyle::MaximumWidth);

    if (width != m_width || rows.size() != m_rows.size())
        prepareGeometryChange();
    m_width = width;
    m_typeWidth = typeWidth;
    m_rows = rows;
    m_name = table->name;
    layoutRows();
    m_color = table->color.isValid() ? table->color : CanvasStyle::defaultHeaderColor();
    m_toolTip = QStringLiteral("<b>%1</b>").arg(table->name.toHtmlEscaped());
    if (!table->comment.isEmpty())
        m_toolTip += QStringLiteral("<br><i>%1</i>").arg(table->comment.toHtmlEscaped());
    if (pos() != table->position)
        setPos(table->position);
    update();
}

void TableItem::layoutRows()
{
    const TextMeasure header(CanvasStyle::headerFont());
    m_shownName = header.elided(m_name, m_width - 2 * CanvasStyle::Padding);
    QFont bold = CanvasStyle::rowFont();
    bold.setBold(true);
    const TextMeasure regular(CanvasStyle::rowFont());
    const TextMeasure strong(bold);
    const TextMeasure badge(CanvasStyle::badgeFont());
    const qreal left = MarkerWidth + CanvasStyle::Padding / 2;
    const qreal right = m_width - CanvasStyle::PortWidth;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QRectF rect = rowRect(i);
        qreal typeRight = right;
        if (!row.flags.isEmpty()) {
            const qreal w = badge.width(row.flags) + 2;
            row.flagsRect = QRectF(right - w, rect.top(), w, rect.height());
            typeRight = right - w - 4;
        }
        const qreal typeWidth = qMax<qreal>(0, qMin(m_typeWidth, typeRight - left - 30));
        row.typeRect = QRectF(typeRight - typeWidth, rect.top(), typeWidth, rect.height());
        row.shownType = regular.elided(row.type, typeWidth);
        const qreal nameWidth = typeRight - typeWidth - left - 6;
        row.nameRect = QRectF(left, rect.top(), nameWidth, rect.height());
        row.shownName = (row.primaryKey ? strong : regular).elided(row.name, nameWidth);
    }
}

void TableItem::setHighlightedColumn(Id columnId)
{
    if (m_highlightedColumn == columnId)
        return;
    m_highlightedColumn = columnId;
    update();
}

qreal TableItem::height() const
{
    return CanvasStyle::HeaderHeight + qMax(1, rowCount()) * CanvasStyle::RowHeight + 4;
}

namespace {
constexpr qreal EffectLabelHeight = 18;
}

QRectF TableItem::boundingRect() const
{
    // Room for the selection outline and, while a simulation is shown, its label above.
    return cardRect().adjusted(-4, m_effect.isValid() ? -EffectLabelHeight - 4 : -4, 4, 4);
}

QPainterPath TableItem::shape() const
{
    // The card only: the label above it does not take clicks.
    QPainterPath path;
    path.addRect(cardRect().adjusted(-3, -3, 3, 3));
    return path;
}

void TableItem::setEffect(const ItemEffect &effect)
{
    if (effect.label == m_effect.label && effect.color == m_effect.color
        && effect.predicted == m_effect.predicted)
        return;
    prepareGeometryChange();
    m_effect = effect;
    update();
}

QRectF TableItem::headerRect() const
{
    return QRectF(0, 0, m_width, CanvasStyle::HeaderHeight);
}

QRectF TableItem::rowRect(int row) const
{
    return QRectF(0, CanvasStyle::HeaderHeight + 2 + row * CanvasStyle::RowHeight, m_width,
                  CanvasStyle::RowHeight);
}

bool TableItem::isHeaderAt(const QPointF &pos) const
{
    return headerRect().contains(pos);
}

Id TableItem::columnAt(const QPointF &pos) const
{
    if (pos.x() < 0 || pos.x() > m_width)
        return 0;
    const int row = int((pos.y() - CanvasStyle::HeaderHeight - 2) / CanvasStyle::RowHeight);
    if (pos.y() < CanvasStyle::HeaderHeight + 2 || row >= m_rows.size())
        return 0;
    return m_rows.at(row).columnId;
}

bool TableItem::isPortAt(const QPointF &pos) const
{
    return columnAt(pos) != 0 && pos.x() >= m_width - CanvasStyle::PortWidth;
}

qreal TableItem::anchorY(Id columnId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).columnId == columnId)
            return y() + rowRect(i).center().y();
    }
    return y() + CanvasStyle::HeaderHeight / 2;
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card = cardRect();
    const bool selected = isSelected();

    if (detail < CanvasStyle::BoxOnlyDetail) {
        // Far out: a filled box is all that can be seen, and all that may cost anything.
        painter->fillRect(card, selected ? CanvasStyle::selectionColor() : m_color);
        return;
    }

    painter->setPen(QPen(QColor(0x9a, 0xa3, 0xae), 0));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 4, 4);

    QPainterPath headerPath;
    headerPath.addRoundedRect(headerRect(), 4, 4);
    headerPath.addRect(QRectF(0, CanvasStyle::HeaderHeight - 6, m_width, 6));
    painter->fillPath(headerPath.simplified(), m_color);

    painter->setFont(CanvasStyle::headerFont());
    painter->setPen(CanvasStyle::textOn(m_color));
    const QRectF nameRect = headerRect().adjusted(CanvasStyle::Padding, 0, -CanvasStyle::Padding, 0);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, m_shownName);

    if (detail >= CanvasStyle::SimpleDetail) {
        painter->setFont(CanvasStyle::rowFont());
        for (int i = 0; i < m_rows.size(); ++i)
            paintRow(painter, i, detail);
    } else {
        // Rows as thin bars: the card keeps its shape without the cost of text.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xdd, 0xe2, 0xe8));
        for (int i = 0; i < m_rows.size(); ++i)
            painter->drawRect(rowRect(i).adjusted(CanvasStyle::Padding, 7, -m_width / 3, -7));
    }

    if (m_effect.isValid()) {
        QPen pen(m_effect.color, 3.5);
        if (m_effect.predicted)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-2, -2, 2, 2), 6, 6);
        if (!m_effect.label.isEmpty()) {
            painter->setFont(CanvasStyle::badgeFont());
            const qreal width = qMin(m_width + 2, QFontMetricsF(painter->font()).horizontalAdvance(m_effect.label) + 14);
            const QRectF label(-1, -EffectLabelHeight - 3, width, EffectLabelHeight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_effect.color);
            painter->drawRoundedRect(label, 4, 4);
            painter->setPen(CanvasStyle::textOn(m_effect.color));
            painter->drawText(label.adjusted(7, 0, -7, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              QFontMetricsF(painter->font()).elidedText(m_effect.label, Qt::ElideRight, width - 14));
        }
    }

    if (selected) {
        painter->setPen(QPen(CanvasStyle::selectionColor(), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-1, -1, 1, 1), 5, 5);
    }
}

void TableItem::paintRow(QPainter *painter, int index, qreal detail) const
{
    const Row &row = m_rows.at(index);
    const QRectF rect = rowRect(index);
    if (row.columnId == m_highlightedColumn)
        painter->fillRect(rect, QColor(0xff, 0xe8, 0xc2));
    else if (index == m_hoveredRow)
        painter->fillRect(rect, QColor(0xee, 0xf3, 0xf8));

    const qreal icon = CanvasStyle::IconSize;
    const QPointF iconPos(CanvasStyle::Padding / 2, rect.center().y() - icon / 2);
    if (row.primaryKey || row.foreignKey)
        CanvasStyle::drawIcon(painter,
                              row.primaryKey ? QStringLiteral(":/icons/primary-key.svg")
                                             : QStringLiteral(":/icons/foreign-key.svg"),
                              QRectF(iconPos, QSizeF(icon, icon)));

    if (!row.flags.isEmpty()) {
        painter->setFont(CanvasStyle::badgeFont());
        painter->setPen(QColor(0x8a, 0x5a, 0x00));
        painter->drawText(row.flagsRect, Qt::AlignVCenter | Qt::AlignRight, row.flags);
    }
    QFont font = CanvasStyle::rowFont();
    painter->setFont(font);
    painter->setPen(QColor(0x6b, 0x74, 0x80));
    painter->drawText(row.typeRect, Qt::AlignVCenter | Qt::AlignRight, row.shownType);
    if (row.primaryKey) {
        font.setBold(true);
        font.setUnderline(true);
        painter->setFont(font);
    }
    painter->setPen(QColor(0x1f, 0x24, 0x2b));
    painter->drawText(row.nameRect, Qt::AlignVCenter | Qt::AlignLeft, row.shownName);

    if (index == m_hoveredRow && detail >= CanvasStyle::SimpleDetail) {
        // The port, filled: a key can be dragged out of this row.
        painter->setPen(QPen(CanvasStyle::defaultHeaderColor(), 1.2));
        painter->setBrush(CanvasStyle::defaultHeaderColor().lighter(170));
        painter->drawEllipse(QPointF(m_width - CanvasStyle::PortWidth / 2, rect.center().y()), 4,
                             4);
    }
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        // While the user drags with snapping on, the card jumps from grid line to grid line.
        auto schemaScene = qobject_cast<SchemaScene *>(scene());
        if (schemaScene && schemaScene->isDraggingTables() && schemaScene->snapToGrid())
            return SchemaScene::snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged) {
        if (auto schemaScene = qobject_cast<SchemaScene *>(scene()))
            schemaScene->tableItemMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

QString TableItem::rowToolTip(const Row &r) const
{
    QStringList flags;
    if (r.primaryKey)
        flags << CanvasStyle::tr("primary key");
    if (r.foreignKey)
        flags << CanvasStyle::tr("foreign key");
    if (r.notNull)
        flags << CanvasStyle::tr("not null");
    if (r.unique)
        flags << CanvasStyle::tr("unique");
    if (r.autoIncrement)
        flags << CanvasStyle::tr("auto-increment");
    if (r.hasDefault)
        flags << CanvasStyle::tr("default %1").arg(r.defaultValue);
    QString tip = QStringLiteral("<b>%1.%2</b> %3").arg(m_name.toHtmlEscaped(),
                                                         r.name.toHtmlEscaped(),
                                                         r.type.toHtmlEscaped());
    if (!flags.isEmpty())
        tip += QStringLiteral("<br>") + flags.join(QStringLiteral(", ")).toHtmlEscaped();
    if (!r.comment.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(r.comment.toHtmlEscaped());
    return tip;
}

void TableItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    int hovered = -2;
    QString tip = m_toolTip;
    if (isHeaderAt(event->pos())) {
        hovered = -1;
        tip += QStringLiteral("<br>") + CanvasStyle::tr("Drag the header to move the table.");
    } else if (Id column = columnAt(event->pos())) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).columnId == column) {
                hovered = i;
                tip = rowToolTip(m_rows.at(i)) + QStringLiteral("<br>")
                    + CanvasStyle::tr("Drag onto another table's column or header to draw a "
                                      "foreign key.");
            }
        }
    }
    if (tip != toolTip())
        setToolTip(tip);
    if (hovered != m_hoveredRow) {
        m_hoveredRow = hovered;
        // The hint: a move cursor on the header, a drawing cursor and the port on a row.
        if (hovered == -1)
            setCursor(Qt::SizeAllCursor);
        else if (hovered >= 0)
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        if (auto schemaScene = qobject_cast<SchemaScene *>(scene()))
            schemaScene->showHoverHint(hovered == -1      ? SchemaScene::HoverHint::Header
                                           : hovered >= 0 ? SchemaScene::HoverHint::Column
                                                          : SchemaScene::HoverHint::None);
        update();
    }
}

void TableItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hoveredRow = -2;
    unsetCursor();
    if (auto schemaScene = qobject_cast<SchemaScene *>(scene()))
        schemaScene->showHoverHint(SchemaScene::HoverHint::None);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}
