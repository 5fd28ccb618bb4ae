#pragma once

#include "id.h"
#include "problem.h"

#include <QVector>

class Schema;

// The former CascadeGraph::sqlServerCascadePaths, for tst_cascadegraph's differential test.
namespace ReferenceCascadePaths {
QVector<Problem> sqlServer(const Schema &schema, const QVector<Id> &keysInCreationOrder);
}
