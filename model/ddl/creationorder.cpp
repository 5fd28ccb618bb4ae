#include "creationorder.h"

#include "../schema.h"

#include <QHash>

#include <functional>
#include <queue>
#include <vector>

CreationOrder CreationOrder::compute(const Schema &schema)
{
    CreationOrder order;
    const QVector<Id> &ids = schema.tableIds();
    const int n = ids.size();
    QHash<Id, int> indexOf;
    indexOf.reserve(n);
    for (int i = 0; i < n; ++i)
        indexOf.insert(ids.at(i), i);

    // Edges by document index; self-references never constrain the order.
    std::vector<int> pendingParents(n, 0);
    std::vector<std::vector<int>> children(n);
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const auto child = indexOf.constFind(key->childTable);
        const auto parent = indexOf.constFind(key->parentTable);
        if (child == indexOf.constEnd() || parent == indexOf.constEnd() || *child == *parent)
            continue;
        ++pendingParents[*child];
        children[*parent].push_back(*child);
    }
    // A partition needs its partitioned parent, an inheriting table its parents: edges too, and
    // ones no cycle can contain (the engines forbid that).
    for (int i = 0; i < n; ++i) {
        const Table *table = schema.table(ids.at(i));
        QVector<Id> parents = table->options.inherits;
        if (table->options.partitionOf)
            parents << table->options.partitionOf;
        for (Id parentId : parents) {
            const auto parent = indexOf.constFind(parentId);
            if (parent == indexOf.constEnd() || *parent == i)
                continue;
            ++pendingParents[i];
            children[*parent].push_back(i);
        }
    }

    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int i = 0; i < n; ++i) {
        if (pendingParents[i] == 0)
            ready.push(i);
    }
    std::vector<bool> emitted(n, false);
    std::vector<int> position(n, -1);
    int nextUnemitted = 0;
    order.tables.reserve(n);
    while (order.tables.size() < n) {
        int current = -1;
        while (!ready.empty() && current < 0) {
            if (!emitted[ready.top()])
                current = ready.top();
            ready.pop();
        }
        if (current < 0) {
            // Only cycles (and their descendants) remain: break at the first in the document.
            while (emitted[nextUnemitted])
                ++nextUnemitted;
            current = nextUnemitted;
        }
        emitted[current] = true;
        position[current] = order.tables.size();
        order.tables.append(ids.at(current));
        for (int child : children[current]) {
            if (--pendingParents[child] == 0 && !emitted[child])
                ready.push(child);
        }
    }

    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const auto child = indexOf.constFind(key->childTable);
        const auto parent = indexOf.constFind(key->parentTable);
        if (child == indexOf.constEnd() || parent == indexOf.constEnd())
            continue;
        if (position[*parent] > position[*child])
            order.lateKeys.insert(keyId);
    }
    return order;
}
