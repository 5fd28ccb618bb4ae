#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

class Schema;
struct SimulationResult;

// Where the SQLite simulation (under the target's rules) and a real engine disagree: the
// verdict, and when both let the statement through, each table's totals.
struct SimulationDifference
{
    Id table = 0; // 0 for the verdict
    QString what; // "verdict", or a total: "deleted", "setNull", "setDefault", "updated"
    QJsonValue simulated; // "succeeds" / "refused", or a number of rows
    QJsonValue engine;
};

class SimulationComparison
{
    Q_DECLARE_TR_FUNCTIONS(SimulationComparison)
public:
    static QVector<SimulationDifference> compare(const SimulationResult &simulated,
                                                 const SimulationResult &engine,
                                                 const Schema &schema);
    static QJsonArray toJson(const QVector<SimulationDifference> &differences,
                             const Schema &schema);
    // One line each, or a line saying there are none.
    static QString toText(const QVector<SimulationDifference> &differences, const Schema &schema,
                          const QString &engineName);
};
