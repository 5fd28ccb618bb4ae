#pragma once

#include "dialectrules.h"

#include "../id.h"
#include "../problem.h"

#include <QCoreApplication>
#include <QVector>

class Schema;

// Checks on the graph of keys whose action changes child rows, one graph per event.
class CascadeGraph
{
    Q_DECLARE_TR_FUNCTIONS(CascadeGraph)
public:
    // SQL Server error 1785, as the engine checks it when each key is added (keys in the order
    // the script creates them): a key whose cascading action closes a cycle (a self-reference
    // included) or gives some table a second cascade path to another table is rejected, and
    // therefore not part of the graph the later keys are checked against. The accepted graph is
    // therefore a multitree, whose reachability CascadeClosure keeps: a key costs a few list
    // intersections, not a search of the graph (5,000 tables, 11,000 keys: tests/benchmarks/
    // bench_ddl). tst_cascadegraph compares it with the former search on random graphs.
    static QVector<Problem> sqlServerCascadePaths(const Schema &schema,
                                                  const QVector<Id> &keysInCreationOrder);
    // MySQL/MariaDB stop cascading after 15 levels.
    static QVector<Problem> mysqlCascadeDepth(const Schema &schema);
};
