#include "referencelayout.h"

#include "layout/cardsize.h"
#include "schema.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

// AutoLayout as it was before the pieces (commit 17ce807): dot per connected component, hubs
// of big components apart, components on shelves. Kept for bench_layout's comparison.
namespace {

constexpr double CardMargin = 16.0;
constexpr double PointsPerInch = 72.0; // Graphviz sizes nodes in inches, positions in points
constexpr double ComponentGap = 80.0; // between packed components
constexpr int LargeComponent = 600; // above this, hub tables are laid out apart
constexpr int HubChildren = 20; // ... when more tables than this reference them
constexpr int DotLimit = 1000; // bigger components get the linear layered fallback

struct Component
{
    QVector<int> members; // indexes into the node list
    QVector<QPair<int, int>> edges;
    QVector<QPointF> positions; // top-left, relative to the component's own origin
    QSizeF size;
};

int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

char *literal(const char *text)
{
    return const_cast<char *>(text); // cgraph's API takes char* but does not write
}

// Runs dot on one component; fills positions (top-left corners) and size.
void layOutComponent(GVC_t *context, Component *component, const QVector<QSizeF> &sizes)
{
    const int n = component->members.size();
    component->positions.resize(n);
    if (n == 1) {
        component->positions[0] = QPointF(0, 0);
        component->size = sizes.at(component->members.first());
        return;
    }
    Agraph_t *graph = agopen(literal("component"), Agdirected, nullptr);
    agattr(graph, AGRAPH, literal("rankdir"), literal("LR"));
    agattr(graph, AGRAPH, literal("splines"), literal("")); // no edge routing: we draw our own
    agattr(graph, AGRAPH, literal("nodesep"), literal("0.5"));
    agattr(graph, AGRAPH, literal("ranksep"), literal("1.2"));
    // Bound the superlinear phases on big components (see the class comment).
    if (n > 400) {
        agattr(graph, AGRAPH, literal("mclimit"), literal(n > 2000 ? "0.1" : "0.3"));
        agattr(graph, AGRAPH, literal("nslimit"), literal("2"));
        agattr(graph, AGRAPH, literal("nslimit1"), literal("2"));
        agattr(graph, AGRAPH, literal("searchsize"), literal("10"));
    }
    agattr(graph, AGNODE, literal("shape"), literal("box"));
    agattr(graph, AGNODE, literal("fixedsize"), literal("true"));
    agattr(graph, AGNODE, literal("label"), literal(""));
    agattr(graph, AGNODE, literal("width"), literal("1"));
    agattr(graph, AGNODE, literal("height"), literal("1"));
    QVector<Agnode_t *> nodes(n);
    for (int i = 0; i < n; ++i) {
        const QSizeF size = sizes.at(component->members.at(i));
        QByteArray name = QByteArray::number(i);
        nodes[i] = agnode(graph, name.data(), 1);
        QByteArray width = QByteArray::number(
            (size.width() + 2 * CardMargin) / PointsPerInch, 'f', 4);
        QByteArray height = QByteArray::number(
            (size.height() + 2 * CardMargin) / PointsPerInch, 'f', 4);
        agset(nodes[i], literal("width"), width.data());
        agset(nodes[i], literal("height"), height.data());
    }
    for (const auto &edge : std::as_const(component->edges))
        agedge(graph, nodes[edge.first], nodes[edge.second], nullptr, 1);
    gvLayout(context, graph, "dot");
    const boxf box = GD_bb(graph);
    for (int i = 0; i < n; ++i) {
        const QSizeF size = sizes.at(component->members.at(i));
        const pointf centre = ND_coord(nodes[i]);
        // Graphviz's y axis points up; the canvas's points down.
        component->positions[i] = QPointF(centre.x - box.LL.x - size.width() / 2,
                                          box.UR.y - centre.y - size.height() / 2);
    }
    component->size = QSizeF(box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    gvFreeLayout(context, graph);
    agclose(graph);
}

// The fallback for a component too big for dot even without its hubs (deep chains whose long
// edges dot turns into hundreds of thousands of virtual nodes): the same layered idea without
// dot's optimisation. Back edges of cycles are ignored, every table goes one column right of
// its rightmost parent (longest path), and each column is ordered by the mean row of the
// parents, one pass. Linear in tables and keys; parents stay left of children and cards
// cannot overlap, but arrows cross more than with dot.
void layOutLayered(Component *component, const QVector<QSizeF> &sizes)
{
    const int n = component->members.size();
    QVector<QVector<int>> children(n), parents(n);
    for (const auto &edge : std::as_const(component->edges)) {
        children[edge.first].append(edge.second);
        parents[edge.second].append(edge.first);
    }
    // Kahn's algorithm; when only cycles are left, the first waiting node is taken as if its
    // remaining parents were not there.
    QVector<int> waiting(n);
    for (int v = 0; v < n; ++v)
        waiting[v] = parents[v].size();
    QVector<int> order;
    QVector<bool> placed(n, false);
    QVector<int> ready;
    for (int v = 0; v < n; ++v) {
        if (waiting[v] == 0)
            ready.append(v);
    }
    int nextUnplaced = 0;
    while (order.size() < n) {
        if (ready.isEmpty()) {
            while (placed[nextUnplaced])
                ++nextUnplaced;
            ready.append(nextUnplaced);
        }
        const int v = ready.takeLast();
        if (placed[v])
            continue;
        placed[v] = true;
        order.append(v);
        for (int child : std::as_const(children[v])) {
            if (--waiting[child] == 0 && !placed[child])
                ready.append(child);
        }
    }
    QVector<int> orderIndex(n);
    for (int i = 0; i < n; ++i)
        orderIndex[order.at(i)] = i;
    QVector<int> rank(n, 0);
    QVector<int> position(n, 0);
    for (int v : std::as_const(order)) {
        for (int parent : std::as_const(parents[v])) {
            if (orderIndex[parent] < orderIndex[v]) // not a back edge of a cycle
                rank[v] = std::max(rank[v], rank[parent] + 1);
        }
    }
    component->positions.resize(n);
    const int ranks = *std::max_element(rank.cbegin(), rank.cend()) + 1;
    QVector<QVector<int>> columns(ranks);
    for (int v : std::as_const(order))
        columns[rank[v]].append(v);
    const double margin = CardMargin;
    double x = margin;
    double height = 0;
    for (QVector<int> &column : columns) {
        // Order by the mean row of the parents already placed (one barycentre pass).
        QHash<int, double> key;
        for (int v : std::as_const(column)) {
            double sum = 0;
            int count = 0;
            for (int parent : std::as_const(parents[v])) {
                if (rank[parent] < rank[v]) {
                    sum += position[parent];
                    ++count;
                }
            }
            key.insert(v, count ? sum / count : 0);
        }
        std::stable_sort(column.begin(), column.end(),
                         [&](int a, int b) { return key.value(a) < key.value(b); });
        double y = margin;
        double width = 0;
        for (int i = 0; i < column.size(); ++i) {
            const int v = column.at(i);
            const QSizeF size = sizes.at(component->members.at(v));
            position[v] = i;
            component->positions[v] = QPointF(x, y);
            y += size.height() + 2 * margin;
            width = std::max(width, size.width());
        }
        height = std::max(height, y);
        x += width + 2 * margin + 86; // dot's ranksep 1.2 in
    }
    component->size = QSizeF(x - 86, height);
}

// Connected components of the nodes not excluded, over the edges between such nodes, in the
// order of their first node.
QVector<Component> splitComponents(int n, const QVector<QPair<int, int>> &edges,
                                   const QVector<bool> &excluded)
{
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto &edge : edges) {
        if (!excluded.at(edge.first) && !excluded.at(edge.second))
            parent[findRoot(parent, edge.first)] = findRoot(parent, edge.second);
    }
    QHash<int, int> componentOfRoot;
    QVector<Component> components;
    QVector<int> componentOf(n, -1);
    QVector<int> localIndex(n, -1);
    for (int i = 0; i < n; ++i) {
        if (excluded.at(i))
            continue;
        const int root = findRoot(parent, i);
        auto it = componentOfRoot.constFind(root);
        int c;
        if (it == componentOfRoot.cend()) {
            c = components.size();
            componentOfRoot.insert(root, c);
            components.append(Component());
        } else {
            c = *it;
        }
        componentOf[i] = c;
        localIndex[i] = components[c].members.size();
        components[c].members.append(i);
    }
    for (const auto &edge : edges) {
        if (excluded.at(edge.first) || excluded.at(edge.second))
            continue;
        Component &component = components[componentOf[edge.first]];
        component.edges.append({localIndex[edge.first], localIndex[edge.second]});
    }
    return components;
}

// Shelf packing from x = left: biggest components first, rows no wider than about a 4:3
// rectangle of the total area (or the widest component).
void packShelves(const QVector<Component> &components, double left, const QVector<Id> &order,
                 QHash<Id, QPointF> *result, double *height)
{
    QVector<int> byHeight(components.size());
    std::iota(byHeight.begin(), byHeight.end(), 0);
    std::stable_sort(byHeight.begin(), byHeight.end(), [&](int a, int b) {
        return components[a].size.height() > components[b].size.height();
    });
    double area = 0;
    double widest = 0;
    for (const Component &component : components) {
        area += (component.size.width() + ComponentGap) * (component.size.height() + ComponentGap);
        widest = std::max(widest, component.size.width());
    }
    const double rowWidth = std::max(widest, std::sqrt(area * 4.0 / 3.0));
    double x = 0, y = 0, rowHeight = 0;
    for (int c : std::as_const(byHeight)) {
        const Component &component = components.at(c);
        if (x > 0 && x + component.size.width() > rowWidth) {
            x = 0;
            y += rowHeight + ComponentGap;
            rowHeight = 0;
        }
        for (int m = 0; m < component.members.size(); ++m)
            result->insert(order.at(component.members.at(m)),
                           component.positions.at(m) + QPointF(left + x, y));
        x += component.size.width() + ComponentGap;
        rowHeight = std::max(rowHeight, component.size.height());
    }
    *height = y + rowHeight;
}

} // namespace

