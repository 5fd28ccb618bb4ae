#include "layeredlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QHash>
#include <QRectF>

#include <algorithm>
#include <limits>

namespace {

constexpr double PointsPerInch = 72.0; // Graphviz sizes nodes in inches, positions in points
constexpr double RankGap = 86.0; // dot's ranksep of 1.2 in, for the linear fallback

char *literal(const char *text)
{
    return const_cast<char *>(text); // cgraph's API takes char* but does not write
}

// Moves the boxes so that the smallest x and y are 0 and sets the size to their extent: dot's
// bounding box and the boxes can differ by rounding.
void normalise(LayoutBlock *block, const LayoutGraph &graph)
{
    double left = std::numeric_limits<double>::max(), top = left;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    for (int i = 0; i < block->nodes.size(); ++i) {
        const QRectF box(block->positions.at(i), graph.sizes.at(block->nodes.at(i)));
        left = std::min(left, box.left());
        top = std::min(top, box.top());
        right = std::max(right, box.right());
        bottom = std::max(bottom, box.bottom());
    }
    for (QPointF &at : block->positions)
        at -= QPointF(left, top);
    block->size = QSizeF(right - left, bottom - top);
}

} // namespace

struct LayeredLayout::Context
{
    GVC_t *gvc = nullptr;
};

LayeredLayout::LayeredLayout()
    : m_context(new Context)
{
}

LayeredLayout::~LayeredLayout()
{
    if (m_context->gvc)
        gvFreeContext(m_context->gvc);
    delete m_context;
}

LayoutBlock LayeredLayout::layOut(const LayoutGraph &graph)
{
    const int n = graph.sizes.size();
    LayoutBlock block;
    if (n == 0)
        return block;
    if (n == 1) {
        block.nodes = {0};
        block.positions = {QPointF(0, 0)};
        block.rank = {0};
        block.size = graph.sizes.first();
        return block;
    }
    return n > DotLimit ? layOutLinear(graph) : layOutWithDot(graph);
}

LayoutBlock LayeredLayout::layOutWithDot(const LayoutGraph &graph)
{
    if (!m_context->gvc)
        m_context->gvc = gvContext(); // made once: it loads the layout plugins
    const int n = graph.sizes.size();
    Agraph_t *g = agopen(literal("block"), Agdirected, nullptr);
    agattr(g, AGRAPH, literal("rankdir"), literal("LR"));
    agattr(g, AGRAPH, literal("splines"), literal("")); // no edge routing: the canvas draws its own
    agattr(g, AGRAPH, literal("nodesep"), literal("0.35"));
    agattr(g, AGRAPH, literal("ranksep"), literal("1.2"));
    // Bound the superlinear phases on big blocks.
    if (n > 400) {
        agattr(g, AGRAPH, literal("mclimit"), literal("0.3"));
        agattr(g, AGRAPH, literal("nslimit"), literal("2"));
        agattr(g, AGRAPH, literal("nslimit1"), literal("2"));
        agattr(g, AGRAPH, literal("searchsize"), literal("10"));
    }
    agattr(g, AGNODE, literal("shape"), literal("box"));
    agattr(g, AGNODE, literal("fixedsize"), literal("true"));
    agattr(g, AGNODE, literal("label"), literal(""));
    agattr(g, AGNODE, literal("width"), literal("1"));
    agattr(g, AGNODE, literal("height"), literal("1"));
    QVector<Agnode_t *> nodes(n);
    for (int i = 0; i < n; ++i) {
        const QSizeF size = graph.sizes.at(i);
        QByteArray name = QByteArray::number(i);
        nodes[i] = agnode(g, name.data(), 1);
        QByteArray width = QByteArray::number(size.width() / PointsPerInch, 'f', 4);
        QByteArray height = QByteArray::number(size.height() / PointsPerInch, 'f', 4);
        agset(nodes[i], literal("width"), width.data());
        agset(nodes[i], literal("height"), height.data());
    }
    for (const auto &edge : graph.edges)
        agedge(g, nodes[edge.first], nodes[edge.second], nullptr, 1);
    gvLayout(m_context->gvc, g, "dot");
    const boxf box = GD_bb(g);
    LayoutBlock block;
    block.nodes.resize(n);
    block.positions.resize(n);
    block.rank.resize(n);
    for (int i = 0; i < n; ++i) {
        const QSizeF size = graph.sizes.at(i);
        const pointf centre = ND_coord(nodes[i]);
        block.nodes[i] = i;
        // Graphviz's y axis points up; the canvas's points down.
        block.positions[i] = QPointF(centre.x - box.LL.x - size.width() / 2,
                                     box.UR.y - centre.y - size.height() / 2);
        block.rank[i] = ND_rank(nodes[i]);
    }
    gvFreeLayout(m_context->gvc, g);
    agclose(g);
    normalise(&block, graph);
    return block;
}

// Back edges of cycles are ignored, every box goes one column right of its rightmost parent
// (longest path), and each column is ordered by the mean row of the parents, one pass. Linear
// in boxes and edges; parents stay left of children and boxes cannot overlap, but arrows cross
// more than with dot.
LayoutBlock LayeredLayout::layOutLinear(const LayoutGraph &graph)
{
    const int n = graph.sizes.size();
    QVector<QVector<int>> children(n), parents(n);
    for (const auto &edge : graph.edges) {
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
    LayoutBlock block;
    block.nodes.resize(n);
    block.positions.resize(n);
    block.rank.fill(0, n);
    for (int v : std::as_const(order)) {
        block.nodes[v] = v;
        for (int parent : std::as_const(parents[v])) {
            if (orderIndex[parent] < orderIndex[v]) // not a back edge of a cycle
                block.rank[v] = std::max(block.rank[v], block.rank[parent] + 1);
        }
    }
    const int ranks = *std::max_element(block.rank.cbegin(), block.rank.cend()) + 1;
    QVector<QVector<int>> columns(ranks);
    for (int v : std::as_const(order))
        columns[block.rank[v]].append(v);
    QVector<int> row(n, 0);
    double x = 0;
    for (QVector<int> &column : columns) {
        QHash<int, double> key;
        for (int v : std::as_const(column)) {
            double sum = 0;
            int count = 0;
            for (int parent : std::as_const(parents[v])) {
                if (block.rank[parent] < block.rank[v]) {
                    sum += row[parent];
                    ++count;
                }
            }
            key.insert(v, count ? sum / count : 0);
        }
        std::stable_sort(column.begin(), column.end(),
                         [&](int a, int b) { return key.value(a) < key.value(b); });
        double y = 0;
        double width = 0;
        for (int i = 0; i < column.size(); ++i) {
            const int v = column.at(i);
            row[v] = i;
            block.positions[v] = QPointF(x, y);
            y += graph.sizes.at(v).height();
            width = std::max(width, graph.sizes.at(v).width());
        }
        x += width + RankGap;
    }
    normalise(&block, graph);
    return block;
}
