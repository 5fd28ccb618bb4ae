#pragma once

#include "id.h"

#include <QHash>
#include <QPointF>
#include <QVector>

class Schema;

// The former AutoLayout::compute, for comparing layouts in bench_layout.
namespace ReferenceLayout {
QHash<Id, QPointF> compute(const Schema &schema, const QVector<Id> &tables = {});
}
