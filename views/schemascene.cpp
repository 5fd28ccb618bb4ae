#include "schemascene.h"

#include "commands/addcolumncommand.h"
#include "commands/addtablecommand.h"
#include "commands/movetablescommand.h"
#include "document.h"
#include "foreignkeyitem.h"
#include "foreignkeyplanner.h"
#include "freespace.h"
#include "labelgrid.h"
#include "selection.h"
#include "selectionedits.h"
#include "subjectarealayer.h"
#include "tableitem.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QtMath>

SchemaScene::SchemaScene(Document *document, Selection *selection, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_selection(selection)
    , m_keyDrag(this)
{
    setItemIndexMethod(BspTreeIndex);
    connect(document, &Document::schemaReset, this, &SchemaScene::rebuild);
    connect(document, &Document::tableAdded, this, &SchemaScene::addTableItem);
    connect(document, &Document::tableAboutToBeRemoved, this, &SchemaScene::removeTableItem);
    connect(document, &Document::tableChanged, this, &SchemaScene::refreshTable);
    connect(document, &Document::tableMoved, this, [this](Id tableId) {
        if (TableItem *item = m_tables.value(tableId)) {
            item->setPos(m_document->schema().table(tableId)->position);
            // Once per move (not per pixel of a drag): badges the card now covers move away.
            placeLabelsCoveredBy(item);
        }
    });
    connect(document, &Document::columnAdded, this, &SchemaScene::refreshTable);
    connect(document, &Document::columnRemoved, this, &SchemaScene::refreshTable);
    connect(document, &Document::columnChanged, this, &SchemaScene::refreshTable);
    connect(document, &Document::foreignKeyAdded, this, &SchemaScene::addKeyItem);
    connect(document, &Document::foreignKeyAboutToBeRemoved, this, &SchemaScene::removeKeyItem);
    connect(document, &Document::foreignKeyChanged, this, &SchemaScene::refreshKey);
    connect(this, &QGraphicsScene::selectionChanged, this, &SchemaScene::onSceneSelectionChanged);
    connect(selection, &Selection::changed, this, &SchemaScene::onSelectionChanged);
    rebuild();
    m_areas = new SubjectAreaLayer(this);
}

SchemaScene::~SchemaScene()
{
    // QGraphicsScene's destructor deletes the items and emits selectionChanged() when this
    // object's members are already gone: take the items out while they still exist.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &SchemaScene::onSceneSelectionChanged);
    m_syncingSelection = true;
    m_keyDrag.cancel();
    delete m_areas; // its items go with the others below
    m_areas = nullptr;
    clear();
    m_tables.clear();
    m_keys.clear();
}

void SchemaScene::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    emit toolChanged(tool);
}

QRectF SchemaScene::contentRect() const
{
    QRectF rect;
    for (TableItem *item : m_tables)
        rect |= item->sceneBoundingRect();
    for (ForeignKeyItem *item : m_keys)
        rect |= item->sceneBoundingRect();
    if (m_areas) {
        m_areas->refreshNow();
        for (const SubjectArea &area : m_document->schema().subjectAreas)
            rect |= m_areas->areaRect(area.id);
    }
    return rect.isNull() ? QRectF(0, 0, 400, 300) : rect.adjusted(-40, -40, 40, 40);
}

void SchemaScene::setSimulationHighlight(const SimulationHighlight &highlight)
{
    const SimulationHighlight previous = m_highlight;
    m_highlight = highlight;
    // Only the items named by the old or the new result change.
    for (auto it = previous.tables.cbegin(); it != previous.tables.cend(); ++it) {
        if (TableItem *item = m_tables.value(it.key()))
            applyHighlight(item);
    }
    for (auto it = previous.keys.cbegin(); it != previous.keys.cend(); ++it) {
        if (ForeignKeyItem *item = m_keys.value(it.key()))
            applyHighlight(item);
    }
    for (auto it = highlight.tables.cbegin(); it != highlight.tables.cend(); ++it) {
        if (TableItem *item = m_tables.value(it.key()))
            applyHighlight(item);
    }
    for (auto it = highlight.keys.cbegin(); it != highlight.keys.cend(); ++it) {
        if (ForeignKeyItem *item = m_keys.value(it.key()))
            applyHighlight(item);
    }
}

void SchemaScene::clearSimulationHighlight()
{
    setSimulationHighlight(SimulationHighlight());
}

