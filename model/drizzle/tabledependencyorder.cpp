#include "tabledependencyorder.h"

#include "schema.h"

#include <QSet>

#include <algorithm>
#include <set>

namespace {
// Tarjan's algorithm, iterative so that a chain of thousands of tables cannot overflow the stack.
QHash<Id, int> stronglyConnectedGroups(const QVector<Id> &tables,
                                       const QHash<Id, QVector<Id>> &parents)
{
    QHash<Id, int> index;
    QHash<Id, int> lowLink;
    QHash<Id, int> group;
    QSet<Id> onStack;
    QVector<Id> stack;
    int nextIndex = 0;
    int nextGroup = 0;

    struct Frame
    {
        Id table;
        int nextParent;
    };
    for (Id start : tables) {
        if (index.contains(start))
            continue;
        QVector<Frame> frames{{start, 0}};
        index.insert(start, nextIndex);
        lowLink.insert(start, nextIndex++);
        stack << start;
        onStack.insert(start);
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const QVector<Id> &edges = parents[frame.table];
            if (frame.nextParent < edges.size()) {
                const Id parent = edges.at(frame.nextParent++);
                if (!index.contains(parent)) {
                    index.insert(parent, nextIndex);
                    lowLink.insert(parent, nextIndex++);
                    stack << parent;
                    onStack.insert(parent);
                    frames.append({parent, 0});
                } else if (onStack.contains(parent)) {
                    lowLink[frame.table] = std::min(lowLink[frame.table], index[parent]);
                }
                continue;
            }
            const Id done = frame.table;
            frames.removeLast();
            if (!frames.isEmpty()) {
                const Id caller = frames.last().table;
                lowLink[caller] = std::min(lowLink[caller], lowLink[done]);
            }
            if (lowLink[done] == index[done]) {
                Id member;
                do {
                    member = stack.takeLast();
                    onStack.remove(member);
                    group.insert(member, nextGroup);
                } while (member != done);
                ++nextGroup;
            }
        }
    }
    return group;
}
} // namespace

TableDependencyOrder::TableDependencyOrder(const Schema &schema)
{
    const QVector<Id> &tables = schema.tableIds();
    QHash<Id, QVector<Id>> parents;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key && schema.table(key->parentTable))
            parents[key->childTable] << key->parentTable;
    }
    m_group = stronglyConnectedGroups(tables, parents);

    // Kahn's algorithm over the groups; the ready group whose first table comes first in the
    // document goes next.
    const int groupCount
        = tables.isEmpty() ? 0 : *std::max_element(m_group.cbegin(), m_group.cend()) + 1;
    QVector<QVector<Id>> members(groupCount);
    QVector<int> firstPosition(groupCount, -1);
    for (int i = 0; i < tables.size(); ++i) {
        const int g = m_group.value(tables.at(i));
        members[g] << tables.at(i);
        if (firstPosition[g] < 0)
            firstPosition[g] = i;
    }
    QVector<QSet<int>> parentGroups(groupCount);
    QVector<QSet<int>> childGroups(groupCount);
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        const int child = m_group.value(it.key());
        for (Id parent : it.value()) {
            const int p = m_group.value(parent);
            if (p != child) {
                parentGroups[child].insert(p);
                childGroups[p].insert(child);
            }
        }
    }
    std::set<std::pair<int, int>> ready; // (first position, group)
    QVector<int> waitingFor(groupCount);
    for (int g = 0; g < groupCount; ++g) {
        waitingFor[g] = parentGroups[g].size();
        if (waitingFor[g] == 0)
            ready.insert({firstPosition[g], g});
    }
    m_order.reserve(tables.size());
    while (!ready.empty()) {
        const int g = ready.begin()->second;
        ready.erase(ready.begin());
        m_order += members[g];
        for (int child : std::as_const(childGroups[g])) {
            if (--waitingFor[child] == 0)
                ready.insert({firstPosition[child], child});
        }
    }
}

bool TableDependencyOrder::inCycle(Id childTable, Id parentTable) const
{
    return childTable == parentTable
        || m_group.value(childTable, -1) == m_group.value(parentTable, -2);
}
