#pragma once

#include <QPair>
#include <QPointF>
#include <QSizeF>
#include <QVector>

// A graph to lay out: boxes (a card with the space kept free around it) numbered 0 … n-1 and
// edges parent → child between them. The two lists of an edge are parallel.
struct LayoutGraph
{
    QVector<QSizeF> sizes;
    QVector<QPair<int, int>> edges; // (parent, child), no self-loops, each pair once
};

// Boxes placed in a rectangle of `size` whose top-left is (0, 0), every box inside it and none
// overlapping another. `rank` is the layer of a layered layout (boxes of one rank share a
// column, ranks go left to right); -1 where the layout has no layers.
struct LayoutBlock
{
    QVector<int> nodes; // the boxes, as numbers of the graph this block is a part of
    QVector<QPointF> positions; // top-left of each box, parallel to nodes
    QVector<int> rank; // parallel to nodes
    QSizeF size;

    // Moves every box so that the block's top-left is `origin`, into `positions`, indexed by
    // node.
    void placeAt(const QPointF &origin, QVector<QPointF> *positionsByNode) const
    {
        for (int i = 0; i < nodes.size(); ++i)
            (*positionsByNode)[nodes.at(i)] = origin + positions.at(i);
    }
};
