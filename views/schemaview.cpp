#include "schemaview.h"

#include "canvasstyle.h"
#include "commands/editcolumncommand.h"
#include "commands/edittablecommand.h"
#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPinchGesture>
#include <QPixmapCache>
#include <QScreen>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QWheelEvent>

namespace {
constexpr qreal MinimumZoom = 0.02;
constexpr qreal MaximumZoom = 4.0;
} // namespace

SchemaView::SchemaView(SchemaScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // One rectangle around everything that changed: a dragged table's long arrows make many
    // small dirty rectangles, and merging them into a region costs more than repainting
    // (measured in tests/benchmarks/bench_canvas: 42 ms → 15 ms per frame).
    setViewportUpdateMode(BoundingRectViewportUpdate);
    // Items save and restore what they change themselves; the view need not do it per item.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    // Scrolling by hand ends keeping the diagram fitted.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { m_keepFitted = false; });
    // Cards are cached as device pixmaps (cheap pans and drags). The cache needs room for what
    // is on the screen, two screenfuls (at most 64 MB): its least recently used pixmaps (cards
    // scrolled away, or drawn at a zoom left behind) are dropped beyond its limit. The
    // 128 MB it had let a walk across a large schema keep that much of them.
    QPixmapCache::setCacheLimit(cardCacheLimit(screen()));
    connect(scene, &SchemaScene::renameRequested, this, &SchemaView::startRename);
    connect(this, &SchemaView::zoomChanged, this, [this](qreal zoom) {
        m_scene->setCardCaching(zoom >= CanvasStyle::SimpleDetail);
    });
}

int SchemaView::cardCacheLimit(const QScreen *screen)
{
    constexpr int DefaultLimit = 10 * 1024; // Qt's own, in KB
    constexpr int MaximumLimit = 64 * 1024;
    if (!screen)
        return 2 * DefaultLimit;
    const QSizeF pixels = QSizeF(screen->size()) * screen->devicePixelRatio();
    const qreal screenful = pixels.width() * pixels.height() * 4 / 1024; // 32-bit pixels, in KB
    return qBound(DefaultLimit, int(2 * screenful), MaximumLimit);
}

void SchemaView::setZoom(qreal zoom)
{
    scaleBy(zoom / this->zoom());
}

void SchemaView::scaleBy(qreal factor)
{
    if (!m_fitting)
        m_keepFitted = false;
    const qreal target = qBound(MinimumZoom, zoom() * factor, MaximumZoom);
    factor = target / zoom();
    if (qFuzzyCompare(factor, 1.0))
        return;
    closeEditor();
    scale(factor, factor);
    emit zoomChanged(zoom());
}

void SchemaView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1.25);
    setTransformationAnchor(anchor);
}

void SchemaView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / 1.25);
    setTransformationAnchor(anchor);
}

void SchemaView::resetZoom()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(1.0);
    setTransformationAnchor(anchor);
}

void SchemaView::fitToView()
{
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    m_keepFitted = true;
    const QRectF content = m_scene->contentRect();
    // The scene rect grows with the content but never shrinks while the user works, so that
    // the scroll bars do not jump; fitting is when it is allowed to follow.
    setSceneRect(content.adjusted(-2000, -2000, 2000, 2000));
    fitInView(content, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    else if (zoom() < MinimumZoom)
        setZoom(MinimumZoom);
    // Clamping zooms about the transformation anchor (the mouse, say): the diagram is then
    // centred again, not left wherever the anchor put it.
    centerOn(content.center());
    emit zoomChanged(zoom());
}

void SchemaView::reveal(Id objectId)
{
    m_keepFitted = false;
    const Schema &schema = m_scene->document()->schema();
    if (ForeignKeyItem *key = m_scene->foreignKeyItem(objectId)) {
        ensureVisible(key->sceneBoundingRect(), 40, 40);
        return;
    }
    const Id tableId = schema.table(objectId) ? objectId : schema.tableOfColumn(objectId);
    if (TableItem *table = m_scene->tableItem(tableId))
        ensureVisible(table->sceneBoundingRect(), 40, 40);
}

void SchemaView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        scaleBy(qPow(1.15, steps));
        event->accept();
        return;
    }
    m_keepFitted = false;
    QGraphicsView::wheelEvent(event);
}