void SchemaScene::applyHighlight(TableItem *item) const
{
    const auto it = m_highlight.tables.constFind(item->tableId());
    item->setEffect(it == m_highlight.tables.cend()
                        ? ItemEffect()
                        : SimulationOverlay::forTable(*it, m_highlight.predicted));
}

void SchemaScene::applyHighlight(ForeignKeyItem *item) const
{
    const auto it = m_highlight.keys.constFind(item->keyId());
    item->setEffect(it == m_highlight.keys.cend()
                        ? ItemEffect()
                        : SimulationOverlay::forKey(*it, m_highlight.predicted));
}

void SchemaScene::setKeysWithErrors(const QSet<Id> &keyIds)
{
    for (Id id : m_keysWithErrors - keyIds) {
        if (ForeignKeyItem *item = m_keys.value(id))
            item->setHasError(false);
    }
    for (Id id : keyIds) {
        if (ForeignKeyItem *item = m_keys.value(id))
            item->setHasError(true);
    }
    m_keysWithErrors = keyIds;
}

// --- following the model ---

void SchemaScene::rebuild()
{
    m_keyDrag.cancel();
    m_highlight = SimulationHighlight(); // another schema: the old result means nothing
    m_syncingSelection = true;
    qDeleteAll(m_keys);
    m_keys.clear();
    qDeleteAll(m_tables);
    m_tables.clear();
    m_syncingSelection = false;
    // Nothing of the old diagram may survive in a view's caches or half-processed dirty
    // regions: after File › New the canvas must be empty, not a picture of what was there.
    invalidate();
    for (QGraphicsView *view : views()) {
        view->resetCachedContent();
        view->viewport()->update();
    }
    const Schema &schema = m_document->schema();
    for (Id tableId : schema.tableIds())
        addTableItem(tableId);
    for (Id keyId : schema.foreignKeyIds()) {
        // Like addKeyItem() but without refreshing the child card once per key.
        const ForeignKey *key = schema.foreignKey(keyId);
        auto item = new ForeignKeyItem(keyId);
        item->setNotation(m_notation);
        m_keys.insert(keyId, item);
        addItem(item);
        item->updateFromModel(schema, m_tables.value(key->childTable),
                              m_tables.value(key->parentTable), laneOf(keyId));
        item->setHasError(m_keysWithErrors.contains(keyId));
        applyHighlight(item);
    }
    // Qt makes the BSP tree deeper with the item count (2^14 leaves at 16,000 items), and
    // files each item in every leaf it covers: on a large schema the long arrows then fill
    // hundreds of megabytes of leaves (190 MB and a second at 5,000 tables / 11,000 keys).
    // Below 1,024 items Qt's own choice is 10 or less; above, 10 is kept.
    setBspTreeDepth(m_tables.size() + m_keys.size() > 1024 ? 10 : 0);
    onSelectionChanged();
}

void SchemaScene::addTableItem(Id tableId)
{
    auto item = new TableItem(tableId);
    if (!m_cardCaching)
        item->setCacheMode(QGraphicsItem::NoCache);
    item->updateFromModel(m_document->schema());
    m_tables.insert(tableId, item);
    addItem(item);
    applyHighlight(item);
}

void SchemaScene::removeTableItem(Id tableId)
{
    // The commands remove a table's keys first; this keeps the scene sane if one did not.
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it.value()->childTableId() == tableId || it.value()->parentTableId() == tableId) {
            delete it.value();
            it = m_keys.erase(it);
        } else {
            ++it;
        }
    }
    delete m_tables.take(tableId);
}

void SchemaScene::refreshTable(Id tableId)
{
    if (TableItem *item = m_tables.value(tableId)) {
        item->updateFromModel(m_document->schema());
        refreshKeysOfTable(tableId);
    }
}

void SchemaScene::addKeyItem(Id keyId)
{
    const ForeignKey *key = m_document->schema().foreignKey(keyId);
    auto item = new ForeignKeyItem(keyId);
    item->setNotation(m_notation);
    m_keys.insert(keyId, item);
    addItem(item);
    applyHighlight(item);
    refreshKeysBetween(key->childTable, key->parentTable);
    if (TableItem *child = m_tables.value(key->childTable))
        child->updateFromModel(m_document->schema()); // the FK marker
}

