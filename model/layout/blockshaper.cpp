#include "blockshaper.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

constexpr double WrapRankGap = 86.0; // as dot's ranksep: room for the arrows and their badges
constexpr double SubColumnGap = 40.0; // between the columns of one wrapped rank
constexpr double RowGap = 18.0; // between boxes stacked anew
constexpr double BandGap = 70.0; // between the bands of a wrapped chain
constexpr int Steps = 24; // bisection steps for the wrap length

// Positions (indexes into the block) by rank, each rank top to bottom.
QMap<int, QVector<int>> byRank(const LayoutBlock &block)
{
    QMap<int, QVector<int>> ranks;
    for (int i = 0; i < block.nodes.size(); ++i)
        ranks[block.rank.at(i)].append(i);
    for (QVector<int> &rank : ranks) {
        std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) {
            return block.positions.at(a).y() < block.positions.at(b).y();
        });
    }
    return ranks;
}

double logDistance(const QSizeF &size, double aspect)
{
    return std::abs(std::log(size.width() / std::max(1.0, size.height()) / aspect));
}

// Every rank in columns no higher than `limit` (a box higher than that gets a column alone).
LayoutBlock wrapRanks(const LayoutBlock &block, const LayoutGraph &graph,
                      const QMap<int, QVector<int>> &ranks, double limit)
{
    LayoutBlock result = block;
    double x = 0, height = 0;
    for (const QVector<int> &rank : ranks) {
        double y = 0, columnWidth = 0;
        for (int i : rank) {
            const QSizeF size = graph.sizes.at(block.nodes.at(i));
            if (y > 0 && y + size.height() > limit) {
                x += columnWidth + SubColumnGap;
                y = 0;
                columnWidth = 0;
            }
            result.positions[i] = QPointF(x, y);
            y += size.height() + RowGap;
            height = std::max(height, y - RowGap);
            columnWidth = std::max(columnWidth, size.width());
        }
        x += columnWidth + WrapRankGap;
    }
    result.size = QSizeF(x - WrapRankGap, height);
    return result;
}

// Consecutive ranks in bands no wider than `limit`, bands top to bottom; within a band the
// boxes keep their places relative to each other.
LayoutBlock wrapBands(const LayoutBlock &block, const LayoutGraph &graph,
                      const QMap<int, QVector<int>> &ranks, double limit)
{
    LayoutBlock result = block;
    double top = 0, width = 0;
    QVector<int> band;
    double bandLeft = 0, bandRight = 0;
    auto closeBand = [&] {
        if (band.isEmpty())
            return;
        double minY = 1e300, maxY = -1e300;
        for (int i : std::as_const(band)) {
            minY = std::min(minY, block.positions.at(i).y());
            maxY = std::max(maxY,
                            block.positions.at(i).y() + graph.sizes.at(block.nodes.at(i)).height());
        }
        for (int i : std::as_const(band))
            result.positions[i] = QPointF(block.positions.at(i).x() - bandLeft,
                                          block.positions.at(i).y() - minY + top);
        width = std::max(width, bandRight - bandLeft);
        top += maxY - minY + BandGap;
        band.clear();
    };
    for (const QVector<int> &rank : ranks) {
        double left = 1e300, right = -1e300;
        for (int i : rank) {
            left = std::min(left, block.positions.at(i).x());
            right = std::max(right,
                             block.positions.at(i).x() + graph.sizes.at(block.nodes.at(i)).width());
        }
        if (!band.isEmpty() && right - bandLeft > limit)
            closeBand();
        if (band.isEmpty())
            bandLeft = left;
        bandRight = std::max(bandRight, right);
        band += rank;
    }
    closeBand();
    result.size = QSizeF(width, top - BandGap);
    return result;
}

} // namespace

void BlockShaper::shape(LayoutBlock *block, const LayoutGraph &graph, double aspect,
                        double tolerance)
{
    if (block->nodes.size() < 3 || block->size.isEmpty())
        return;
    const double ratio = block->size.width() / block->size.height();
    if (ratio >= aspect / tolerance && ratio <= aspect * tolerance)
        return;
    if (std::find(block->rank.cbegin(), block->rank.cend(), -1) != block->rank.cend())
        return;
    const QMap<int, QVector<int>> ranks = byRank(*block);
    const bool tall = ratio < aspect;
    // Bisection on the wrap length: shorter columns (or narrower bands) make the block wider
    // (or taller). The best shape seen wins.
    double low = 0, high = tall ? block->size.height() : block->size.width();
    for (int i = 0; i < block->nodes.size(); ++i) {
        const QSizeF size = graph.sizes.at(block->nodes.at(i));
        low = std::max(low, tall ? size.height() : size.width());
    }
    LayoutBlock best = *block;
    double bestDistance = logDistance(block->size, aspect);
    for (int step = 0; step < Steps && low < high; ++step) {
        const double limit = (low + high) / 2;
        const LayoutBlock candidate = tall ? wrapRanks(*block, graph, ranks, limit)
                                           : wrapBands(*block, graph, ranks, limit);
        const double distance = logDistance(candidate.size, aspect);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
        const double candidateRatio = candidate.size.width() / candidate.size.height();
        // Tall: a shorter limit widens; wide: a narrower limit heightens.
        if ((candidateRatio < aspect) == tall)
            high = limit;
        else
            low = limit;
    }
    *block = best;
}
