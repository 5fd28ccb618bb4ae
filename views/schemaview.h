#pragma once

#include "id.h"

#include <QGraphicsView>
#include <QPointer>

class QLineEdit;
class QScreen;
class SchemaScene;

// The canvas's viewport: zoom (Ctrl+wheel, pinch, actions), pan (middle drag, Space+drag,
// scroll bars), rubber-band selection, and the in-place name editor.
class SchemaView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit SchemaView(SchemaScene *scene, QWidget *parent = nullptr);

    SchemaScene *schemaScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Fits the diagram in the view; until the user zooms or scrolls, a resize fits it again.
    void fitToView();
    // Scrolls so that a table (or a column's or key's table) is in view.
    void reveal(Id objectId);
    // Opens the in-place editor on a table's or column's name.
    void startRename(Id objectId);
    bool isRenaming() const;

    // The pixmap cache's limit, in KB, that the view sets for the cards: two screenfuls of
    // `screen`, within 10 and 64 MB.
    static int cardCacheLimit(const QScreen *screen);

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scaleBy(qreal factor);
    void commitRename();
    void closeEditor();

    SchemaScene *m_scene;
    QPointer<QLineEdit> m_editor;
    Id m_editedObject = 0;
    bool m_panning = false;
    bool m_fitPending = false; // fit asked for before the view had its size
    bool m_keepFitted = false; // fitted, and not zoomed or scrolled by the user since
    bool m_fitting = false;
    bool m_spaceHeld = false;
    QPoint m_panOrigin;
};
