#include "layoutmetrics.h"

#include "../schema.h"
#include "cardsize.h"
#include "layoutorder.h"

#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

struct Segment
{
    QLineF line;
    Id child, parent;
    double left, right;
};

// The attachment points ForeignKeyItem uses, at the cards' vertical middles.
QLineF arrowLine(const QRectF &child, const QRectF &parent)
{
    if (child.right() <= parent.left())
        return QLineF(child.right(), child.center().y(), parent.left(), parent.center().y());
    if (parent.right() <= child.left())
        return QLineF(child.left(), child.center().y(), parent.right(), parent.center().y());
    return QLineF(child.right(), child.center().y(), parent.right(), parent.center().y());
}

} // namespace

QHash<Id, QRectF> LayoutMetrics::estimatedCards(const Schema &schema,
                                                const QHash<Id, QPointF> &positions)
{
    QHash<Id, QRectF> cards;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (const Table *table = schema.table(it.key()))
            cards.insert(it.key(), QRectF(it.value(), CardSize::estimate(*table)));
    }
    return cards;
}

LayoutMetrics LayoutMetrics::measure(const Schema &schema, const QHash<Id, QRectF> &cards)
{
    LayoutMetrics m;
    QVector<QPair<Id, QRectF>> byLeft;
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        m.boundingBox |= it.value();
        byLeft.append({it.key(), it.value()});
    }
    m.aspect = m.boundingBox.height() > 0 ? m.boundingBox.width() / m.boundingBox.height() : 0;
    std::sort(byLeft.begin(), byLeft.end(),
              [](const auto &a, const auto &b) { return a.second.left() < b.second.left(); });
    for (int i = 0; i < byLeft.size(); ++i) {
        for (int j = i + 1; j < byLeft.size(); ++j) {
            if (byLeft.at(j).second.left() >= byLeft.at(i).second.right())
                break;
            if (byLeft.at(i).second.intersects(byLeft.at(j).second))
                ++m.overlaps;
        }
    }

    // Keys within one strongly connected component cannot all point one way.
    QHash<Id, int> node;
    for (auto it = cards.cbegin(); it != cards.cend(); ++it)
        node.insert(it.key(), node.size());
    QVector<QPair<int, int>> edges;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (node.contains(key->parentTable) && node.contains(key->childTable)
            && key->parentTable != key->childTable)
            edges.append({node.value(key->parentTable), node.value(key->childTable)});
    }
    int components = 0;
    const QVector<int> component = LayoutOrder::stronglyConnected(node.size(), edges, &components);

    QVector<Segment> segments;
    QVector<double> lengths;
    QSet<QPair<Id, Id>> drawn;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (!cards.contains(key->parentTable) || !cards.contains(key->childTable)
            || key->isSelfReference())
            continue;
        const QRectF parent = cards.value(key->parentTable);
        const QRectF child = cards.value(key->childTable);
        if (component.at(node.value(key->parentTable)) != component.at(node.value(key->childTable))
            && parent.right() > child.left() && parent.bottom() > child.top())
            ++m.parentsAfterChildren;
        // Several keys between the same two tables are one route for length and crossings.
        if (drawn.contains({key->childTable, key->parentTable}))
            continue;
        drawn.insert({key->childTable, key->parentTable});
        const QLineF line = arrowLine(child, parent);
        lengths << line.length();
        segments.append({line, key->childTable, key->parentTable, std::min(line.x1(), line.x2()),
                         std::max(line.x1(), line.x2())});
    }
    m.arrows = lengths.size();
    m.totalArrowLength = std::accumulate(lengths.cbegin(), lengths.cend(), 0.0);
    if (!lengths.isEmpty()) {
        std::sort(lengths.begin(), lengths.end());
        m.medianArrowLength = lengths.at(lengths.size() / 2);
        m.longArrows
            = int(lengths.cend() - std::upper_bound(lengths.cbegin(), lengths.cend(), LongArrow));
    }
    std::sort(segments.begin(), segments.end(),
              [](const Segment &a, const Segment &b) { return a.left < b.left; });
    for (int i = 0; i < segments.size(); ++i) {
        const Segment &a = segments.at(i);
        for (int j = i + 1; j < segments.size(); ++j) {
            const Segment &b = segments.at(j);
            if (b.left > a.right)
                break;
            if (a.child == b.child || a.child == b.parent || a.parent == b.child
                || a.parent == b.parent)
                continue;
            if (a.line.intersects(b.line, nullptr) == QLineF::BoundedIntersection)
                ++m.crossings;
        }
    }
    return m;
}

QString LayoutMetrics::summary() const
{
    return QStringLiteral("%1 x %2 (aspect %3), %4 overlaps, %5 parents after children, %6 "
                          "arrows: total length %7, median %8, %9 longer than %10, %11 crossings")
        .arg(qRound(boundingBox.width()))
        .arg(qRound(boundingBox.height()))
        .arg(aspect, 0, 'f', 2)
        .arg(overlaps)
        .arg(parentsAfterChildren)
        .arg(arrows)
        .arg(qRound64(totalArrowLength))
        .arg(qRound(medianArrowLength))
        .arg(longArrows)
        .arg(qRound(LongArrow))
        .arg(crossings);
}
