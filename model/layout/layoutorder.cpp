#include "layoutorder.h"
#include "unionfind.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

// How much a piece's size may differ from the target, against edges cut: a piece of half the
// target size costs as much as cutting 1.5 edges more.
constexpr double SizePenalty = 6.0;

} // namespace

QVector<int> LayoutOrder::stronglyConnected(int n, const QVector<QPair<int, int>> &edges,
                                            int *count)
{
    QVector<QVector<int>> out(n);
    for (const auto &edge : edges)
        out[edge.first].append(edge.second);
    // Tarjan's algorithm without recursion: deep key chains would overflow the call stack.
    QVector<int> index(n, -1), low(n, 0), component(n, -1);
    QVector<bool> onStack(n, false);
    QVector<int> stack;
    QVector<QPair<int, int>> calls; // (node, next edge to look at)
    int nextIndex = 0;
    int components = 0;
    for (int start = 0; start < n; ++start) {
        if (index[start] >= 0)
            continue;
        calls.append({start, 0});
        index[start] = low[start] = nextIndex++;
        stack.append(start);
        onStack[start] = true;
        while (!calls.isEmpty()) {
            auto &[v, next] = calls.last();
            if (next < out[v].size()) {
                const int w = out[v].at(next++);
                if (index[w] < 0) {
                    index[w] = low[w] = nextIndex++;
                    stack.append(w);
                    onStack[w] = true;
                    calls.append({w, 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            const int done = v;
            calls.removeLast();
            if (!calls.isEmpty())
                low[calls.last().first] = std::min(low[calls.last().first], low[done]);
            if (low[done] == index[done]) {
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component[w] = components;
                } while (w != done);
                ++components;
            }
        }
    }
    *count = components;
    return component;
}

QVector<QVector<int>> LayoutOrder::segments(const LayoutGraph &graph, int targetSize)
{
    const int n = graph.sizes.size();
    if (n == 0)
        return {};
    int unitCount = 0;
    const QVector<int> unitOf = stronglyConnected(n, graph.edges, &unitCount);
    QVector<QVector<int>> members(unitCount);
    for (int v = 0; v < n; ++v)
        members[unitOf[v]].append(v); // ascending: document order
    // Units are handled in the document order of their first table.
    QVector<int> unitByFirst(unitCount);
    std::iota(unitByFirst.begin(), unitByFirst.end(), 0);
    std::sort(unitByFirst.begin(), unitByFirst.end(),
              [&](int a, int b) { return members[a].first() < members[b].first(); });
    QVector<int> rankOfUnit(unitCount);
    for (int i = 0; i < unitCount; ++i)
        rankOfUnit[unitByFirst[i]] = i;

    QVector<QVector<int>> children(unitCount);
    QVector<int> waiting(unitCount, 0);
    QVector<int> parent(unitCount);
    std::iota(parent.begin(), parent.end(), 0);
    QSet<QPair<int, int>> seen;
    for (const auto &edge : graph.edges) {
        const int a = unitOf[edge.first], b = unitOf[edge.second];
        if (a == b || seen.contains({a, b}))
            continue;
        seen.insert({a, b});
        children[a].append(b);
        ++waiting[b];
        parent[findRoot(parent, a)] = findRoot(parent, b);
    }
    for (QVector<int> &list : children) {
        std::sort(list.begin(), list.end(),
                  [&](int a, int b) { return rankOfUnit[a] < rankOfUnit[b]; });
    }

    // Connected components, biggest first (then by their first table).
    QVector<int> componentOf(unitCount);
    QVector<int> componentSize;
    QVector<int> componentFirst;
    {
        QHash<int, int> numberOfRoot;
        for (int u : std::as_const(unitByFirst)) {
            const int root = findRoot(parent, u);
            auto it = numberOfRoot.constFind(root);
            if (it == numberOfRoot.cend()) {
                it = numberOfRoot.insert(root, componentSize.size());
                componentSize.append(0);
                componentFirst.append(members[u].first());
            }
            componentOf[u] = *it;
            componentSize[*it] += members[u].size();
        }
    }
    QVector<int> componentOrder(componentSize.size());
    std::iota(componentOrder.begin(), componentOrder.end(), 0);
    std::stable_sort(componentOrder.begin(), componentOrder.end(),
                     [&](int a, int b) { return componentSize[a] > componentSize[b]; });
    QVector<QVector<int>> rootsOfComponent(componentSize.size());
    for (int u : std::as_const(unitByFirst)) {
        if (waiting[u] == 0)
            rootsOfComponent[componentOf[u]].append(u);
    }

    // Depth-first topological order, one component after the other.
    QVector<int> sequence;
    sequence.reserve(unitCount);
    for (int c : std::as_const(componentOrder)) {
        QVector<int> stack(rootsOfComponent[c].crbegin(), rootsOfComponent[c].crend());
        while (!stack.isEmpty()) {
            const int u = stack.takeLast();
            sequence.append(u);
            for (auto it = children[u].crbegin(); it != children[u].crend(); ++it) {
                if (--waiting[*it] == 0)
                    stack.append(*it);
            }
        }
    }
    Q_ASSERT(sequence.size() == unitCount);

    // Edges cut by a cut before position i.
    QVector<int> position(unitCount);
    for (int i = 0; i < unitCount; ++i)
        position[sequence[i]] = i;
    QVector<int> cut(unitCount + 1, 0);
    for (int a = 0; a < unitCount; ++a) {
        for (int b : std::as_const(children[a])) {
            ++cut[position[a] + 1];
            --cut[position[b] + 1];
        }
    }
    for (int i = 1; i <= unitCount; ++i)
        cut[i] += cut[i - 1];

    // best[i]: the least cost of cutting the first i units into pieces; from[i]: where the
    // last of those pieces starts.
    const double target = std::max(1, targetSize);
    QVector<double> best(unitCount + 1, std::numeric_limits<double>::max());
    QVector<int> from(unitCount + 1, 0);
    best[0] = 0;
    for (int i = 1; i <= unitCount; ++i) {
        int weight = 0;
        for (int j = i - 1; j >= 0; --j) {
            weight += members[sequence[j]].size();
            if (weight > 2 * target && j < i - 1)
                break;
            const double deviation = (weight - target) / target;
            const double cost
                = best[j] + SizePenalty * deviation * deviation + (i < unitCount ? cut[i] : 0);
            if (cost < best[i]) {
                best[i] = cost;
                from[i] = j;
            }
        }
    }
    QVector<QVector<int>> result;
    for (int i = unitCount; i > 0; i = from[i]) {
        QVector<int> piece;
        for (int j = from[i]; j < i; ++j)
            piece += members[sequence[j]];
        result.prepend(piece);
    }
    return result;
}
