#include "problemsdockpolicy.h"

#include "problemtracker.h"

#include <QDockWidget>

ProblemsDockPolicy::ProblemsDockPolicy(QDockWidget *dock, ProblemTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_dock(dock)
    , m_tracker(tracker)
{
    connect(tracker, &ProblemTracker::problemsChanged, this, &ProblemsDockPolicy::update,
            Qt::QueuedConnection);
    update();
}

void ProblemsDockPolicy::update()
{
    const bool empty = m_tracker->problems().isEmpty();
    if (m_known && empty == m_empty)
        return;
    const bool first = !m_known;
    m_known = true;
    m_empty = empty;
    if (empty) {
        if (m_dock->isVisible() || first) {
            m_dock->hide();
            m_hiddenByPolicy = true;
        }
    } else if (m_hiddenByPolicy) {
        m_hiddenByPolicy = false;
        m_dock->show();
    }
}