void SchemaScene::removeKeyItem(Id keyId)
{
    ForeignKeyItem *item = m_keys.take(keyId);
    if (!item)
        return;
    const Id child = item->childTableId();
    const Id parent = item->parentTableId();
    delete item;
    // The key is still in the schema until foreignKeyRemoved; refresh after it is gone.
    QMetaObject::Connection *once = new QMetaObject::Connection;
    *once = connect(m_document, &Document::foreignKeyRemoved, this, [this, once, child, parent] {
        disconnect(*once);
        delete once;
        if (TableItem *item = m_tables.value(child))
            item->updateFromModel(m_document->schema());
        refreshKeysBetween(child, parent);
    });
}

void SchemaScene::refreshKey(Id keyId)
{
    const ForeignKey *key = m_document->schema().foreignKey(keyId);
    ForeignKeyItem *item = m_keys.value(keyId);
    if (!key || !item)
        return;
    const Id oldChild = item->childTableId();
    const Id oldParent = item->parentTableId();
    refreshKeysBetween(key->childTable, key->parentTable);
    if (oldChild != key->childTable || oldParent != key->parentTable)
        refreshKeysBetween(oldChild, oldParent);
    if (TableItem *child = m_tables.value(key->childTable))
        child->updateFromModel(m_document->schema());
}

int SchemaScene::laneOf(Id keyId) const
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(keyId);
    int lane = 0;
    for (Id other : schema.foreignKeysOfTable(key->childTable)) {
        if (other == keyId)
            return lane;
        const ForeignKey *o = schema.foreignKey(other);
        if ((o->childTable == key->childTable && o->parentTable == key->parentTable)
            || (o->childTable == key->parentTable && o->parentTable == key->childTable))
            ++lane;
    }
    return lane;
}

void SchemaScene::refreshKeysBetween(Id tableA, Id tableB)
{
    const Schema &schema = m_document->schema();
    for (Id keyId : schema.foreignKeysOfTable(tableA)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const bool samePair = (key->childTable == tableA && key->parentTable == tableB)
                              || (key->childTable == tableB && key->parentTable == tableA);
        ForeignKeyItem *item = m_keys.value(keyId);
        if (samePair && item)
            item->updateFromModel(schema, m_tables.value(key->childTable),
                                  m_tables.value(key->parentTable), laneOf(keyId));
    }
}

void SchemaScene::refreshKeysOfTable(Id tableId)
{
    const Schema &schema = m_document->schema();
    for (Id keyId : schema.foreignKeysOfTable(tableId)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (ForeignKeyItem *item = m_keys.value(keyId))
            item->updateFromModel(schema, m_tables.value(key->childTable),
                                  m_tables.value(key->parentTable), laneOf(keyId));
    }
}

void SchemaScene::tableItemMoved(TableItem *item)
{
    const Schema &schema = m_document->schema();
    // A drag by the mouse: what the views show (and a margin) is where the arrows will be
    // drawn until the release; within the scene rect, which must not grow with it (the views
    // would scroll under the mouse).
    QRectF dragArea;
    if (m_mayHaveMoved) {
        for (QGraphicsView *view : views())
            dragArea |= view->mapToScene(view->viewport()->rect()).boundingRect();
        const QRectF scene = sceneRect();
        dragArea = dragArea.adjusted(-200, -200, 200, 200) & scene;
        // Zoomed far out the area is most of the scene: every arrow would be filed in most
        // of the index's leaves, and taken out of them on release, which costs more than it
        // saves (half a second on 5,000 tables).
        if (dragArea.width() * dragArea.height() > scene.width() * scene.height() / 4)
            dragArea = QRectF();
    }
    for (Id keyId : schema.foreignKeysOfTable(item->tableId())) {
        ForeignKeyItem *key = m_keys.value(keyId);
        if (!key)
            continue;
        if (!dragArea.isNull() && !key->hasDragBounds()) {
            key->setDragBounds(dragArea);
            m_keysWithDragBounds << key->keyId();
        }
        key->updateGeometry();
    }
    if (m_areas)
        m_areas->schedule(); // the regions follow a dragged card
}

void SchemaScene::placeLabelsCoveredBy(TableItem *item)
{
    const QRectF card = item->sceneCardRect();
    const QList<QGraphicsItem *> near = items(card, Qt::IntersectsItemBoundingRect);
    for (QGraphicsItem *other : near) {
        auto key = qgraphicsitem_cast<ForeignKeyItem *>(other);
        if (key && key->labelRect().intersects(card))
            scheduleLabelPlacement(key->keyId());
    }
}