bool SchemaView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto gesture = static_cast<QGestureEvent *>(event);
        if (auto pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                scaleBy(pinch->scaleFactor());
            gesture->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void SchemaView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_keepFitted = false;
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    closeEditor();
    QGraphicsView::mousePressEvent(event);
}

void SchemaView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panOrigin;
        m_panOrigin = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void SchemaView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    // Let the scene rect grow to where the user dragged the selection, never shrink under the
    // mouse. Only the selected items can have moved, so only they are measured.
    QRectF moved;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected)
        moved |= item->sceneBoundingRect();
    if (!moved.isNull() && !sceneRect().contains(moved))
        setSceneRect(sceneRect() | moved.adjusted(-2000, -2000, 2000, 2000));
}

void SchemaView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void SchemaView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void SchemaView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // The window's docks settle after the first show: a diagram fitted to the first, smaller
    // size would stay small.
    if ((m_fitPending || m_keepFitted) && isVisible())
        fitToView();
}

void SchemaView::scrollContentsBy(int dx, int dy)
{
    closeEditor();
    QGraphicsView::scrollContentsBy(dx, dy);
}

void SchemaView::startRename(Id objectId)
{
    closeEditor();
    const Schema &schema = m_scene->document()->schema();
    const Id tableId = schema.table(objectId) ? objectId : schema.tableOfColumn(objectId);
    TableItem *item = m_scene->tableItem(tableId);
    if (!item)
        return;
    QRectF rect = item->headerRect();
    QString text = schema.table(tableId)->name;
    if (objectId != tableId) {
        const Table *table = schema.table(tableId);
        const int row = table->columnIndex(objectId);
        rect = item->rowRect(row).adjusted(18, 0, -item->cardRect().width() / 2, 0);
        text = table->column(objectId)->name;
    }
    ensureVisible(item->sceneBoundingRect(), 20, 20);
    const QRect viewRect = mapFromScene(item->mapRectToScene(rect)).boundingRect();
    m_editor = new QLineEdit(viewport());
    m_editor->setText(text);
    m_editor->setFrame(true);
    QFont font = objectId == tableId ? CanvasStyle::headerFont() : CanvasStyle::rowFont();
    font.setPixelSize(qMax(8, qRound(font.pixelSize() * qMin(zoom(), 2.0))));
    m_editor->setFont(font);
    m_editor->setGeometry(viewRect.adjusted(2, 1, -2, -1));
    m_editor->selectAll();
    m_editor->installEventFilter(this);
    m_editedObject = objectId;
    connect(m_editor, &QLineEdit::returnPressed, this, &SchemaView::commitRename);
    m_editor->show();
    m_editor->setFocus();
}

void SchemaView::commitRename()
{
    if (!m_editor)
        return;
    const QString name = m_editor->text().trimmed();
    const Id objectId = m_editedObject;
    closeEditor();
    Document *document = m_scene->document();
    const Schema &schema = document->schema();
    if (name.isEmpty())
        return;
    if (const Table *table = schema.table(objectId)) {
        if (table->name != name) {
            Table after = *table;
            after.name = name;
            document->undoStack()->push(
                new EditTableCommand(document, after, EditTableCommand::Property::Name));
        }
    } else if (const Column *column = schema.column(objectId)) {
        if (column->name != name) {
            Column after = *column;
            after.name = name;
            document->undoStack()->push(new EditColumnCommand(
                document, schema.tableOfColumn(objectId), after, EditColumnCommand::Property::Name));
        }
    }
    setFocus();
}

void SchemaView::closeEditor()
{
    if (!m_editor)
        return;
    QLineEdit *editor = m_editor;
    m_editor = nullptr;
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    m_editedObject = 0;
}

bool SchemaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeEditor();
            setFocus();
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            commitRename(); // clicking elsewhere keeps what was typed, like a spreadsheet
            return false;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

bool SchemaView::isRenaming() const
{
    return !m_editor.isNull();
}
