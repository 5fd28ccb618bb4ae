#pragma once

#include "layoutblock.h"

class LayeredLayout;

// The classic arrangement: each connected component laid out whole as one layered graph
// (LayeredLayout), the components packed freely toward the wanted aspect ratio. In a component
// of more than 600 boxes, the hubs (boxes that more than max(20, √n) others hang from) go to
// columns of their own at the far left, still left of all their children, and the rest is laid
// out without their edges, which splits it into its modules. One layered drawing per component
// has the fewest crossings; AutoLayout takes it whenever its shape is within 1:2 … 2:1.
namespace ComponentLayout {
LayoutBlock layOut(LayeredLayout *layered, const LayoutGraph &graph, double aspect);
}
