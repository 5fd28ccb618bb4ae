#include "viewnavigator.h"

#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "tableitem.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace {
constexpr qreal ZoomMargin = 60; // scene units kept around what is zoomed to
}

ViewNavigator::ViewNavigator(SchemaView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
{
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ViewNavigator::announce);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ViewNavigator::announce);
    connect(view, &SchemaView::zoomChanged, this, &ViewNavigator::announce);
    view->viewport()->installEventFilter(this);
}

QRectF ViewNavigator::visibleRect() const
{
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

bool ViewNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        announce();
    return QObject::eventFilter(watched, event);
}

void ViewNavigator::announce()
{
    const QRectF rect = visibleRect();
    if (rect != m_lastAnnounced) {
        m_lastAnnounced = rect;
        emit visibleRectChanged(rect);
    }
}

void ViewNavigator::makeReachable(const QRectF &rect)
{
    const QRectF wanted = rect.adjusted(-2000, -2000, 2000, 2000);
    if (!m_view->sceneRect().contains(wanted))
        m_view->setSceneRect(m_view->sceneRect() | wanted);
}

void ViewNavigator::zoomToRect(const QRectF &rect, qreal maxZoom)
{
    if (rect.isNull())
        return;
    const QRectF target = rect.adjusted(-ZoomMargin, -ZoomMargin, ZoomMargin, ZoomMargin);
    const QSize viewport = m_view->viewport()->size();
    const qreal fit
        = std::min(viewport.width() / target.width(), viewport.height() / target.height());
    makeReachable(target);
    m_view->setZoom(std::min(fit, maxZoom));
    m_view->centerOn(rect.center());
    announce();
}

void ViewNavigator::centreOn(const QPointF &scenePos)
{
    makeReachable(QRectF(scenePos, QSizeF(1, 1)));
    m_view->centerOn(scenePos);
    announce();
}

QRectF ViewNavigator::objectRect(Id objectId) const
{
    SchemaScene *scene = m_view->schemaScene();
    const Schema &schema = scene->document()->schema();
    if (ForeignKeyItem *key = scene->foreignKeyItem(objectId))
        return key->sceneBoundingRect();
    const Id tableId = schema.table(objectId) ? objectId : schema.tableOfColumn(objectId);
    if (TableItem *table = scene->tableItem(tableId))
        return table->sceneCardRect();
    return {};
}

bool ViewNavigator::zoomToSelection()
{
    QRectF rect;
    for (Id id : m_view->schemaScene()->selection()->ids())
        rect |= objectRect(id);
    if (rect.isNull())
        return false;
    zoomToRect(rect, SelectionMaxZoom);
    return true;
}

void ViewNavigator::zoomToObject(Id objectId)
{
    zoomToRect(objectRect(objectId), 1.0);
}
