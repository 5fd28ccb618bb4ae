#pragma once

#include "problem.h"

#include <QAbstractTableModel>
#include <QVector>

class ProblemTracker;

// The Problems dock's model: one row per problem (severity icon, object, message), refreshed
// from the tracker after each change.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, ObjectColumn, CodeColumn, MessageColumn, ColumnCount };
    enum Role { ObjectIdRole = Qt::UserRole + 1 };

    explicit ProblemListModel(ProblemTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Problem &problem(int row) const { return m_problems.at(row); }
    void refresh();

private:
    ProblemTracker *m_tracker;
    QVector<Problem> m_problems;
};