void SchemaScene::scheduleLabelPlacement(Id keyId)
{
    m_labelsToPlace.insert(keyId);
    // While tables are dragged the badges ride along; they are placed on release.
    if (m_labelPlacementScheduled || m_mayHaveMoved)
        return;
    m_labelPlacementScheduled = true;
    QMetaObject::invokeMethod(this, &SchemaScene::placeLabelsNow, Qt::QueuedConnection);
}

void SchemaScene::placeLabelsNow()
{
    m_labelPlacementScheduled = false;
    // In document order, so that the result does not depend on the hash's order.
    const QSet<Id> pending = std::exchange(m_labelsToPlace, {});
    if (pending.isEmpty())
        return;
    // What the badges must avoid, as the scene's items() would find it (visible items only),
    // a small margin around each candidate included.
    LabelGrid grid;
    for (TableItem *table : std::as_const(m_tables)) {
        if (table->isVisible())
            grid.addObstacle(table->sceneCardRect());
    }
    for (ForeignKeyItem *key : std::as_const(m_keys)) {
        if (key->isVisible())
            grid.setLabel(key->keyId(), key->labelRect());
    }
    for (Id keyId : m_document->schema().foreignKeyIds()) {
        if (!pending.contains(keyId))
            continue;
        ForeignKeyItem *key = m_keys.value(keyId);
        if (!key)
            continue;
        key->placeLabels([&grid, keyId](const QRectF &rect) {
            return grid.isFree(rect.adjusted(-3, -3, 3, 3), keyId);
        });
        if (key->isVisible())
            grid.setLabel(keyId, key->labelRect());
    }
}

// --- selection ---

void SchemaScene::onSceneSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QVector<Id> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto table = qgraphicsitem_cast<TableItem *>(item))
            ids << table->tableId();
        else if (auto key = qgraphicsitem_cast<ForeignKeyItem *>(item))
            ids << key->keyId();
    }
    if (ids.size() == 1 && m_pressedColumn
        && m_document->schema().tableOfColumn(m_pressedColumn) == ids.first())
        ids = {m_pressedColumn};
    m_syncingSelection = true;
    m_selection->set(ids);
    m_syncingSelection = false;
}

void SchemaScene::onSelectionChanged()
{
    const Schema &schema = m_document->schema();
    Id highlightedTable = 0;
    Id highlightedColumn = 0;
    if (m_selection->ids().size() == 1) {
        highlightedColumn = m_selection->current();
        highlightedTable = schema.tableOfColumn(highlightedColumn);
    }
    if (TableItem *previous = m_tables.value(m_highlightedTable))
        previous->setHighlightedColumn(0);
    if (TableItem *item = m_tables.value(highlightedTable))
        item->setHighlightedColumn(highlightedColumn);
    m_highlightedTable = highlightedTable;
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    clearSelection();
    for (Id id : m_selection->ids()) {
        if (TableItem *table = m_tables.value(id))
            table->setSelected(true);
        else if (ForeignKeyItem *key = m_keys.value(id))
            key->setSelected(true);
        else if (TableItem *owner = m_tables.value(schema.tableOfColumn(id)))
            owner->setSelected(true);
    }
    m_syncingSelection = false;
}

// --- gestures ---

TableItem *SchemaScene::tableItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape,
                                              Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (auto table = qgraphicsitem_cast<TableItem *>(item))
            return table;
    }
    return nullptr;
}

Id SchemaScene::createTableAt(const QPointF &position)
{
    const QString name = ForeignKeyPlanner::uniqueTableName(m_document->schema(),
                                                            QStringLiteral("table"));
    Table table = AddTableCommand::newTable(m_document, name, position);
    // Never on top of another card: the free spot nearest to the click.
    table.position = FreeSpace::nearest(cardRects(), FreeSpace::cardSize(table), position);
    if (m_snapToGrid)
        table.position = snapped(table.position);
    m_document->undoStack()->push(new AddTableCommand(m_document, table));
    m_selection->select(table.id);
    setTool(Tool::Select);
    emit renameRequested(table.id);
    return table.id;
}

Id SchemaScene::addColumn(Id tableId, int index)
{
    const Table *t = m_document->schema().table(tableId);
    if (!t)
        return 0;
    Column column;
    column.id = m_document->allocateId();
    column.name = QStringLiteral("column");
    for (int n = 2; t->columnByName(column.name); ++n)
        column.name = QStringLiteral("column_%1").arg(n);
    column.type = DataType(LogicalType::Varchar, 255);
    m_document->undoStack()->push(new AddColumnCommand(m_document, tableId, column, index));
    m_selection->select(column.id);
    emit renameRequested(column.id);
    return column.id;
}

