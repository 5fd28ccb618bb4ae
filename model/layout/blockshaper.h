#pragma once

#include "layoutblock.h"

// Gives a layered block a shape near a wanted aspect ratio (width / height) without breaking
// its left-to-right order, so that pieces of a layout pack into a rectangle:
// - too tall (a parent with forty children makes a column forty cards high): each rank that is
//   too high is wrapped into several columns side by side, still right of the rank before it
//   and left of the rank after it;
// - too wide (a long chain): the ranks are cut into bands stacked top to bottom, every band
//   above the next, so a parent in one band is above its children in the next.
// Within a rank the order, and so the crossings between two ranks, stay as the layout made
// them. A block within a factor `tolerance` of the wanted ratio is left as it is.
namespace BlockShaper {
void shape(LayoutBlock *block, const LayoutGraph &graph, double aspect, double tolerance = 2.0);
}
