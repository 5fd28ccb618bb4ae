#include "cascadeclosure.h"

#include <algorithm>
#include <iterator>

namespace {

// Whether two ascending lists share an element: a binary search per element of the shorter one
// when their sizes differ much (a hub's long list against a leaf's), a merge otherwise.
bool intersects(const QVector<int> &a, const QVector<int> &b)
{
    const QVector<int> &shorter = a.size() <= b.size() ? a : b;
    const QVector<int> &longer = a.size() <= b.size() ? b : a;
    if (shorter.isEmpty() || shorter.last() < longer.first() || longer.last() < shorter.first())
        return false;
    if (shorter.size() * 16 < longer.size()) {
        for (int x : shorter) {
            if (std::binary_search(longer.cbegin(), longer.cend(), x))
                return true;
        }
        return false;
    }
    auto i = shorter.cbegin();
    auto j = longer.cbegin();
    while (i != shorter.cend() && j != longer.cend()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return true;
    }
    return false;
}

} // namespace

CascadeClosure::CascadeClosure(int nodeCount)
    : m_children(nodeCount)
    , m_parents(nodeCount)
    , m_descendants(nodeCount)
{
    for (int i = 0; i < nodeCount; ++i)
        m_descendants[i] = {i};
}

bool CascadeClosure::reaches(int from, int to) const
{
    const QVector<int> &below = m_descendants.at(from);
    return std::binary_search(below.cbegin(), below.cend(), to);
}

QVector<int> CascadeClosure::ancestors(int node) const
{
    // No visited set: in a multitree each ancestor has one path to `node`, so the walk up
    // meets it once.
    QVector<int> result{node};
    for (int i = 0; i < result.size(); ++i)
        result += m_parents.at(result.at(i));
    return result;
}

bool CascadeClosure::conflicts(int parent, int child) const
{
    const QVector<int> &below = m_descendants.at(child);
    for (int ancestor : ancestors(parent)) {
        if (intersects(m_descendants.at(ancestor), below))
            return true;
    }
    return false;
}

QVector<int> CascadeClosure::meetingPoints(int parent, int child) const
{
    const QVector<int> &below = m_descendants.at(child);
    QVector<int> result;
    for (int ancestor : ancestors(parent)) {
        const QVector<int> &reached = m_descendants.at(ancestor);
        std::set_intersection(reached.cbegin(), reached.cend(), below.cbegin(), below.cend(),
                              std::back_inserter(result));
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

void CascadeClosure::addEdge(int parent, int child)
{
    m_children[parent] << child;
    m_parents[child] << parent;
    const QVector<int> below = m_descendants.at(child); // a copy: child may be among the lists
    for (int ancestor : ancestors(parent)) {
        // Disjoint, since the edge does not conflict: a merge, no duplicates to drop.
        QVector<int> &list = m_descendants[ancestor];
        QVector<int> merged;
        merged.reserve(list.size() + below.size());
        std::merge(list.cbegin(), list.cend(), below.cbegin(), below.cend(),
                   std::back_inserter(merged));
        list = std::move(merged);
    }
}