QVector<QRectF> SchemaScene::cardRects() const
{
    QVector<QRectF> rects;
    rects.reserve(m_tables.size());
    for (TableItem *item : m_tables)
        rects.append(item->sceneCardRect());
    return rects;
}

QPointF SchemaScene::snapped(const QPointF &position)
{
    return QPointF(qRound(position.x() / GridSize) * GridSize,
                   qRound(position.y() / GridSize) * GridSize);
}

void SchemaScene::setNotation(Notation notation)
{
    if (m_notation == notation)
        return;
    m_notation = notation;
    for (ForeignKeyItem *item : std::as_const(m_keys))
        item->setNotation(notation);
    emit notationChanged(notation);
}

void SchemaScene::setCardCaching(bool cache)
{
    if (m_cardCaching == cache)
        return;
    m_cardCaching = cache;
    // NoCache drops an item's pixmaps at once.
    for (TableItem *item : std::as_const(m_tables))
        item->setCacheMode(cache ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void SchemaScene::setPlainBackground(bool plain, const QColor &color)
{
    m_plainBackground = plain;
    m_plainColor = color;
    invalidate(sceneRect(), BackgroundLayer);
}

void SchemaScene::showHoverHint(HoverHint hint)
{
    if (hint == m_hoverHint || m_keyDrag.isDragging())
        return;
    m_hoverHint = hint;
    if (hint == HoverHint::Column)
        emit statusMessage(tr("Drag from this column onto another table to draw a foreign key."));
    else if (hint == HoverHint::Header)
        emit statusMessage(tr("Drag the header to move the table; double-click it to rename."));
}

void SchemaScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressedColumn = 0;
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    TableItem *table = tableItemAt(event->scenePos());
    // A subject area's tab selects the area's tables (Ctrl or Shift: adds them).
    if (!table && m_tool == Tool::Select) {
        if (const SubjectArea *area
            = m_document->schema().subjectArea(m_areas->areaAt(event->scenePos()))) {
            QVector<Id> ids = (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
                ? m_selection->ids()
                : QVector<Id>();
            for (Id tableId : area->tables) {
                if (!ids.contains(tableId) && m_tables.value(tableId)
                    && m_tables.value(tableId)->isVisible())
                    ids << tableId;
            }
            m_selection->set(ids);
            event->accept();
            return;
        }
    }
    if (m_tool == Tool::Table && !table) {
        createTableAt(event->scenePos());
        event->accept();
        return;
    }
    if (table) {
        const QPointF local = table->mapFromScene(event->scenePos());
        const Id column = table->columnAt(local);
        // A column row: a click selects the column, a drag draws a key from it. Tables move
        // by their header, as in every modelling tool; with the key tool the header draws a
        // key too. With Shift or Ctrl a row still adds its table to the selection.
        const bool plain = !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
        if (m_tool == Tool::ForeignKey || table->isPortAt(local) || (column && plain)) {
            if (column)
                m_selection->select(column);
            m_keyDrag.arm(table->tableId(), column, event->screenPos());
            event->accept();
            return;
        }
        m_pressedColumn = column;
        m_mayHaveMoved = true;
    }
    QGraphicsScene::mousePressEvent(event);
    onSceneSelectionChanged(); // a click on another column of the selected table
}

void SchemaScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_keyDrag.move(event->scenePos(), event->screenPos())) {
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void SchemaScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if ((m_keyDrag.isArmed() || m_keyDrag.isDragging()) && event->button() == Qt::LeftButton) {
        if (m_keyDrag.finish(event->scenePos()))
            setTool(Tool::Select);
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_mayHaveMoved)
        commitMove();
    m_mayHaveMoved = false;
    for (Id keyId : std::exchange(m_keysWithDragBounds, {})) {
        if (ForeignKeyItem *key = m_keys.value(keyId))
            key->setDragBounds(QRectF());
    }
    if (!m_labelsToPlace.isEmpty() && !m_labelPlacementScheduled) {
        m_labelPlacementScheduled = true;
        QMetaObject::invokeMethod(this, &SchemaScene::placeLabelsNow, Qt::QueuedConnection);
    }
}

void SchemaScene::commitMove()
{
    QHash<Id, QPointF> moved;
    const Schema &schema = m_document->schema();
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        auto table = qgraphicsitem_cast<TableItem *>(item);
        if (!table)
            continue;
        const QPointF pos(qRound(table->x()), qRound(table->y()));
        if (schema.table(table->tableId())->position != pos)
            moved.insert(table->tableId(), pos);
    }
    if (!moved.isEmpty())
        m_document->undoStack()->push(new MoveTablesCommand(m_document, moved));
}

