#pragma once

#include "id.h"
#include "simulator/simulationhighlight.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class Document;
class ForeignKeyItem;
class QGraphicsPathItem;
class Selection;
class TableItem;

// The canvas: one TableItem per table and one ForeignKeyItem per key, built, updated and removed
// in slots on the document's signals. User gestures become commands on the undo stack (a drag is
// one MoveTablesCommand on release); the items then follow the model like any other view.
class SchemaScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class Tool { Select, Table, ForeignKey };

    SchemaScene(Document *document, Selection *selection, QObject *parent = nullptr);
    ~SchemaScene() override;

    Document *document() const { return m_document; }
    Selection *selection() const { return m_selection; }
    TableItem *tableItem(Id tableId) const { return m_tables.value(tableId); }
    ForeignKeyItem *foreignKeyItem(Id keyId) const { return m_keys.value(keyId); }
    int tableItemCount() const { return int(m_tables.size()); }
    int foreignKeyItemCount() const { return int(m_keys.size()); }

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
    // Moves the selected tables by `delta` as one command that merges with the previous nudge.
    void nudgeSelection(const QPointF &delta);
    // Creates a table at `position` (one undo step), selects it and asks for its name.
    Id createTableAt(const QPointF &position);

signals:
    void toolChanged(SchemaScene::Tool tool);
    // The view puts an in-place editor on the table's name (or column's name).
    void renameRequested(Id objectId);
    void statusMessage(const QString &message);
    // Right click: objectId is a table, column or key, 0 on the background.
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

    TableItem *tableItemAt(const QPointF &scenePos) const;
    void updateLinkDrag(const QPointF &scenePos);
    void finishLinkDrag(const QPointF &scenePos);
    void cancelLinkDrag();
    void setViewCursor(Qt::CursorShape shape);

    Document *m_document;
    Selection *m_selection;
    QHash<Id, TableItem *> m_tables;
    QHash<Id, ForeignKeyItem *> m_keys;
    SimulationHighlight m_highlight;
    void applyHighlight(TableItem *item) const;
    void applyHighlight(ForeignKeyItem *item) const;
    QSet<Id> m_keysWithErrors;
    Tool m_tool = Tool::Select;
    bool m_syncingSelection = false;
    bool m_mayHaveMoved = false;
    Id m_pressedColumn = 0;
    Id m_highlightedTable = 0;

    // A key being drawn: from this table (and column; 0 = header).
    Id m_linkTable = 0;
    Id m_linkColumn = 0;
    QGraphicsPathItem *m_linkLine = nullptr;
};
