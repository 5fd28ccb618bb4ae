#include "dockpanels.h"

#include "ddlpreview.h"
#include "document.h"
#include "documentcontroller.h"
#include "objecttree.h"
#include "problemsdockpolicy.h"
#include "problemspanel.h"
#include "propertypanel.h"
#include "schemascene.h"
#include "selection.h"
#include "simulator/enginecomparisonview.h"
#include "simulator/sampledatapanel.h"
#include "simulator/simulationresultview.h"
#include "simulator/simulatorwiring.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QUndoView>

#include <algorithm>

DockPanels::DockPanels(QMainWindow *window, DocumentController *c)
    : QObject(window)
    , m_window(window)
{
    auto addDock = [this, window](QWidget *content, const QString &title,
                                  const QString &objectName, Qt::DockWidgetArea area) {
        auto dock = new QDockWidget(title, window);
        dock->setObjectName(objectName); // for saveState()
        dock->setWidget(content);
        window->addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };
    m_objectTree = new ObjectTree(c->document(), c->selection(), window);
    addDock(m_objectTree, tr("Objects"), QStringLiteral("objectsDock"), Qt::LeftDockWidgetArea);
    m_properties = new PropertyPanel(c->document(), c->selection(), window);
    addDock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::RightDockWidgetArea);
    auto undoView = new QUndoView(c->document()->undoStack(), window);
    undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *undoDock = addDock(undoView, tr("Undo history"), QStringLiteral("undoDock"), Qt::RightDockWidgetArea);
    m_problems = new ProblemsPanel(c->problemTracker(), c->selection(), window);
    addDock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    m_ddlPreview = new DdlPreview(c->document(), window);
    // Behind the Sample data tab at first: its script is made when the tab is shown.
    m_ddlPreview->setIdleWhileHidden(true);
    QDockWidget *ddlDock = addDock(m_ddlPreview, tr("DDL preview"), QStringLiteral("ddlDock"),
                                   Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(m_docks.at(1), undoDock);
    m_docks.at(1)->raise();

    connect(m_objectTree, &ObjectTree::activated, this, &DockPanels::revealRequested);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &DockPanels::revealRequested);
    connect(c->selection(), &Selection::changed, m_ddlPreview,
            [this, c] { m_ddlPreview->setSelectedObjects(c->selection()->ids()); });
    connect(m_ddlPreview, &DdlPreview::problemActivated, this, [this, c](Id id) {
        c->selection()->select(id);
        emit revealRequested(id);
    });
    window->tabifyDockWidget(m_docks.at(3), ddlDock);

    // What if…: the sample data and the result of the last simulation, painted on the canvas.
    auto dataPanel = new SampleDataPanel(c->document(), c->sampleData(), c->scratchSession(),
                                         c->simulationRunner(), window);
    QDockWidget *dataDock = addDock(dataPanel, tr("Sample data"), QStringLiteral("sampleDataDock"),
                                    Qt::BottomDockWidgetArea);
    auto resultView = new SimulationResultView(c->document(), window);
    // Below the result: "Also run on…", the same statement on a real server, side by side.
    auto engineView = new EngineComparisonView(c->document(), c->sampleData(), window);
    auto simulationPane = new QSplitter(Qt::Vertical, window);
    simulationPane->setChildrenCollapsible(false);
    simulationPane->addWidget(resultView);
    auto engineScroll = new QScrollArea(window);
    engineScroll->setWidgetResizable(true);
    engineScroll->setFrameShape(QFrame::NoFrame);
    engineScroll->setWidget(engineView);
    simulationPane->addWidget(engineScroll);
    simulationPane->setStretchFactor(0, 3);
    simulationPane->setStretchFactor(1, 1);
    // Room for both answers (or the error) once they are there (up to two thirds of the dock); the rest
    // scrolls.
    connect(engineView, &EngineComparisonView::resultShown, simulationPane,
            [simulationPane, engineView] {
                // Once the new content is laid out and its size hint is right.
                QTimer::singleShot(0, simulationPane, [simulationPane, engineView] {
                    const QList<int> sizes = simulationPane->sizes();
                    const int total = sizes.value(0) + sizes.value(1);
                    const int wanted
                        = std::min(engineView->sizeHint().height() + 4, total * 2 / 3);
                    if (sizes.value(1) < wanted)
                        simulationPane->setSizes({total - wanted, wanted});
                });
            });
    QDockWidget *resultDock = addDock(simulationPane, tr("Simulation"),
                                      QStringLiteral("simulationDock"), Qt::RightDockWidgetArea);
    // Beside the properties, with their full height: a result tree needs room.
    window->tabifyDockWidget(m_docks.at(1), resultDock);
    m_docks.at(1)->raise();
    window->tabifyDockWidget(m_docks.at(3), dataDock);
    // The simulation is what a first look should find; the Problems tab hides while empty.
    dataDock->raise();
    m_problemsPolicy = new ProblemsDockPolicy(m_docks.at(3), c->problemTracker(), this);
    connect(resultView, &SimulationResultView::highlightChanged, resultDock, &QDockWidget::raise);
    connectSimulatorViews(dataPanel, resultView);
    connectEngineComparison(dataPanel, engineView);
    connect(resultView, &SimulationResultView::highlightChanged, c->scene(),
            &SchemaScene::setSimulationHighlight);
    connect(resultView, &SimulationResultView::highlightCleared, c->scene(),
            &SchemaScene::clearSimulationHighlight);
    // The data grid shows the table selected anywhere.
    connect(c->selection(), &Selection::changed, dataPanel, [c, dataPanel] {
        const Schema &schema = c->document()->schema();
        for (Id id : c->selection()->ids()) {
            const Id table = schema.table(id) ? id : schema.tableOfColumn(id);
            if (table) {
                dataPanel->setCurrentTable(table);
                break;
            }
        }
    });
}

QDockWidget *DockPanels::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks) {
        if (d->objectName() == objectName)
            return d;
    }
    return nullptr;
}

void DockPanels::useFirstRunLayout()
{
    m_firstRunLayout = true;
    if (m_window->isVisible())
        QTimer::singleShot(0, this, &DockPanels::applyFirstRunLayout);
    else
        m_window->installEventFilter(this);
}

bool DockPanels::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_firstRunLayout) {
        m_window->removeEventFilter(this);
        // After the show, once the main window has laid its docks out.
        QTimer::singleShot(0, this, &DockPanels::applyFirstRunLayout);
    }
    return QObject::eventFilter(watched, event);
}

void DockPanels::applyFirstRunLayout()
{
    if (!m_firstRunLayout)
        return;
    m_firstRunLayout = false;
    const QSize size = m_window->size();
    m_window->resizeDocks(
        {dock(QStringLiteral("objectsDock")), dock(QStringLiteral("propertiesDock"))},
        {qRound(size.width() * SideShare), qRound(size.width() * RightShare)}, Qt::Horizontal);
    m_window->resizeDocks({dock(QStringLiteral("sampleDataDock"))},
                          {qRound(size.height() * BottomShare)}, Qt::Vertical);
    emit firstRunLayoutApplied();
}