void SchemaScene::nudgeSelection(const QPointF &delta)
{
    QHash<Id, QPointF> moved;
    const Schema &schema = m_document->schema();
    for (Id id : m_selection->ids()) {
        const Id tableId = schema.table(id) ? id : schema.tableOfColumn(id);
        if (const Table *t = schema.table(tableId))
            moved.insert(tableId, t->position + delta);
    }
    if (!moved.isEmpty())
        m_document->undoStack()->push(new MoveTablesCommand(m_document, moved, true));
}

void SchemaScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    const QList<QGraphicsItem *> hits = items(event->scenePos());
    if (hits.isEmpty()) {
        createTableAt(event->scenePos());
        event->accept();
        return;
    }
    if (TableItem *table = tableItemAt(event->scenePos())) {
        const QPointF local = table->mapFromScene(event->scenePos());
        if (table->isHeaderAt(local))
            emit renameRequested(table->tableId());
        else if (Id column = table->columnAt(local))
            emit renameRequested(column);
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void SchemaScene::keyPressEvent(QKeyEvent *event)
{
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 1 : 10;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = QPointF(-step, 0);
        break;
    case Qt::Key_Right:
        delta = QPointF(step, 0);
        break;
    case Qt::Key_Up:
        delta = QPointF(0, -step);
        break;
    case Qt::Key_Down:
        delta = QPointF(0, step);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (SelectionEdits::remove(m_document, m_selection->ids()))
            event->accept();
        else
            event->ignore();
        return;
    case Qt::Key_Escape:
        m_keyDrag.cancel();
        setTool(Tool::Select);
        event->accept();
        return;
    case Qt::Key_Insert: {
        // A new column after the selected one, or at the end of the selected table.
        const Schema &schema = m_document->schema();
        const Id current = m_selection->current();
        const Id tableId = schema.table(current) ? current : schema.tableOfColumn(current);
        const Table *table = schema.table(tableId);
        if (!table || m_selection->ids().size() != 1) {
            event->ignore();
            return;
        }
        const int index = current == tableId ? -1 : table->columnIndex(current) + 1;
        addColumn(tableId, index);
        event->accept();
        return;
    }
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (m_selection->isEmpty()) {
        event->ignore(); // let the view scroll
        return;
    }
    nudgeSelection(delta);
    event->accept();
}

void SchemaScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    Id objectId = 0;
    if (TableItem *table = tableItemAt(event->scenePos())) {
        const Id column = table->columnAt(table->mapFromScene(event->scenePos()));
        objectId = column ? column : table->tableId();
        if (!table->isSelected() || column)
            m_selection->select(objectId);
    } else {
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (auto key = qgraphicsitem_cast<ForeignKeyItem *>(item)) {
                objectId = key->keyId();
                if (!key->isSelected())
                    m_selection->select(objectId);
                break;
            }
        }
        if (!objectId)
            objectId = m_areas->areaAt(event->scenePos());
    }
    emit contextMenuRequested(objectId, event->screenPos(), event->scenePos());
    event->accept();
}

void SchemaScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (m_plainBackground) {
        if (m_plainColor.alpha() > 0)
            painter->fillRect(rect, m_plainColor);
        return;
    }
    painter->fillRect(rect, QColor(0xf7, 0xf8, 0xfa));
    const qreal scale = painter->worldTransform().m11();
    if (scale < 0.5)
        return; // a grid finer than a few pixels is noise, and costs
    const qreal step = GridSize;
    painter->setPen(QPen(QColor(0xe6, 0xe9, 0xee), 0));
    QVector<QLineF> lines;
    for (qreal x = qFloor(rect.left() / step) * step; x < rect.right(); x += step)
        lines << QLineF(x, rect.top(), x, rect.bottom());
    for (qreal y = qFloor(rect.top() / step) * step; y < rect.bottom(); y += step)
        lines << QLineF(rect.left(), y, rect.right(), y);
    painter->drawLines(lines);
}
