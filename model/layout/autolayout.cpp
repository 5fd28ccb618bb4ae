#include "autolayout.h"
#include "../commands/movetablescommand.h"
#include "../document.h"
#include "../schema.h"
#include "blockpacker.h"
#include "blockshaper.h"
#include "cardsize.h"
#include "componentlayout.h"
#include "layeredlayout.h"
#include "layoutorder.h"
#include "unionfind.h"

#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

constexpr double PieceGap = 90.0; // between pieces: room for the arrows that leave them
constexpr double PartGap = 60.0; // between unconnected parts of one piece
// Between subject areas' blocks: wider than between pieces, so the tinted regions drawn around
// the areas (with their own padding) stay clearly apart.
constexpr double AreaGap = 160.0;
constexpr double LoopReach = 56.0; // a self-reference's loop and badge right of its card
constexpr double LoopLane = 14.0; // ... and each further one (ForeignKeyItem's lanes)
constexpr double FreePlaceStep = 120.0; // how finely a free place for a subset is searched
constexpr int FreePlaceRings = 40;
constexpr int SmallSchema = 20; // tables; no shape is asked of a diagram this small
// Bounds on the natural layout's boxes, a little inside 1:2 … 2:1 since cards are measured
// without the margins around them.
constexpr double NaturalRatioMin = 0.55;
constexpr double NaturalRatioMax = 1.8;

// The graph induced by `members` (numbers of `graph`), renumbered 0 … members.size()-1.
LayoutGraph induced(const LayoutGraph &graph, const QVector<int> &members,
                    const QVector<QVector<int>> &edgesOf)
{
    LayoutGraph sub;
    QHash<int, int> local;
    for (int i = 0; i < members.size(); ++i) {
        local.insert(members.at(i), i);
        sub.sizes << graph.sizes.at(members.at(i));
    }
    for (int i = 0; i < members.size(); ++i) {
        for (int e : edgesOf.at(members.at(i))) {
            const auto &edge = graph.edges.at(e);
            if (edge.first != members.at(i))
                continue; // each edge once, from its parent
            const auto it = local.constFind(edge.second);
            if (it != local.cend())
                sub.edges.append({i, *it});
        }
    }
    return sub;
}

// One piece: each connected part laid out and shaped to within `tolerance` of the wanted
// ratio, the parts packed. Block nodes are the piece's own numbers (0 … n-1 of `piece`).
LayoutBlock layOutPiece(LayeredLayout *layered, const LayoutGraph &piece, double aspect,
                        double tolerance)
{
    const int n = piece.sizes.size();
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto &edge : piece.edges)
        parent[findRoot(parent, edge.first)] = findRoot(parent, edge.second);
    QHash<int, int> partOfRoot;
    QVector<QVector<int>> parts;
    for (int v = 0; v < n; ++v) {
        const int root = findRoot(parent, v);
        auto it = partOfRoot.constFind(root);
        if (it == partOfRoot.cend()) {
            it = partOfRoot.insert(root, parts.size());
            parts.append(QVector<int>());
        }
        parts[*it].append(v);
    }
    QVector<QVector<int>> edgesOf(n);
    for (int e = 0; e < piece.edges.size(); ++e) {
        edgesOf[piece.edges.at(e).first].append(e);
        edgesOf[piece.edges.at(e).second].append(e);
    }
    QVector<LayoutBlock> blocks;
    QVector<QSizeF> sizes;
    for (const QVector<int> &members : std::as_const(parts)) {
        const LayoutGraph graph = induced(piece, members, edgesOf);
        LayoutBlock block = layered->layOut(graph);
        BlockShaper::shape(&block, graph, aspect, tolerance);
        for (int &node : block.nodes)
            node = members.at(node);
        sizes << block.size;
        blocks << block;
    }
    if (blocks.size() == 1)
        return blocks.first();
    QSizeF total;
    const QVector<QPointF> at = BlockPacker::packFreely(sizes, aspect, PartGap, &total);
    LayoutBlock result;
    for (int b = 0; b < blocks.size(); ++b) {
        const LayoutBlock &block = blocks.at(b);
        for (int i = 0; i < block.nodes.size(); ++i) {
            result.nodes << block.nodes.at(i);
            result.positions << at.at(b) + block.positions.at(i);
            result.rank << -1;
        }
    }
    result.size = total;
    return result;
}

// The nearest place for a block of `size` whose top-left is near `wanted` and that covers none
// of `obstacles`: `wanted` itself if it is free, else the first free spot on rings around it,
// else right of everything.
QPointF freePlace(const QPointF &wanted, const QSizeF &size, const QVector<QRectF> &obstacles)
{
    auto isFree = [&](const QPointF &at) {
        const QRectF rect(at, size);
        for (const QRectF &o : obstacles) {
            if (rect.intersects(o))
                return false;
        }
        return true;
    };
    if (isFree(wanted))
        return wanted;
    for (int ring = 1; ring <= FreePlaceRings; ++ring) {
        QPointF best;
        double bestDistance = std::numeric_limits<double>::max();
        for (int dx = -ring; dx <= ring; ++dx) {
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const QPointF at = wanted + QPointF(dx, dy) * FreePlaceStep;
                const double distance = std::hypot(dx, dy);
                if (distance < bestDistance && isFree(at)) {
                    best = at;
                    bestDistance = distance;
                }
            }
        }
        if (bestDistance < std::numeric_limits<double>::max())
            return best;
    }
    QRectF all;
    for (const QRectF &o : obstacles)
        all |= o;
    return QPointF(all.right() + PieceGap, wanted.y());
}

