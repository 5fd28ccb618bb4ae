#pragma once

#include "../id.h"
#include "rowdiff.h"

#include <QHash>

class Schema;
struct SimulationResult;

// Turns what a real engine did to each table (RowDiff) into the effect tree the SQLite
// simulation reports, so that both print and compare alike. The engine does not say which
// key moved which row, so a table's rows hang from the nearest changed parent table (fewest
// keys away from the statement's table) through a key whose action fits the change; the
// per-table totals are exact, the "via" is the likely key.
namespace EffectTree {
// `statementRows`: how many rows the statement itself matched (the engine's affected-row
// count); the target table's other changes come from its self-references.
void build(const Schema &schema, Id target, bool deleting, int statementRows,
           const QHash<Id, RowDiff> &diffs, SimulationResult *result);
} // namespace EffectTree
