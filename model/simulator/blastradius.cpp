#include "blastradius.h"

#include "../schema.h"

#include <QQueue>

namespace {

struct State
{
    Id table;
    bool deleted;
    QVector<Id> columns; // updated columns; empty: any
    int depth;
};

bool intersects(const QVector<Id> &a, const QVector<Id> &b)
{
    for (Id id : a) {
        if (b.contains(id))
            return true;
    }
    return false;
}

} // namespace

BlastRadius BlastRadius::analyse(const Schema &schema, Id table, Operation operation,
                                 const QVector<Id> &updatedColumns)
{
    BlastRadius radius;
    radius.table = table;
    radius.operation = operation;
    QSet<Id> deletedTables;
    QHash<Id, QSet<Id>> updatedColumnsOf; // per table, the columns already known to change
    QSet<Id> anyUpdate; // tables whose every column may change
    QSet<QPair<Id, int>> seenReach; // (key, action) reported once
    QSet<Id> seenStop;
    QQueue<State> queue;
    queue.enqueue({table, operation == Operation::Delete, updatedColumns, 0});
    if (operation == Operation::Delete)
        deletedTables.insert(table);
    while (!queue.isEmpty()) {
        const State state = queue.dequeue();
        for (Id keyId : schema.foreignKeysOfTable(state.table)) {
            const ForeignKey *key = schema.foreignKey(keyId);
            if (key->parentTable != state.table)
                continue;
            if (!state.deleted && !state.columns.isEmpty()
                && !intersects(state.columns, key->parentColumns))
                continue;
            const ReferentialAction action = state.deleted ? key->onDelete : key->onUpdate;
            const int depth = state.depth + 1;
            if (!ActionNames::changesChildRows(action)) {
                if (!seenStop.contains(keyId)) {
                    seenStop.insert(keyId);
                    radius.stops.append({keyId, key->childTable, action, false, depth});
                }
                continue;
            }
            EffectAction effect = EffectAction::Updated;
            if (action == ReferentialAction::Cascade && state.deleted)
                effect = EffectAction::Deleted;
            else if (action == ReferentialAction::SetNull)
                effect = EffectAction::SetNull;
            else if (action == ReferentialAction::SetDefault)
                effect = EffectAction::SetDefault;
            if (effect == EffectAction::SetNull) {
                const Table *child = schema.table(key->childTable);
                bool notNull = false;
                for (Id c : key->childColumns)
                    notNull = notNull || !child->column(c)->nullable;
                if (notNull) {
                    if (!seenStop.contains(keyId)) {
                        seenStop.insert(keyId);
                        radius.stops.append({keyId, key->childTable, action, true, depth});
                    }
                    continue;
                }
            }
            const QPair<Id, int> reachKey(keyId, int(effect));
            if (!seenReach.contains(reachKey)) {
                seenReach.insert(reachKey);
                radius.reaches.append({key->childTable, effect, keyId, depth});
            }
            if (effect == EffectAction::Deleted) {
                if (!deletedTables.contains(key->childTable)) {
                    deletedTables.insert(key->childTable);
                    queue.enqueue({key->childTable, true, {}, depth});
                }
                continue;
            }
            // The child's key columns change: that is an update of the child, which goes on
            // through the keys that reference those columns.
            if (anyUpdate.contains(key->childTable))
                continue;
            QVector<Id> fresh;
            QSet<Id> &known = updatedColumnsOf[key->childTable];
            for (Id c : key->childColumns) {
                if (!known.contains(c)) {
                    known.insert(c);
                    fresh.append(c);
                }
            }
            if (!fresh.isEmpty())
                queue.enqueue({key->childTable, false, fresh, depth});
        }
    }
    return radius;
}

QSet<Id> BlastRadius::reachedTables() const
{
    QSet<Id> tables{table};
    for (const Reach &r : reaches)
        tables.insert(r.table);
    return tables;
}

QSet<Id> BlastRadius::stoppingKeys() const
{
    QSet<Id> keys;
    for (const Stop &s : stops)
        keys.insert(s.key);
    return keys;
}

SimulationHighlight BlastRadius::highlight() const
{
    using Effect = SimulationHighlight::Effect;
    SimulationHighlight h;
    h.predicted = true;
    h.statementTable = table;
    h.tables[table].add(operation == Operation::Delete ? Effect::Deleted : Effect::Updated, 0);
    for (const Reach &r : reaches) {
        const Effect effect = r.action == EffectAction::Deleted ? Effect::Deleted
            : r.action == EffectAction::Updated                 ? Effect::Updated
                                                                : Effect::NulledOrDefaulted;
        h.tables[r.table].add(effect, 0);
        h.keys[r.viaKey].add(effect, 0);
    }
    for (const Stop &s : stops) {
        h.keys[s.key].add(Effect::Blocked, 0);
        h.tables[s.childTable].add(Effect::Blocked, 0);
    }
    return h;
}

QString BlastRadius::toText(const Schema &schema) const
{
    QStringList lines;
    lines.append(operation == Operation::Delete
                     ? tr("A DELETE on %1 could reach:").arg(schema.table(table)->name)
                     : tr("An UPDATE of %1 could reach:").arg(schema.table(table)->name));
    for (const Reach &r : reaches) {
        lines.append(tr("  %1: rows %2 via %3, depth %4")
                         .arg(schema.table(r.table)->name, EffectActions::displayName(r.action),
                              schema.foreignKey(r.viaKey)->name)
                         .arg(r.depth));
    }
    for (const Stop &s : stops) {
        const ForeignKey *key = schema.foreignKey(s.key);
        lines.append(s.notNull ? tr("  stopped at %1: SET NULL on a NOT NULL column of %2 fails")
                                     .arg(key->name, schema.table(s.childTable)->name)
                               : tr("  stopped at %1 (%2) if %3 has referencing rows")
                                     .arg(key->name, ActionNames::sqlKeyword(s.action),
                                          schema.table(s.childTable)->name));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