// Boxes of the whole `graph` laid out as one diagram of about `aspect`: one layered drawing per
// component if its shape is within 1:2 … 2:1 (a small graph: always), else the pieces.
// Positions are indexed by node; the whole's size goes to *total.
QVector<QPointF> layOutAutoGroup(LayeredLayout *layeredLayout, const LayoutGraph &graph,
                                 double aspect, QSizeF *totalSize)
{
    const int n = graph.sizes.size();
    LayeredLayout &layered = *layeredLayout;
    QSizeF &total = *totalSize;
    QVector<QVector<int>> edgesOf(n);
    for (int e = 0; e < graph.edges.size(); ++e) {
        edgesOf[graph.edges.at(e).first].append(e);
        edgesOf[graph.edges.at(e).second].append(e);
    }
    QVector<QPointF> boxes(n);
    // One layered drawing per component has the fewest crossings: kept when its shape is
    // within 1:2 … 2:1 (a small schema: always). Otherwise the pieces.
    const LayoutBlock natural = ComponentLayout::layOut(&layered, graph, aspect);
    const double ratio = natural.size.width() / std::max(1.0, natural.size.height());
    if (n <= SmallSchema || (ratio >= NaturalRatioMin && ratio <= NaturalRatioMax)) {
        natural.placeAt(QPointF(0, 0), &boxes);
        total = natural.size;
    } else {
        const QVector<QVector<int>> pieces = LayoutOrder::segments(graph, AutoLayout::PieceSize);
        // Pieces keep their own shape within a factor of two of the window's; if the whole
        // still misses 1:2 … 2:1 (few, oddly shaped pieces), they are shaped more tightly.
        for (double tolerance : {2.0, 1.25}) {
            QVector<LayoutBlock> blocks;
            QVector<QSizeF> sizes;
            for (const QVector<int> &members : pieces) {
                LayoutBlock block = layOutPiece(&layered, induced(graph, members, edgesOf), aspect,
                                                pieces.size() == 1 ? 1.25 : tolerance);
                for (int &node : block.nodes)
                    node = members.at(node);
                sizes << block.size;
                blocks << block;
            }
            const QVector<QPointF> origins = BlockPacker::packInOrder(
                sizes, aspect, PieceGap, &total, NaturalRatioMin, NaturalRatioMax);
            for (int b = 0; b < blocks.size(); ++b)
                blocks.at(b).placeAt(origins.at(b), &boxes);
            const double shape = total.width() / std::max(1.0, total.height());
            if (shape >= NaturalRatioMin && shape <= NaturalRatioMax)
                break;
        }
    }
    return boxes;
}

// The tables laid out (numbers 0 … n-1 of `indexOf`) grouped by subject area: one group per
// area, in the schema's order of areas, then one of the tables in no area. A table in several
// areas goes with the first that lists it, so every table is in exactly one group. Each
// group's numbers ascend (the schema's order of tables, as the whole layout would use);
// empty groups are left out.
QVector<QVector<int>> autoLayoutAreaGroups(const Schema &schema, const QHash<Id, int> &indexOf,
                                           int n)
{
    QVector<QVector<int>> groups;
    if (schema.subjectAreas.isEmpty())
        return groups;
    QVector<bool> taken(n, false);
    for (const SubjectArea &area : schema.subjectAreas) {
        QVector<int> members;
        for (Id id : area.tables) {
            const auto it = indexOf.constFind(id);
            if (it != indexOf.cend() && !taken.at(*it)) {
                taken[*it] = true;
                members << *it;
            }
        }
        if (!members.isEmpty()) {
            std::sort(members.begin(), members.end());
            groups << members;
        }
    }
    QVector<int> rest;
    for (int i = 0; i < n; ++i) {
        if (!taken.at(i))
            rest << i;
    }
    if (!rest.isEmpty())
        groups << rest;
    return groups;
}

