#pragma once

#include "id.h"

#include <QObject>
#include <QRectF>

class SchemaView;

// Takes a canvas view to what the user looks for: a rectangle of the diagram, the selection, a
// table found by name. Also says where the view is, for the overview: visibleRectChanged() on
// every scroll, zoom and resize.
class ViewNavigator : public QObject
{
    Q_OBJECT
public:
    explicit ViewNavigator(SchemaView *view, QObject *parent = nullptr);

    SchemaView *view() const { return m_view; }
    // The part of the scene the viewport shows.
    QRectF visibleRect() const;
    // Zooms so that `rect` fills the viewport with a margin, but no closer than `maxZoom`, and
    // centres it.
    void zoomToRect(const QRectF &rect, qreal maxZoom);
    // The cards and arrows of the selection (a column stands for its table); false, and nothing
    // moves, when nothing is selected.
    bool zoomToSelection();
    // A table, or a column's table, or a key's arrow, readable (100 % unless it needs less to
    // fit) and centred.
    void zoomToObject(Id objectId);
    void centreOn(const QPointF &scenePos);
    // The scene rectangle of a table, column (its table) or key; null when there is none.
    QRectF objectRect(Id objectId) const;

    static constexpr qreal SelectionMaxZoom = 1.5;

signals:
    void visibleRectChanged(const QRectF &rect);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();
    // Lets the view scroll to `rect` even if it lies outside the scene rect it has now.
    void makeReachable(const QRectF &rect);

    SchemaView *m_view;
    // Compared in eventFilter() without asking the view, which may be half destroyed when its
    // viewport's last events arrive.
    QObject *m_viewport;
    QRectF m_lastAnnounced;
};
