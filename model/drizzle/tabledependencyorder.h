#pragma once

#include "id.h"

#include <QHash>
#include <QVector>

class Schema;

// Tables with every parent before its children, as far as cycles allow.
//
// Tables that reference each other in a cycle form one group (a strongly connected component
// of the "child references parent" graph); groups come in dependency order, tables within a
// group in document order, and ties between independent groups are broken by document order,
// so the result is stable. A reference from a table to its own group (self-references
// included) is the only kind that can point forward: inCycle() tells the generators where
// they must help the type checker.
class TableDependencyOrder
{
public:
    explicit TableDependencyOrder(const Schema &schema);

    const QVector<Id> &tables() const { return m_order; }
    // True when child and parent are the same table or reference each other through a cycle.
    bool inCycle(Id childTable, Id parentTable) const;

private:
    QVector<Id> m_order;
    QHash<Id, int> m_group;
};
