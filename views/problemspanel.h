#pragma once

#include "id.h"

#include <QWidget>

class ProblemListModel;
class ProblemTracker;
class QTableView;
class Selection;

// The Problems dock: the validation list. Clicking a problem selects its object (and the
// window reveals it); the key panel shows the same problems inline.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    ProblemsPanel(ProblemTracker *tracker, Selection *selection, QWidget *parent = nullptr);

    ProblemListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void problemActivated(Id objectId);

private:
    Selection *m_selection;
    ProblemListModel *m_model;
    QTableView *m_view;
};
