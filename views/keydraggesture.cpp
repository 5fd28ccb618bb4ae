#include "keydraggesture.h"

#include "canvasstyle.h"
#include "document.h"
#include "foreignkeyplanner.h"
#include "schemascene.h"
#include "selection.h"
#include "tableitem.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsView>
#include <QPen>

KeyDragGesture::KeyDragGesture(SchemaScene *scene)
    : m_scene(scene)
{
}

KeyDragGesture::~KeyDragGesture()
{
    // The scene deletes its items itself; the line is one of them.
    m_line = nullptr;
}

void KeyDragGesture::arm(Id table, Id column, const QPoint &screenPos)
{
    cancel();
    m_table = table;
    m_column = column;
    m_armed = true;
    m_pressScreenPos = screenPos;
}

void KeyDragGesture::start(Id table, Id column, const QPointF &scenePos)
{
    cancel();
    m_table = table;
    m_column = column;
    m_line = new QGraphicsPathItem;
    m_line->setPen(QPen(CanvasStyle::defaultHeaderColor(), 1.5, Qt::DashLine));
    m_line->setZValue(10);
    m_scene->addItem(m_line);
    update(scenePos);
}

bool KeyDragGesture::move(const QPointF &scenePos, const QPoint &screenPos)
{
    if (m_armed) {
        if ((screenPos - m_pressScreenPos).manhattanLength() < QApplication::startDragDistance())
            return true;
        const Id table = m_table;
        const Id column = m_column;
        start(table, column, scenePos);
        return true;
    }
    if (!m_line)
        return false;
    update(scenePos);
    return true;
}

void KeyDragGesture::update(const QPointF &scenePos)
{
    TableItem *source = m_scene->tableItem(m_table);
    if (!source) {
        cancel();
        return;
    }
    const QRectF card = source->sceneCardRect();
    // The line leaves the card on the side facing the mouse.
    const qreal x = scenePos.x() < card.center().x() ? card.left() : card.right();
    QPainterPath path(QPointF(x, source->anchorY(m_column)));
    path.lineTo(scenePos);
    m_line->setPath(path);

    TableItem *target = m_scene->tableItemAt(scenePos);
    if (!target) {
        setCursor(Qt::ForbiddenCursor);
        emit m_scene->statusMessage(
            tr("Drop onto the parent table's column or header to create a foreign key."));
        return;
    }
    const Id targetColumn = target->columnAt(target->mapFromScene(scenePos));
    const ForeignKeyPlan plan = ForeignKeyPlanner::plan(m_scene->document()->schema(), m_table,
                                                        m_column, target->tableId(), targetColumn);
    setCursor(plan.valid ? Qt::DragLinkCursor : Qt::ForbiddenCursor);
    emit m_scene->statusMessage(plan.valid ? tr("Release to create %1").arg(plan.key.name)
                                           : plan.reason);
}

Id KeyDragGesture::finish(const QPointF &scenePos)
{
    const bool dragging = m_line != nullptr;
    const Id sourceTable = m_table;
    const Id sourceColumn = m_column;
    cancel();
    if (!dragging)
        return 0;
    TableItem *target = m_scene->tableItemAt(scenePos);
    if (!target)
        return 0;
    const Id targetColumn = target->columnAt(target->mapFromScene(scenePos));
    Document *document = m_scene->document();
    const ForeignKeyPlan plan = ForeignKeyPlanner::plan(
        document->schema(), sourceTable, sourceColumn, target->tableId(), targetColumn);
    if (!plan.valid) {
        emit m_scene->statusMessage(plan.reason);
        return 0;
    }
    const Id keyId = ForeignKeyPlanner::apply(document, plan);
    m_scene->selection()->select(keyId);
    emit m_scene->statusMessage(tr("Created foreign key %1").arg(plan.key.name));
    return keyId;
}

void KeyDragGesture::cancel()
{
    const bool hadLine = m_line != nullptr;
    delete m_line;
    m_line = nullptr;
    m_armed = false;
    m_table = m_column = 0;
    if (hadLine) {
        for (QGraphicsView *view : m_scene->views())
            view->viewport()->unsetCursor();
    }
}

void KeyDragGesture::setCursor(Qt::CursorShape shape)
{
    for (QGraphicsView *view : m_scene->views())
        view->viewport()->setCursor(shape);
}
