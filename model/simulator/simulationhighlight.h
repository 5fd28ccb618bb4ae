#pragma once

#include "../id.h"

#include <QHash>

// What a simulation (or the static blast radius) did to each table and key, for the canvas to
// paint until the user clears it. Counts are rows; a blast radius has no counts (zero) but
// sets `predicted`.
struct SimulationHighlight
{
    enum class Effect { Deleted, NulledOrDefaulted, Updated, Blocked };

    struct Counts
    {
        int deleted = 0;
        int nulledOrDefaulted = 0;
        int updated = 0;
        bool blocked = false;
        bool reached = false; // touched (simulation) or reachable (blast radius)
        int seen = 0; // one bit per Effect added, counts or not (a blast radius has none)

        bool has(Effect effect) const { return seen & (1 << int(effect)); }
        int total() const { return deleted + nulledOrDefaulted + updated; }
        void add(Effect effect, int rows)
        {
            reached = true;
            seen |= 1 << int(effect);
            switch (effect) {
            case Effect::Deleted:
                deleted += rows;
                break;
            case Effect::NulledOrDefaulted:
                nulledOrDefaulted += rows;
                break;
            case Effect::Updated:
                updated += rows;
                break;
            case Effect::Blocked:
                blocked = true;
                break;
            }
        }
        // The effect to paint when only one colour fits: blocked wins, then the most drastic.
        Effect dominant() const
        {
            if (blocked)
                return Effect::Blocked;
            if (has(Effect::Deleted))
                return Effect::Deleted;
            if (has(Effect::NulledOrDefaulted))
                return Effect::NulledOrDefaulted;
            return Effect::Updated;
        }
        bool operator==(const Counts &o) const
        {
            return deleted == o.deleted && nulledOrDefaulted == o.nulledOrDefaulted
                && updated == o.updated && blocked == o.blocked && reached == o.reached
                && seen == o.seen;
        }
    };

    QHash<Id, Counts> tables; // the statement's own table included
    QHash<Id, Counts> keys; // the foreign keys the effects went through, or that blocked
    Id statementTable = 0;
    bool predicted = false; // from the static analysis, not from running the statement

    bool isEmpty() const { return tables.isEmpty() && keys.isEmpty(); }
};

#include <QMetaType>
Q_DECLARE_METATYPE(SimulationHighlight)
