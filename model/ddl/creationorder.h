#pragma once

#include "../id.h"

#include <QSet>
#include <QVector>

class Schema;

// The order in which a script creates tables: parents before children (partitioned and inherited
// tables before their partitions and heirs too), document order among
// tables that do not depend on each other, so that scripts are stable under unrelated edits.
// A cycle is broken at its table that comes first in the document; the keys that then point at
// a table created later ("late" keys) are added after all tables by the server dialects.
struct CreationOrder
{
    QVector<Id> tables;
    QSet<Id> lateKeys;

    static CreationOrder compute(const Schema &schema);
};
