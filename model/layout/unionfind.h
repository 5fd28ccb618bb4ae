#pragma once

#include <QVector>

// The root of i's set in a union-find forest (`parent[i] == i` at a root), halving the path on
// the way. Shared by the layout steps that split a graph into connected parts.
inline int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}
