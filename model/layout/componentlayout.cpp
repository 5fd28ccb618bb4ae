#include "componentlayout.h"

#include "blockpacker.h"
#include "layeredlayout.h"
#include "unionfind.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr double ComponentGap = 80.0; // between packed components
constexpr int LargeComponent = 600; // above this, hubs are laid out apart
constexpr int HubChildren = 20; // ... when more boxes than this hang from them

// Connected components of the boxes not excluded, over the edges between such boxes, each in
// the order of its first box.
QVector<QVector<int>> components(int n, const QVector<QPair<int, int>> &edges,
                                 const QVector<bool> &excluded)
{
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto &edge : edges) {
        if (!excluded.at(edge.first) && !excluded.at(edge.second))
            parent[findRoot(parent, edge.first)] = findRoot(parent, edge.second);
    }
    QHash<int, int> componentOfRoot;
    QVector<QVector<int>> result;
    for (int i = 0; i < n; ++i) {
        if (excluded.at(i))
            continue;
        const int root = findRoot(parent, i);
        auto it = componentOfRoot.constFind(root);
        if (it == componentOfRoot.cend()) {
            it = componentOfRoot.insert(root, result.size());
            result.append(QVector<int>());
        }
        result[*it].append(i);
    }
    return result;
}

LayoutGraph induced(const LayoutGraph &graph, const QVector<int> &members,
                    const QVector<bool> &excluded)
{
    LayoutGraph sub;
    QHash<int, int> local;
    for (int i = 0; i < members.size(); ++i) {
        local.insert(members.at(i), i);
        sub.sizes << graph.sizes.at(members.at(i));
    }
    for (const auto &edge : graph.edges) {
        if (excluded.at(edge.first) || excluded.at(edge.second))
            continue;
        const auto a = local.constFind(edge.first);
        const auto b = local.constFind(edge.second);
        if (a != local.cend() && b != local.cend())
            sub.edges.append({*a, *b});
    }
    return sub;
}

} // namespace

LayoutBlock ComponentLayout::layOut(LayeredLayout *layered, const LayoutGraph &graph, double aspect)
{
    const int n = graph.sizes.size();
    QVector<int> children(n, 0);
    for (const auto &edge : graph.edges)
        ++children[edge.first];
    // Hubs: in a big component, the tables very many others reference (users, audit,
    // lookups). In a layered layout they make huge ranks and pull every module into one block,
    // while their arrows cannot be short anyway.
    QVector<bool> hub(n, false);
    QVector<QVector<int>> parts = components(n, graph.edges, hub);
    bool anyHub = false;
    for (const QVector<int> &part : std::as_const(parts)) {
        if (part.size() <= LargeComponent)
            continue;
        const int threshold = std::max(HubChildren, int(std::sqrt(double(part.size()))));
        for (int member : part) {
            if (children.at(member) > threshold) {
                hub[member] = true;
                anyHub = true;
            }
        }
    }
    if (anyHub)
        parts = components(n, graph.edges, hub);

    QVector<LayoutBlock> blocks;
    QVector<QSizeF> sizes;
    double area = 0;
    for (const QVector<int> &members : std::as_const(parts)) {
        LayoutBlock block = layered->layOut(induced(graph, members, hub));
        for (int &node : block.nodes)
            node = members.at(node);
        sizes << block.size;
        area += (block.size.width() + ComponentGap) * (block.size.height() + ComponentGap);
        blocks << block;
    }
    LayoutBlock result;
    double left = 0;
    if (anyHub) {
        // Columns of hub boxes, about as tall as the rest will be, in table order.
        const double columnHeight = std::max(1000.0, std::sqrt(area / aspect));
        double x = 0, y = 0, columnWidth = 0;
        for (int i = 0; i < n; ++i) {
            if (!hub.at(i))
                continue;
            const QSizeF size = graph.sizes.at(i);
            if (y > 0 && y + size.height() > columnHeight) {
                x += columnWidth;
                y = 0;
                columnWidth = 0;
            }
            result.nodes << i;
            result.positions << QPointF(x, y);
            result.rank << -1;
            y += size.height();
            columnWidth = std::max(columnWidth, size.width());
        }
        left = x + columnWidth + ComponentGap;
    }
    QSizeF packed;
    const QVector<QPointF> at = BlockPacker::packFreely(sizes, aspect, ComponentGap, &packed);
    for (int b = 0; b < blocks.size(); ++b) {
        for (int i = 0; i < blocks.at(b).nodes.size(); ++i) {
            result.nodes << blocks.at(b).nodes.at(i);
            result.positions << at.at(b) + blocks.at(b).positions.at(i) + QPointF(left, 0);
            result.rank << -1;
        }
    }
    double height = packed.height();
    for (int i = 0; i < result.nodes.size(); ++i)
        height = std::max(height,
                          result.positions.at(i).y() + graph.sizes.at(result.nodes.at(i)).height());
    result.size = QSizeF(left + packed.width(), height);
    return result;
}
