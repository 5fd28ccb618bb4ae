#include "problemlistmodel.h"
#include "problemtracker.h"

#include <QIcon>

ProblemListModel::ProblemListModel(ProblemTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    connect(tracker, &ProblemTracker::problemsChanged, this, &ProblemListModel::refresh,
            Qt::QueuedConnection); // one refresh after a burst of signals from one command
    refresh();
}

void ProblemListModel::refresh()
{
    const QVector<Problem> problems = m_tracker->problems();
    if (problems == m_problems)
        return;
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem &p = m_problems.at(index.row());
    if (role == ObjectIdRole)
        return QVariant::fromValue(p.objectId);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        switch (p.severity) {
        case Severity::Error:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        case Severity::Warning:
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        case Severity::Info:
            return QIcon(QStringLiteral(":/icons/info.svg"));
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return p.severity == Severity::Error     ? tr("Error")
                   : p.severity == Severity::Warning ? tr("Warning")
                                                     : tr("Info");
        case ObjectColumn:
            return p.object;
        case CodeColumn:
            return p.code;
        case MessageColumn:
            return p.message;
        }
    }
    return {};
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ObjectColumn:
        return tr("Object");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
