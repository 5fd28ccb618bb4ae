#pragma once

#include <QObject>

class ProblemTracker;
class QDockWidget;

// The Problems dock stays out of the way while there is nothing in it: it is hidden when the
// list becomes empty and comes back (as a tab, without taking the focus) when problems appear
// again. A dock the user closed by hand while it listed problems stays closed.
class ProblemsDockPolicy : public QObject
{
    Q_OBJECT
public:
    ProblemsDockPolicy(QDockWidget *dock, ProblemTracker *tracker, QObject *parent = nullptr);

    void update();

private:
    QDockWidget *m_dock;
    ProblemTracker *m_tracker;
    bool m_known = false;
    bool m_empty = false;
    bool m_hiddenByPolicy = false;
};
