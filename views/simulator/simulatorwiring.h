#pragma once

class EngineComparisonView;
class SampleDataPanel;
class SimulationResultView;

// Connects the data panel and the result view: results and the RESTRICT/NO ACTION
// comparison are shown, Apply in the view applies the panel's last statement. The canvas
// listens to SimulationResultView::highlightChanged / highlightCleared.
void connectSimulatorViews(SampleDataPanel *panel, SimulationResultView *view);
// "Also run on…" runs the statement the panel simulated last.
void connectEngineComparison(SampleDataPanel *panel, EngineComparisonView *view);
