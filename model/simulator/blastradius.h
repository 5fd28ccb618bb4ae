#pragma once

#include "simulationhighlight.h"
#include "simulationresult.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

class Schema;

// Without data: what a DELETE or UPDATE on one table could reach through the keys' actions
// (CASCADE, SET NULL, SET DEFAULT) and where it would stop (RESTRICT, NO ACTION, or a SET NULL
// on a NOT NULL column). An upper bound: the engine touches a subset, depending on the rows;
// tst_blastradius checks that against the engine on random schemas and data.
class BlastRadius
{
    Q_DECLARE_TR_FUNCTIONS(BlastRadius)
public:
    enum class Operation { Delete, Update };

    struct Reach
    {
        Id table = 0;
        EffectAction action = EffectAction::Deleted;
        Id viaKey = 0;
        int depth = 1;
    };
    struct Stop
    {
        Id key = 0;
        Id childTable = 0;
        ReferentialAction action = ReferentialAction::NoAction;
        bool notNull = false; // SET NULL on a NOT NULL column: the engine fails the statement
        int depth = 1;
    };

    // `updatedColumns` (Update only): the columns the statement sets; empty means any.
    static BlastRadius analyse(const Schema &schema, Id table, Operation operation,
                               const QVector<Id> &updatedColumns = {});

    Id table = 0;
    Operation operation = Operation::Delete;
    QVector<Reach> reaches; // breadth first: the shortest path to each reach
    QVector<Stop> stops;

    QSet<Id> reachedTables() const; // the statement's own table included
    QSet<Id> stoppingKeys() const;
    SimulationHighlight highlight() const;
    QString toText(const Schema &schema) const;
};