QHash<Id, QPointF> ReferenceLayout::compute(const Schema &schema, const QVector<Id> &requested)
{
    const QVector<Id> tables = requested.isEmpty() ? schema.tableIds() : requested;
    QHash<Id, int> indexOf;
    QVector<QSizeF> sizes;
    QRectF previous;
    for (Id id : tables) {
        const Table *table = schema.table(id);
        if (!table || indexOf.contains(id))
            continue;
        indexOf.insert(id, sizes.size());
        sizes.append(CardSize::estimate(*table));
        previous = previous.isNull() ? QRectF(table->position, QSizeF(1, 1))
                                     : previous.united(QRectF(table->position, QSizeF(1, 1)));
    }
    const int n = sizes.size();
    if (n == 0)
        return {};
    const QVector<Id> order = [&] {
        QVector<Id> ids(n);
        for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it)
            ids[it.value()] = it.key();
        return ids;
    }();

    // Edges parent → child between laid-out tables, each pair once, no self-loops.
    QVector<QPair<int, int>> edges;
    QSet<QPair<int, int>> seen;
    QVector<int> children(n, 0);
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const auto from = indexOf.constFind(key->parentTable);
        const auto to = indexOf.constFind(key->childTable);
        if (from == indexOf.cend() || to == indexOf.cend() || *from == *to)
            continue;
        if (seen.contains({*from, *to}))
            continue;
        seen.insert({*from, *to});
        edges.append({*from, *to});
        ++children[*from];
    }

    // Hubs: in a big component, tables that very many others reference (users, audit,
    // lookups). In a layered layout they make huge ranks and pull every module together into
    // one slow, unreadable block, while their arrows cannot be short anyway. They go into a
    // block of their own at the far left (still left of all their children), and the rest is
    // laid out without their edges, which splits it into its modules.
    QVector<bool> hub(n, false);
    QVector<Component> components = splitComponents(n, edges, hub);
    bool anyHub = false;
    for (const Component &component : std::as_const(components)) {
        if (component.members.size() <= LargeComponent)
            continue;
        const int threshold
            = std::max(HubChildren, int(std::sqrt(double(component.members.size()))));
        for (int member : component.members) {
            if (children.at(member) > threshold) {
                hub[member] = true;
                anyHub = true;
            }
        }
    }
    if (anyHub)
        components = splitComponents(n, edges, hub);

    GVC_t *context = gvContext();
    for (Component &component : components) {
        if (component.members.size() > DotLimit)
            layOutLayered(&component, sizes);
        else
            layOutComponent(context, &component, sizes);
    }
    gvFreeContext(context);

    QHash<Id, QPointF> result;
    double left = 0;
    double packedHeight = 0;
    if (anyHub) {
        // Columns of hub cards, about as tall as the rest will be, in table order.
        double area = 0;
        for (const Component &component : std::as_const(components))
            area += (component.size.width() + ComponentGap)
                * (component.size.height() + ComponentGap);
        const double columnHeight = std::max(1000.0, std::sqrt(area * 3.0 / 4.0));
        double x = 0, y = 0, columnWidth = 0;
        for (int i = 0; i < n; ++i) {
            if (!hub.at(i))
                continue;
            const QSizeF size = sizes.at(i) + QSizeF(2 * CardMargin, 2 * CardMargin);
            if (y > 0 && y + size.height() > columnHeight) {
                x += columnWidth;
                y = 0;
                columnWidth = 0;
            }
            result.insert(order.at(i), QPointF(x + CardMargin, y + CardMargin));
            y += size.height();
            columnWidth = std::max(columnWidth, size.width());
        }
        left = x + columnWidth + ComponentGap;
    }
    packShelves(components, left, order, &result, &packedHeight);
    // A subset goes where it was: its top-left card at the subset's former top-left corner.
    QPointF shift(0, 0);
    if (!requested.isEmpty()) {
        QPointF topLeft(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
        for (const QPointF &at : std::as_const(result))
            topLeft = QPointF(std::min(topLeft.x(), at.x()), std::min(topLeft.y(), at.y()));
        shift = previous.topLeft() - topLeft;
    }
    for (QPointF &at : result) {
        // Whole pixels: positions are saved to files and compared in tests.
        at = QPointF(std::round(at.x() + shift.x()), std::round(at.y() + shift.y()));
    }
    return result;
}
