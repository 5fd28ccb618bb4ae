#pragma once

#include "../id.h"
#include "../referentialaction.h"
#include "simulationhighlight.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class Schema;

enum class EffectAction { Deleted, Updated, SetNull, SetDefault };

namespace EffectActions {
QString jsonName(EffectAction action); // "deleted", "updated", "set-null", "set-default"
QString displayName(EffectAction action);
} // namespace EffectActions

struct RowChange
{
    QVector<QVariant> before; // the table's columns in schema order
    QVector<QVariant> after; // empty for a deleted row
};

// One node of the effect tree: the rows of `table` that `action` hit, reached from the parent
// node's rows through the key `viaKey` (0 for the statement's own rows, at depth 0).
struct EffectNode
{
    int parent = -1; // index in SimulationResult::nodes; -1 for the statement's own rows
    QVector<int> children;
    Id table = 0;
    Id viaKey = 0;
    ReferentialAction keyAction = ReferentialAction::NoAction; // the key's action that acted
    EffectAction action = EffectAction::Deleted;
    int depth = 0;
    int rows = 0;
    QVector<RowChange> samples; // the first rows, up to SimulationResult::MaxSamples
};

// A flat line of the result: the same table, action, key and depth added up across branches.
struct Effect
{
    Id table = 0;
    EffectAction action = EffectAction::Deleted;
    int rows = 0;
    Id viaKey = 0;
    int depth = 0;
};

struct TableTotals
{
    Id table = 0;
    int deleted = 0;
    int updated = 0;
    int setNull = 0;
    int setDefault = 0;
};

// Why the engine refused the statement.
struct SimulationError
{
    enum class Kind {
        None,
        ForeignKey, // a key blocked: RESTRICT / NO ACTION, or SET DEFAULT without a parent
        NotNull, // typically SET NULL on a NOT NULL column
        Unique,
        Check,
        Cancelled,
        Other,
    };
    Kind kind = Kind::None;
    QString message; // the engine's own words
    QString explanation; // Joinery's sentence about it
    Id foreignKey = 0;
    ReferentialAction keyAction = ReferentialAction::NoAction;
    Id childTable = 0;
    Id parentTable = 0;
    Id column = 0; // NOT NULL: the column
    QVector<QVector<QVariant>> childRows; // child rows that still reference (schema order)
    int childRowCount = 0;
};

struct SimulationResult
{
    Q_DECLARE_TR_FUNCTIONS(SimulationResult)
public:
    static constexpr int MaxSamples = 50;

    QString statement;
    Id table = 0; // the statement's table
    bool ok = false;
    bool deferred = false;
    bool applied = false;
    bool badInput = false; // the statement was refused before running (parse, guard)
    SimulationError error;
    QVector<EffectNode> nodes; // a forest; roots have parent -1
    int changedRows = 0;
    // What of the schema the scratch database left out (ScratchDatabase::notSimulated()).
    QStringList notSimulated;
    // Whose rules the answer follows (the schema's target engine) and where they differ from
    // SQLite's, which runs the statement (EngineRules::notes()).
    QString engine;
    QStringList engineRules;
    // The server that ran the statement for real ("PostgreSQL 15.5 …", EngineSimulation);
    // empty for the SQLite simulation.
    QString server;

    // A key's name, or for an unnamed key its table and columns: "orders(customer)".
    static QString keyLabel(const Schema &schema, Id keyId);

    QVector<int> roots() const;
    QVector<Effect> effects() const; // ordered by depth, then first appearance
    QVector<TableTotals> totals() const; // in schema order
    SimulationHighlight highlight() const;

    QJsonObject toJson(const Schema &schema) const;
    QString toText(const Schema &schema) const; // what the command line prints
};

Q_DECLARE_METATYPE(SimulationResult)
