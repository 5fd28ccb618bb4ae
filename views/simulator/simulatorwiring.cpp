#include "simulatorwiring.h"

#include "enginecomparisonview.h"
#include "sampledatapanel.h"
#include "simulationresultview.h"

void connectSimulatorViews(SampleDataPanel *panel, SimulationResultView *view)
{
    QObject::connect(panel, &SampleDataPanel::simulationFinished, view,
                     &SimulationResultView::showResult);
    QObject::connect(panel, &SampleDataPanel::comparisonFinished, view,
                     &SimulationResultView::showComparison);
    QObject::connect(panel, &SampleDataPanel::blastRadiusReady, view,
                     &SimulationResultView::showBlastRadius);
    QObject::connect(view, &SimulationResultView::applyRequested, panel,
                     &SampleDataPanel::applyLastSimulation);
}

void connectEngineComparison(SampleDataPanel *panel, EngineComparisonView *view)
{
    QObject::connect(panel, &SampleDataPanel::simulationFinished, view,
                     &EngineComparisonView::setStatement);
}
