#pragma once

#include "id.h"

#include <QObject>

class FocusBar;
class FocusMode;
class OverviewWidget;
class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;
class SchemaView;
class SubjectAreaActions;
class ViewNavigator;

// The ways to find one's place on a big diagram, wired into the window: the Overview dock,
// Zoom to Selection, Find that zooms to what it found, Focus with its bar above the canvas, and
// the subject areas' actions (an area opened as its own view is a Focus).
// Kept out of MainWindow so that the window only places what this makes.
class CanvasNavigation : public QObject
{
    Q_OBJECT
public:
    // The view's scene gives the document and the selection.
    CanvasNavigation(QMainWindow *window, SchemaView *view);

    // The focus bar above the view: the window's central widget.
    QWidget *canvasPane() const { return m_pane; }
    QDockWidget *overviewDock() const { return m_overviewDock; }
    OverviewWidget *overview() const { return m_overview; }
    ViewNavigator *navigator() const { return m_navigator; }
    FocusMode *focusMode() const { return m_focus; }
    FocusBar *focusBar() const { return m_focusBar; }
    QAction *zoomToSelectionAction() const { return m_zoomToSelection; }
    QAction *focusAction() const { return m_focusAction; }
    SubjectAreaActions *subjectAreas() const { return m_areas; }

    // Selects what Find found and zooms to it.
    void showFound(Id objectId);
    // Focus on the selected table (or the table of the selected column or key).
    void focusOnSelection();

private:
    SchemaView *m_view;
    ViewNavigator *m_navigator;
    OverviewWidget *m_overview;
    QDockWidget *m_overviewDock;
    FocusMode *m_focus;
    FocusBar *m_focusBar;
    QWidget *m_pane;
    QAction *m_zoomToSelection;
    QAction *m_focusAction;
    SubjectAreaActions *m_areas;
};
