#pragma once

#include "id.h"

#include <QCoreApplication>
#include <QPoint>
#include <QPointF>

class QGraphicsPathItem;
class SchemaScene;

// Drawing a foreign key by dragging, from the child's column (or, with the key tool, its
// header) onto the parent's column or header. A press on a column row only arms the gesture;
// it becomes a drag once the mouse has moved by the platform's drag distance, so a click still
// just selects the column. While dragging, a dashed line follows the mouse and the scene's
// status message says what a release would create or why it cannot; the release applies the
// plan as one undo step and selects the new key.
class KeyDragGesture
{
    Q_DECLARE_TR_FUNCTIONS(KeyDragGesture)
public:
    explicit KeyDragGesture(SchemaScene *scene);
    ~KeyDragGesture();

    bool isArmed() const { return m_armed; }
    bool isDragging() const { return m_line != nullptr; }

    void arm(Id table, Id column, const QPoint &screenPos);
    // While armed: starts the drag once far enough. While dragging: follows the mouse.
    // Returns whether the gesture took the move.
    bool move(const QPointF &scenePos, const QPoint &screenPos);
    // Ends the gesture; returns the new key's id, 0 when none was made (or it was a click).
    Id finish(const QPointF &scenePos);
    void cancel();

private:
    void start(Id table, Id column, const QPointF &scenePos);
    void update(const QPointF &scenePos);
    void setCursor(Qt::CursorShape shape);

    SchemaScene *m_scene;
    Id m_table = 0;
    Id m_column = 0; // 0: the header
    bool m_armed = false;
    QPoint m_pressScreenPos;
    QGraphicsPathItem *m_line = nullptr;
};
