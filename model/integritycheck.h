#pragma once

#include <QStringList>

class Schema;

// The invariants every document keeps after every command: unique ids, and no reference from
// a key, constraint or index to a missing table or column. Returns what is broken (empty when
// all holds). Used by the file reader before accepting a file and by the tests after each step.
namespace IntegrityCheck {
QStringList check(const Schema &schema);
}
