#include "effecttree.h"

#include "../schema.h"
#include "simulationresult.h"

namespace {

struct PendingNode
{
    EffectAction action;
    QVector<RowChange> *rows;
};

QVector<PendingNode> nonEmptyParts(RowDiff &diff)
{
    QVector<PendingNode> parts;
    if (!diff.deleted.isEmpty())
        parts.append({EffectAction::Deleted, &diff.deleted});
    if (!diff.setNull.isEmpty())
        parts.append({EffectAction::SetNull, &diff.setNull});
    if (!diff.setDefault.isEmpty())
        parts.append({EffectAction::SetDefault, &diff.setDefault});
    if (!diff.updated.isEmpty())
        parts.append({EffectAction::Updated, &diff.updated});
    return parts;
}

// The key action that produces `effect` on the child.
bool actionFits(ReferentialAction action, EffectAction effect)
{
    switch (effect) {
    case EffectAction::Deleted:
        return action == ReferentialAction::Cascade;
    case EffectAction::Updated:
        return action == ReferentialAction::Cascade;
    case EffectAction::SetNull:
        return action == ReferentialAction::SetNull;
    case EffectAction::SetDefault:
        return action == ReferentialAction::SetDefault;
    }
    return false;
}

int appendEffectNode(SimulationResult *result, int parent, Id table, Id viaKey,
                     ReferentialAction keyAction, EffectAction action, int depth,
                     const QVector<RowChange> &rows, int count)
{
    EffectNode node;
    node.parent = parent;
    node.table = table;
    node.viaKey = viaKey;
    node.keyAction = keyAction;
    node.action = action;
    node.depth = depth;
    node.rows = count;
    node.samples = rows.mid(0, SimulationResult::MaxSamples);
    result->nodes.append(node);
    const int index = int(result->nodes.size()) - 1;
    if (parent >= 0)
        result->nodes[parent].children.append(index);
    return index;
}

} // namespace

void EffectTree::build(const Schema &schema, Id target, bool deleting, int statementRows,
                       const QHash<Id, RowDiff> &diffs, SimulationResult *result)
{
    QHash<Id, RowDiff> rest = diffs;
    // The statement's own rows: as many of its table's changed rows as the engine says it
    // matched. An UPDATE that sets a key column to NULL looks like set-null in the rows, so
    // its own rows are taken from the updated ones first, then from those.
    QVector<RowChange> ownRows;
    RowDiff &targetRest = rest[target];
    const QVector<QVector<RowChange> *> ownSources = deleting
        ? QVector<QVector<RowChange> *>{&targetRest.deleted}
        : QVector<QVector<RowChange> *>{&targetRest.updated, &targetRest.setNull,
                                        &targetRest.setDefault};
    for (QVector<RowChange> *source : ownSources) {
        const int wanted = statementRows - int(ownRows.size());
        if (wanted <= 0)
            break;
        // No updated row (every own row only set a key column NULL): on to the next part.
        const int take = qMin(int(source->size()), wanted);
        ownRows += source->mid(0, take);
        source->remove(0, take);
    }
    // The tables placed so far: the nodes that changed rows of each.
    QHash<Id, QVector<int>> placed;
    int root = -1;
    if (!ownRows.isEmpty()) {
        root = appendEffectNode(result, -1, target, 0, ReferentialAction::NoAction,
                                deleting ? EffectAction::Deleted : EffectAction::Updated, 0,
                                ownRows, int(ownRows.size()));
        placed[target].append(root);
    }

    // Breadth first from the statement's table: each round places the changed tables that a
    // key leads to from a table placed in an earlier round (self-references included).
    QVector<Id> frontier{target};
    while (!frontier.isEmpty() && root >= 0) {
        QVector<Id> next;
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey *key = schema.foreignKey(keyId);
            if (!frontier.contains(key->parentTable))
                continue;
            const QVector<int> parents = placed.value(key->parentTable);
            if (parents.isEmpty())
                continue;
            const int parent = parents.first();
            const Id child = key->childTable;
            const ReferentialAction action = deleting ? key->onDelete : key->onUpdate;
            for (const PendingNode &part : nonEmptyParts(rest[child])) {
                if (!actionFits(action, part.action))
                    continue;
                const int index = appendEffectNode(result, parent, child, keyId, action,
                                                   part.action, result->nodes.at(parent).depth + 1,
                                                   *part.rows, int(part.rows->size()));
                placed[child].append(index);
                part.rows->clear();
                if (!next.contains(child) && child != key->parentTable)
                    next.append(child);
            }
        }
        frontier = next;
    }
    // Whatever no key explains (a user's trigger, an engine's own rule) still counts, as a
    // change next to the statement's own.
    for (Id tableId : schema.tableIds()) {
        for (const PendingNode &part : nonEmptyParts(rest[tableId]))
            appendEffectNode(result, root, tableId, 0, ReferentialAction::NoAction, part.action,
                             root >= 0 ? 1 : 0, *part.rows, int(part.rows->size()));
    }
    result->changedRows = 0;
    for (const EffectNode &node : std::as_const(result->nodes))
        result->changedRows += node.rows;
}
