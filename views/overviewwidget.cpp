#include "overviewwidget.h"

#include "canvasstyle.h"
#include "document.h"
#include "schemascene.h"
#include "subjectareaitem.h"
#include "subjectarealayer.h"
#include "tableitem.h"
#include "viewnavigator.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

OverviewWidget::OverviewWidget(SchemaScene *scene, ViewNavigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_navigator(navigator)
{
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to move the canvas's view"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshMilliseconds);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        m_dirty = true;
        update();
    });
    Document *document = scene->document();
    for (auto signal : {&Document::tableAdded, &Document::tableRemoved, &Document::tableMoved,
                        &Document::tableChanged})
        connect(document, signal, this, &OverviewWidget::invalidate);
    connect(document, &Document::columnAdded, this, &OverviewWidget::invalidate);
    connect(document, &Document::columnRemoved, this, &OverviewWidget::invalidate);
    connect(document, &Document::schemaReset, this, &OverviewWidget::invalidate);
    connect(document, &Document::subjectAreasChanged, this, &OverviewWidget::invalidate);
    connect(navigator, &ViewNavigator::visibleRectChanged, this, [this](const QRectF &rect) {
        m_frame = rect;
        update();
    });
    m_frame = navigator->visibleRect();
}

void OverviewWidget::invalidate()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void OverviewWidget::updateMapping()
{
    QRectF area;
    const Schema &schema = m_scene->document()->schema();
    for (Id id : schema.tableIds()) {
        if (TableItem *item = m_scene->tableItem(id))
            area |= item->sceneCardRect();
    }
    for (const SubjectArea &subjectArea : schema.subjectAreas) {
        if (SubjectAreaItem *item = m_scene->subjectAreaLayer()->item(subjectArea.id))
            area |= item->regionRect();
    }
    if (area.isNull())
        area = QRectF(0, 0, 400, 300);
    const qreal margin = std::max(area.width(), area.height()) * 0.03;
    m_area = area.adjusted(-margin, -margin, margin, margin);
    m_scale = std::min(width() / m_area.width(), height() / m_area.height());
    m_offset = QPointF((width() - m_area.width() * m_scale) / 2,
                       (height() - m_area.height() * m_scale) / 2);
}

QPointF OverviewWidget::mapToScene(const QPointF &widgetPos) const
{
    return m_area.topLeft() + (widgetPos - m_offset) / m_scale;
}

QRectF OverviewWidget::mapFromScene(const QRectF &sceneRect) const
{
    return QRectF(m_offset + (sceneRect.topLeft() - m_area.topLeft()) * m_scale,
                  sceneRect.size() * m_scale);
}

QRectF OverviewWidget::frameRect() const
{
    return mapFromScene(m_frame);
}

void OverviewWidget::render()
{
    updateMapping();
    const qreal ratio = devicePixelRatioF();
    m_content = QPixmap(size() * ratio);
    m_content.setDevicePixelRatio(ratio);
    m_content.fill(QColor(0xf7, 0xf8, 0xfa));
    QPainter painter(&m_content);
    painter.translate(m_offset);
    painter.scale(m_scale, m_scale);
    painter.translate(-m_area.topLeft());
    const Schema &schema = m_scene->document()->schema();
    // The subject areas under the cards, named over them at a size that can be read: on a big
    // diagram they are what one finds one's place by.
    SubjectAreaLayer *areas = m_scene->subjectAreaLayer();
    areas->refreshNow();
    QVector<QPair<QRectF, QString>> names;
    for (const SubjectArea &area : schema.subjectAreas) {
        SubjectAreaItem *item = areas->item(area.id);
        if (!item || !item->isVisible())
            continue;
        QColor fill = item->color();
        fill.setAlpha(60);
        painter.fillRect(item->regionRect(), fill);
        names.append({mapFromScene(item->regionRect()), area.name});
    }
    const QColor fallback = CanvasStyle::defaultHeaderColor();
    for (Id id : schema.tableIds()) {
        TableItem *item = m_scene->tableItem(id);
        if (!item)
            continue;
        QColor color = schema.table(id)->color.isValid() ? schema.table(id)->color : fallback;
        if (!item->isVisible() || item->opacity() < 1)
            color = color.lighter(170); // outside a focus
        painter.fillRect(item->sceneCardRect(), color);
    }
    painter.resetTransform();
    QFont font = this->font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    for (const auto &[rect, name] : std::as_const(names))
        painter.drawText(rect.adjusted(2, 1, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, name);
    m_dirty = false;
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_content.size() != size() * devicePixelRatioF())
        render();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_content);
    const QRectF frame = frameRect().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    if (!frame.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = CanvasStyle::selectionColor();
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.setPen(QPen(CanvasStyle::selectionColor(), 1.5));
        painter.drawRect(frame);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_dirty = true;
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_dirty)
        render(); // the mapping must be current before a position is read from it
    const QPointF at = mapToScene(event->position());
    m_frame = m_navigator->visibleRect();
    // Grabbing the frame keeps the point under the mouse; elsewhere the view jumps there.
    m_grab = m_frame.contains(at) ? at - m_frame.center() : QPointF();
    if (m_grab.isNull())
        m_navigator->centreOn(at);
    m_dragging = true;
    event->accept();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    m_navigator->centreOn(mapToScene(event->position()) - m_grab);
    event->accept();
}

void OverviewWidget::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}
