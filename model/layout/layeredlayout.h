#pragma once

#include "layoutblock.h"

// A layered drawing of one connected graph, parents left of their children: Graphviz's `dot`
// (libgvc), whose ranking, crossing reduction and coordinate assignment are what make a
// diagram read left to right with few crossings, and which honours fixed box sizes, so boxes
// never overlap. Over `DotLimit` boxes, a linear fallback with the same idea (longest-path
// columns, one barycentre pass): dot turns long edges into virtual nodes and takes minutes
// there. Edges that close a cycle are laid out as if reversed. Ranks are returned with the
// block, so that it can be reshaped (BlockShaper).
class LayeredLayout
{
public:
    static constexpr int DotLimit = 1000;

    LayeredLayout();
    ~LayeredLayout();
    LayeredLayout(const LayeredLayout &) = delete;
    LayeredLayout &operator=(const LayeredLayout &) = delete;

    // The block's nodes are 0 … n-1, the graph's own numbers.
    LayoutBlock layOut(const LayoutGraph &graph);

private:
    LayoutBlock layOutWithDot(const LayoutGraph &graph);
    static LayoutBlock layOutLinear(const LayoutGraph &graph);

    struct Context;
    Context *m_context;
};
