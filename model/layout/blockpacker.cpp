#include "blockpacker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr int WidthsTried = 80;
constexpr double CloseEnough = 1.15; // ratios within 15 % of the wanted one count as equal

// Reading-order placement with rows no wider than `limit` (a piece wider than that gets a row
// alone).
QVector<QPointF> place(const QVector<QSizeF> &sizes, double gap, double limit, QSizeF *total)
{
    QVector<QPointF> at(sizes.size());
    double rowTop = 0, rowHeight = 0, rowRight = 0;
    double columnLeft = 0, columnWidth = 0, columnBottom = 0;
    double width = 0;
    bool rowEmpty = true;
    for (int i = 0; i < sizes.size(); ++i) {
        const double w = sizes.at(i).width(), h = sizes.at(i).height();
        if (rowEmpty) {
            columnLeft = 0;
            columnWidth = w;
            columnBottom = h;
            rowHeight = h;
            rowRight = w;
            at[i] = QPointF(0, rowTop);
            rowEmpty = false;
        } else if (columnBottom + gap + h <= rowHeight
                   && columnLeft + std::max(columnWidth, w) <= limit) {
            // Below the previous piece, in the room its row's tallest piece left.
            at[i] = QPointF(columnLeft, rowTop + columnBottom + gap);
            columnBottom += gap + h;
            columnWidth = std::max(columnWidth, w);
            rowRight = std::max(rowRight, columnLeft + columnWidth);
        } else if (rowRight + gap + w <= limit) {
            columnLeft = rowRight + gap;
            columnWidth = w;
            columnBottom = h;
            rowHeight = std::max(rowHeight, h);
            rowRight = columnLeft + w;
            at[i] = QPointF(columnLeft, rowTop);
        } else {
            width = std::max(width, rowRight);
            rowTop += rowHeight + gap;
            columnLeft = 0;
            columnWidth = w;
            columnBottom = h;
            rowHeight = h;
            rowRight = w;
            at[i] = QPointF(0, rowTop);
        }
    }
    width = std::max(width, rowRight);
    *total = QSizeF(width, rowTop + rowHeight);
    return at;
}

} // namespace

QVector<QPointF> BlockPacker::packInOrder(const QVector<QSizeF> &sizes, double aspect, double gap,
                                          QSizeF *total, double minRatio, double maxRatio)
{
    if (sizes.isEmpty()) {
        *total = QSizeF(0, 0);
        return {};
    }
    double widest = 0, sum = 0;
    for (const QSizeF &size : sizes) {
        widest = std::max(widest, size.width());
        sum += size.width() + gap;
    }
    QVector<QPointF> best;
    QSizeF bestTotal;
    double bestDistance = 0, bestArea = 0;
    bool bestInBounds = false;
    for (int step = 0; step <= WidthsTried; ++step) {
        // Widths from the widest piece to one row of them all, in geometric steps.
        const double limit
            = widest * std::pow(std::max(1.0, sum / widest), double(step) / WidthsTried);
        QSizeF size;
        QVector<QPointF> at = place(sizes, gap, limit, &size);
        const double ratio = size.width() / std::max(1.0, size.height());
        const double distance = std::abs(std::log(ratio / aspect));
        const double area = size.width() * size.height();
        const bool inBounds = ratio >= minRatio && ratio <= maxRatio;
        const bool closeEnough = distance <= std::log(CloseEnough);
        const bool bestCloseEnough = !best.isEmpty() && bestDistance <= std::log(CloseEnough);
        bool better = best.isEmpty() || (inBounds && !bestInBounds);
        if (!better && inBounds == bestInBounds) {
            if (closeEnough && bestCloseEnough)
                better = area < bestArea;
            else
                better = distance < bestDistance;
        }
        if (better) {
            best = std::move(at);
            bestTotal = size;
            bestDistance = distance;
            bestArea = area;
            bestInBounds = inBounds;
        }
    }
    *total = bestTotal;
    return best;
}

QVector<QPointF> BlockPacker::packFreely(const QVector<QSizeF> &sizes, double aspect, double gap,
                                         QSizeF *total, double minRatio, double maxRatio)
{
    QVector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return sizes.at(a).height() > sizes.at(b).height(); });
    QVector<QSizeF> sorted;
    sorted.reserve(sizes.size());
    for (int i : std::as_const(order))
        sorted << sizes.at(i);
    const QVector<QPointF> placed = packInOrder(sorted, aspect, gap, total, minRatio, maxRatio);
    QVector<QPointF> result(sizes.size());
    for (int i = 0; i < order.size(); ++i)
        result[order.at(i)] = placed.at(i);
    return result;
}
