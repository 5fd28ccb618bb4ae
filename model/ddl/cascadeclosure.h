#pragma once

#include <QVector>

// Which nodes reach which in a graph that only ever grows by edges that keep it a multitree
// (a DAG with at most one path between any two nodes), as SQL Server's accepted cascade graph
// is: every key that would close a cycle or make a second path is rejected before it is added.
//
// Each node keeps the sorted list of its descendants (itself included). In a multitree an
// added edge p → c creates only new pairs, each exactly once, so the lists hold exactly the
// reachable pairs and cost no more than that: on real schemas, whose cascade chains are short,
// a check is a few short list intersections instead of a search of the whole graph. Nodes are
// small integers 0 … nodeCount-1.
class CascadeClosure
{
public:
    explicit CascadeClosure(int nodeCount);

    // Edges in the order they were added: for paths, walked by the caller.
    const QVector<QVector<int>> &children() const { return m_children; }
    const QVector<QVector<int>> &parents() const { return m_parents; }

    // Descendants of `node`, itself included, ascending.
    const QVector<int> &descendants(int node) const { return m_descendants.at(node); }
    bool reaches(int from, int to) const;
    // Ancestors of `node`, itself included, in breadth-first order from it.
    QVector<int> ancestors(int node) const;

    // True when adding parent → child would give some node a second path to another (a cycle
    // included): some ancestor of `parent` already reaches some descendant of `child`.
    bool conflicts(int parent, int child) const;
    // The descendants of `child` (itself included) that some ancestor of `parent` (itself
    // included) already reaches, ascending.
    QVector<int> meetingPoints(int parent, int child) const;

    // Adds parent → child, which must not conflict.
    void addEdge(int parent, int child);

private:
    QVector<QVector<int>> m_children;
    QVector<QVector<int>> m_parents;
    QVector<QVector<int>> m_descendants;
};
