#include "problemspanel.h"

#include "problemlistmodel.h"
#include "problemtracker.h"
#include "schema.h"
#include "selection.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

ProblemsPanel::ProblemsPanel(ProblemTracker *tracker, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new ProblemListModel(tracker, this))
    , m_view(new QTableView(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::ObjectColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const Id objectId = m_model->problem(index.row()).objectId;
        m_selection->select(objectId);
        emit problemActivated(objectId);
    });
}
