#pragma once

#include "layoutblock.h"

// The order in which AutoLayout places a graph's boxes, in pieces of about one screenful.
//
// The pieces ("segments") are consecutive runs of one topological order of the graph's
// strongly connected components: every edge between two pieces goes from an earlier piece to a
// later one. Placed in reading order (left to right, rows top to bottom), an earlier piece is
// left of or above a later one, so parents stay left of or above their children across pieces,
// while each piece is drawn as a layered graph of its own; and the whole can take any shape.
//
// The order is depth-first (Kahn's algorithm with a stack): after a table come the children it
// alone was holding back, then theirs, so that a table's module stays together; the biggest
// connected component comes first, tables without keys last. The cut points are chosen by
// dynamic programming to cut as few edges as possible while keeping pieces near the target
// size. A strongly connected component (a cycle of keys) is never cut.
namespace LayoutOrder {

// The strongly connected component of each node, numbered in the order Tarjan's algorithm
// completes them; *count receives their number.
QVector<int> stronglyConnected(int nodeCount, const QVector<QPair<int, int>> &edges, int *count);

// Nodes (0 … n-1, in document order) in the pieces, each in placing order.
QVector<QVector<int>> segments(const LayoutGraph &graph, int targetSize);

} // namespace LayoutOrder
