#pragma once

#include "../id.h"

#include <QVector>

class Schema;

namespace TableOrder {
// Tables with their parents before them (keys define the edges; self-references ignored).
// Tables in a cycle keep their document order among themselves; otherwise the order is the
// document order wherever the keys leave a choice, so it is deterministic.
QVector<Id> parentsFirst(const Schema &schema);
} // namespace TableOrder
