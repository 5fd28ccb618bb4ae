#pragma once

#include "simulator/simulationhighlight.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// How the canvas shows what a simulation did: one colour per effect (the colours of the action
// glyphs: red for deleted, amber for set to NULL/default, blue for updated, purple for blocked)
// and a short label with the counts. A predicted blast radius has no counts: "may be deleted".
struct ItemEffect
{
    QColor color;
    QString label;
    bool predicted = false;

    bool isValid() const { return color.isValid(); }
};

class SimulationOverlay
{
    Q_DECLARE_TR_FUNCTIONS(SimulationOverlay)
public:
    static QColor color(SimulationHighlight::Effect effect);
    static ItemEffect forTable(const SimulationHighlight::Counts &counts, bool predicted);
    static ItemEffect forKey(const SimulationHighlight::Counts &counts, bool predicted);
};
