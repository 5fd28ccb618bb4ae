#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class SchemaScene;
class ViewNavigator;

// The Overview dock: the whole diagram in miniature (every card as a box in its colour, the
// subject areas as tinted regions with their names) with the part the canvas shows framed. Click to
// centre the canvas there; drag the frame (or anywhere) to move it.
//
// The miniature is drawn once into a pixmap and redrawn only when the diagram changed (tables
// moved, added, removed, resized), at most every RefreshMilliseconds; a scroll or zoom of the
// canvas only moves the frame, so it costs no more than the frame's repaint.
class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    OverviewWidget(SchemaScene *scene, ViewNavigator *navigator, QWidget *parent = nullptr);

    // The mapping between the miniature and the scene, for tests.
    QPointF mapToScene(const QPointF &widgetPos) const;
    QRectF mapFromScene(const QRectF &sceneRect) const;
    // The canvas's visible part, in this widget's coordinates.
    QRectF frameRect() const;
    // The scene rectangle the miniature shows.
    QRectF sceneArea() const { return m_area; }

    QSize sizeHint() const override { return QSize(240, 170); }

    static constexpr int RefreshMilliseconds = 100;

public slots:
    // The diagram changed: redraw the miniature soon.
    void invalidate();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render();
    void updateMapping();

    SchemaScene *m_scene;
    ViewNavigator *m_navigator;
    QPixmap m_content;
    QRectF m_area; // scene rectangle shown
    qreal m_scale = 1; // widget pixels per scene unit
    QPointF m_offset; // widget position of m_area's top-left
    QRectF m_frame; // the visible rectangle, in scene coordinates
    bool m_dirty = true;
    bool m_dragging = false;
    QPointF m_grab; // scene offset of the press point from the frame's centre
    QTimer m_refresh;
};
