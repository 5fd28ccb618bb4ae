#pragma once

#include "id.h"
#include "keydraggesture.h"
#include "notation.h"
#include "simulator/simulationhighlight.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class Document;
class ForeignKeyItem;
class Selection;
class SubjectAreaLayer;
class TableItem;

// The canvas: one TableItem per table and one ForeignKeyItem per key, built, updated and removed
// in slots on the document's signals. User gestures become commands on the undo stack (a drag is
// one MoveTablesCommand on release); the items then follow the model like any other view.
class SchemaScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class Tool { Select, Table, ForeignKey };
    // What the mouse is over, for the status bar's hint.
    enum class HoverHint { None, Header, Column };
    static constexpr qreal GridSize = 20; // the background's grid; snapping follows it

    SchemaScene(Document *document, Selection *selection, QObject *parent = nullptr);
    ~SchemaScene() override;

    Document *document() const { return m_document; }
    Selection *selection() const { return m_selection; }
    TableItem *tableItem(Id tableId) const { return m_tables.value(tableId); }
    ForeignKeyItem *foreignKeyItem(Id keyId) const { return m_keys.value(keyId); }
    int tableItemCount() const { return int(m_tables.size()); }
    int foreignKeyItemCount() const { return int(m_keys.size()); }
    // The subject areas drawn behind the cards.
    SubjectAreaLayer *subjectAreaLayer() const { return m_areas; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    // The rectangle of every card and arrow, with a margin; for fit-to-view and export.
    QRectF contentRect() const;
    // Keys with errors get a dashed red arrow.
    void setKeysWithErrors(const QSet<Id> &keyIds);
    // What a simulation (or a blast radius) touched, painted on cards and arrows until cleared.
    void setSimulationHighlight(const SimulationHighlight &highlight);
    void clearSimulationHighlight();
    const SimulationHighlight &simulationHighlight() const { return m_highlight; }

    // Called by TableItem when it moves (drag, undo): redraws its arrows only.
    void tableItemMoved(TableItem *item);
    // A key's badge may have to move off a card: done for all such keys together, once the
    // event loop is back (placeLabelsNow() does it at once, e.g. before a picture is taken).
    void scheduleLabelPlacement(Id keyId);
    void placeLabelsNow();
    void placeLabelsCoveredBy(TableItem *item);
    // Moves the selected tables by `delta` as one command that merges with the previous nudge.
    void nudgeSelection(const QPointF &delta);
    // Creates a table at `position`, or the free spot nearest to it (one undo step), selects
    // it and asks for its name.
    Id createTableAt(const QPointF &position);
    // Adds a column to a table at `index` (-1: at the end; one undo step), selects it and asks
    // for its name.
    Id addColumn(Id tableId, int index = -1);
    // Every card's rectangle, for placing tables on free space.
    QVector<QRectF> cardRects() const;
    TableItem *tableItemAt(const QPointF &scenePos) const;

    // Snapping: dragged tables land on the background's grid.
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    bool isDraggingTables() const { return m_mayHaveMoved; }
    static QPointF snapped(const QPointF &position);

    // How keys are drawn; saved with the document (DocumentController).
    Notation notation() const { return m_notation; }
    void setNotation(Notation notation);

    // Whether cards are cached as device pixmaps. Worth it where a card is text (panning and
    // dragging blit it); below CanvasStyle::SimpleDetail a card is a few rectangles, cheaper
    // drawn than blitted, and thousands of small pixmaps would only hold memory. The view
    // sets it as it zooms.
    bool cardCaching() const { return m_cardCaching; }
    void setCardCaching(bool cache);

    // For export and printing: a plain background (white or none), no grid; false restores.
    void setPlainBackground(bool plain, const QColor &color = Qt::white);
    void showHoverHint(HoverHint hint);

signals:
    void toolChanged(SchemaScene::Tool tool);
    void notationChanged(Notation notation);
    // The view puts an in-place editor on the table's name (or column's name).
    void renameRequested(Id objectId);
    void statusMessage(const QString &message);
    // Right click: objectId is a table, column, key or subject area (its tab), 0 on the
    // background.
    void contextMenuRequested(Id objectId, const QPoint &screenPos, const QPointF &scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addTableItem(Id tableId);
    void removeTableItem(Id tableId);
    void refreshTable(Id tableId);
    void addKeyItem(Id keyId);
    void removeKeyItem(Id keyId);
    void refreshKey(Id keyId);
    void refreshKeysBetween(Id tableA, Id tableB);
    void refreshKeysOfTable(Id tableId);
    int laneOf(Id keyId) const;

    void onSceneSelectionChanged();
    void onSelectionChanged();
    void commitMove();

    Document *m_document;
    Selection *m_selection;
    QHash<Id, TableItem *> m_tables;
    QHash<Id, ForeignKeyItem *> m_keys;
    SubjectAreaLayer *m_areas = nullptr;
    SimulationHighlight m_highlight;
    void applyHighlight(TableItem *item) const;
    void applyHighlight(ForeignKeyItem *item) const;
    QSet<Id> m_keysWithErrors;
    Tool m_tool = Tool::Select;
    bool m_syncingSelection = false;
    bool m_mayHaveMoved = false;
    Id m_pressedColumn = 0;
    Id m_highlightedTable = 0;
    KeyDragGesture m_keyDrag;
    bool m_snapToGrid = false;
    Notation m_notation = Notation::Badges;
    bool m_plainBackground = false;
    bool m_cardCaching = true;
    QColor m_plainColor;
    HoverHint m_hoverHint = HoverHint::None;
    QSet<Id> m_labelsToPlace;
    QSet<Id> m_keysWithDragBounds; // see ForeignKeyItem::setDragBounds()
    bool m_labelPlacementScheduled = false;
};