// Each group laid out on its own (only keys inside it shape it) into a block, and the blocks
// packed, `AreaGap` apart, to about `aspect`: so an area's tables stay together and no other
// table comes inside its region. Keys between groups are not oriented; within a group parents
// stay left of or above their children.
QVector<QPointF> layOutAreaGroups(LayeredLayout *layered, const LayoutGraph &graph,
                                  const QVector<QVector<int>> &groups, double aspect, QSizeF *total)
{
    const int n = graph.sizes.size();
    QVector<QVector<int>> edgesOf(n);
    for (int e = 0; e < graph.edges.size(); ++e) {
        edgesOf[graph.edges.at(e).first].append(e);
        edgesOf[graph.edges.at(e).second].append(e);
    }
    QVector<QVector<QPointF>> groupBoxes;
    QVector<QSizeF> sizes;
    for (const QVector<int> &members : groups) {
        QSizeF size;
        groupBoxes << layOutAutoGroup(layered, induced(graph, members, edgesOf), aspect, &size);
        sizes << size;
    }
    const QVector<QPointF> origins
        = BlockPacker::packFreely(sizes, aspect, AreaGap, total, NaturalRatioMin, NaturalRatioMax);
    QVector<QPointF> boxes(n);
    for (int g = 0; g < groups.size(); ++g) {
        for (int i = 0; i < groups.at(g).size(); ++i)
            boxes[groups.at(g).at(i)] = origins.at(g) + groupBoxes.at(g).at(i);
    }
    return boxes;
}

} // namespace

QHash<Id, QPointF> AutoLayout::compute(const Schema &schema, const QVector<Id> &requested,
                                       double aspect)
{
    aspect = std::clamp(aspect, 0.5, 2.0);
    const QVector<Id> tables = requested.isEmpty() ? schema.tableIds() : requested;
    QHash<Id, int> indexOf;
    QVector<Id> order;
    QVector<QSizeF> cards;
    QRectF previous;
    for (Id id : tables) {
        const Table *table = schema.table(id);
        if (!table || indexOf.contains(id))
            continue;
        indexOf.insert(id, order.size());
        order << id;
        cards << CardSize::estimate(*table);
        previous = previous.isNull() ? QRectF(table->position, QSizeF(1, 1))
                                     : previous.united(QRectF(table->position, QSizeF(1, 1)));
    }
    const int n = order.size();
    if (n == 0)
        return {};

    // Boxes: the card, its margin, and room for self-reference loops on its right. Edges
    // parent → child between laid-out tables, each pair once.
    LayoutGraph graph;
    QVector<int> loops(n, 0);
    QSet<QPair<int, int>> seen;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const auto from = indexOf.constFind(key->parentTable);
        const auto to = indexOf.constFind(key->childTable);
        if (from == indexOf.cend() || to == indexOf.cend())
            continue;
        if (*from == *to) {
            ++loops[*from];
            continue;
        }
        if (seen.contains({*from, *to}))
            continue;
        seen.insert({*from, *to});
        graph.edges.append({*from, *to});
    }
    for (int i = 0; i < n; ++i) {
        const double loop = loops[i] ? LoopReach + (loops[i] - 1) * LoopLane : 0;
        graph.sizes << cards.at(i) + QSizeF(2 * CardMargin + loop, 2 * CardMargin);
    }

    LayeredLayout layered;
    QVector<QPointF> boxes;
    QSizeF total;
    // Subject areas group the whole schema only: a subset (a selection, one area being
    // arranged) is laid out as one, or arranging an area would split off the tables it shares
    // with an earlier area.
    const QVector<QVector<int>> groups
        = requested.isEmpty() ? autoLayoutAreaGroups(schema, indexOf, n) : QVector<QVector<int>>();
    if (groups.size() <= 1) {
        boxes = layOutAutoGroup(&layered, graph, aspect, &total);
    } else {
        boxes = layOutAreaGroups(&layered, graph, groups, aspect, &total);
    }

    QPointF shift(CardMargin, CardMargin);
    if (!requested.isEmpty()) {
        // A subset goes where it was, or to the nearest place where it covers no other card.
        QVector<QRectF> obstacles;
        for (Id id : schema.tableIds()) {
            if (!indexOf.contains(id)) {
                const Table *table = schema.table(id);
                obstacles << QRectF(table->position, CardSize::estimate(*table))
                                 .adjusted(-CardMargin, -CardMargin, CardMargin, CardMargin);
            }
        }
        shift = freePlace(previous.topLeft() - QPointF(CardMargin, CardMargin), total, obstacles)
            + QPointF(CardMargin, CardMargin);
    }
    QHash<Id, QPointF> result;
    result.reserve(n);
    for (int i = 0; i < n; ++i) {
        // Whole pixels: positions are saved to files and compared in tests.
        const QPointF at = boxes.at(i) + shift;
        result.insert(order.at(i), QPointF(std::round(at.x()), std::round(at.y())));
    }
    return result;
}

void AutoLayout::arrange(Schema *schema, double aspect)
{
    const QHash<Id, QPointF> positions = compute(*schema, {}, aspect);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        Table table = *schema->table(it.key());
        table.position = it.value();
        schema->replaceTable(table);
    }
}

bool applyAutoLayout(Document *document, const QVector<Id> &tables, double aspect)
{
    QHash<Id, QPointF> positions = AutoLayout::compute(document->schema(), tables, aspect);
    for (auto it = positions.begin(); it != positions.end();) {
        if (document->schema().table(it.key())->position == it.value())
            it = positions.erase(it);
        else
            ++it;
    }
    if (positions.isEmpty())
        return false;
    auto command = new MoveTablesCommand(document, positions);
    command->setText(AutoLayout::tr("Arrange %n table(s)", nullptr, int(positions.size())));
    document->undoStack()->push(command);
    return true;
}
