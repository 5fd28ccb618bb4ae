#include "canvasnavigation.h"

#include "document.h"
#include "focusbar.h"
#include "focusmode.h"
#include "overviewwidget.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "subjectareaactions.h"
#include "viewnavigator.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QVBoxLayout>

CanvasNavigation::CanvasNavigation(QMainWindow *window, SchemaView *view)
    : QObject(window)
    , m_view(view)
    , m_navigator(new ViewNavigator(view, this))
    , m_overview(new OverviewWidget(view->schemaScene(), m_navigator))
    , m_overviewDock(new QDockWidget(tr("Overview"), window))
    , m_focus(new FocusMode(view->schemaScene(), this))
    , m_focusBar(new FocusBar(m_focus))
    , m_pane(new QWidget(window))
    , m_areas(new SubjectAreaActions(view, m_focus, m_navigator, this))
{
    m_overviewDock->setObjectName(QStringLiteral("overviewDock")); // for saveState()
    m_overviewDock->setWidget(m_overview);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_overviewDock);
    connect(m_focus, &FocusMode::changed, m_overview, &OverviewWidget::invalidate);

    auto layout = new QVBoxLayout(m_pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_focusBar);
    layout->addWidget(view);
    connect(m_focusBar, &FocusBar::showAllRequested, view, &SchemaView::fitToView);

    m_zoomToSelection = new QAction(tr("Zoom to &Selection"), this);
    m_zoomToSelection->setShortcut(QKeySequence(tr("F")));
    m_zoomToSelection->setToolTip(tr("Zoom so that the selected tables fill the canvas (F)"));
    connect(m_zoomToSelection, &QAction::triggered, this, [this] {
        if (!m_navigator->zoomToSelection())
            m_view->fitToView(); // nothing selected: everything
    });
    m_focusAction = new QAction(tr("F&ocus on Table"), this);
    m_focusAction->setShortcut(QKeySequence(tr("Shift+F")));
    m_focusAction->setToolTip(
        tr("Show the selected table with its neighbours and dim the rest (Shift+F)"));
    connect(m_focusAction, &QAction::triggered, this, &CanvasNavigation::focusOnSelection);
    // Single-key shortcuts only while the canvas has the focus, not while typing elsewhere.
    for (QAction *action : {m_zoomToSelection, m_focusAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
    }
}

void CanvasNavigation::showFound(Id objectId)
{
    const Schema &schema = m_view->schemaScene()->document()->schema();
    // A focus that hides the found table would hide it: show everything again.
    const Id tableId = schema.table(objectId) ? objectId : schema.tableOfColumn(objectId);
    if (m_focus->isActive() && tableId && !m_focus->tables().contains(tableId))
        m_focus->clear();
    m_view->schemaScene()->selection()->select(objectId);
    m_navigator->zoomToObject(objectId);
}

void CanvasNavigation::focusOnSelection()
{
    const Schema &schema = m_view->schemaScene()->document()->schema();
    for (Id id : m_view->schemaScene()->selection()->ids()) {
        Id tableId = schema.table(id) ? id : schema.tableOfColumn(id);
        if (!tableId) {
            if (const ForeignKey *key = schema.foreignKey(id))
                tableId = key->childTable;
        }
        if (tableId) {
            m_focus->focus(tableId, m_focus->depth());
            m_navigator->zoomToRect(m_focus->focusedRect(), 1.0);
            return;
        }
    }
}
