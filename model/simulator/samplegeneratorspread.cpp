#include "samplegeneratorspread.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

void shuffle(QVector<int> &values, QRandomGenerator &random)
{
    // Fisher–Yates with the seeded generator: std::shuffle's algorithm is not fixed across
    // standard libraries, and the same seed must give the same rows everywhere.
    for (int i = int(values.size()) - 1; i > 0; --i)
        std::swap(values[i], values[int(random.bounded(quint32(i + 1)))]);
}

} // namespace

int SampleGeneratorSpread::storyCount(int parents)
{
    if (parents < 2)
        return 0;
    return qMax(1, parents * 3 / 10);
}

int SampleGeneratorSpread::retryPick(const Key &key, QRandomGenerator &random)
{
    const int story = key.refusing ? storyCount(key.parents) : 0;
    if (key.parents - story <= 0)
        return int(random.bounded(quint32(qMax(1, key.parents))));
    return story + int(random.bounded(quint32(key.parents - story)));
}

QVector<int> SampleGeneratorSpread::plan(const Key &key, QRandomGenerator &random)
{
    QVector<int> plan;
    if (key.children <= 0)
        return plan;
    if (key.parents <= 0) {
        if (key.nullable)
            plan.fill(-1, key.children);
        return plan;
    }
    const int story = storyCount(key.parents);
    // The other parents, in a seeded order, split into none / one / many children.
    QVector<int> rest;
    for (int p = story; p < key.parents; ++p)
        rest.append(p);
    shuffle(rest, random);
    const int none = key.refusing ? 0 : int(rest.size()) / 5;
    const int one = key.oneToOne ? int(rest.size()) - none : int(rest.size()) / 4;
    const QVector<int> ones = rest.mid(none, one);
    const QVector<int> many = rest.mid(none + one);

    QVector<int> guaranteed; // one child each, in this order of priority
    if (!key.refusing) {
        for (int p = 0; p < story; ++p)
            guaranteed.append(p);
    }
    guaranteed += ones;
    if (key.oneToOne) {
        guaranteed += many;
        plan = guaranteed.mid(0, key.children);
    } else {
        plan = guaranteed.mid(0, key.children);
        // "Many": two each first, then the remaining children where the weights fall, so
        // that a few parents get a long tail.
        QVector<int> pool = many;
        if (pool.isEmpty()) // too few parents for a "many" group: the others share
            pool = key.refusing ? rest : guaranteed;
        if (pool.isEmpty())
            pool.append(0);
        for (int round = 0; round < 2; ++round) {
            for (int p : std::as_const(pool)) {
                if (plan.size() >= key.children)
                    break;
                plan.append(p);
            }
        }
        QVector<int> weights;
        int totalWeight = 0;
        for (int i = 0; i < pool.size(); ++i) {
            const int w = 1 + int(random.bounded(4)) * int(random.bounded(4));
            weights.append(w);
            totalWeight += w;
        }
        while (plan.size() < key.children) {
            int r = int(random.bounded(quint32(totalWeight)));
            int i = 0;
            while (r >= weights.at(i)) {
                r -= weights.at(i);
                ++i;
            }
            plan.append(pool.at(i));
        }
    }
    // A nullable key leaves some children without a parent, never a story parent's only child.
    if (key.nullable) {
        for (int &p : plan) {
            if (p >= story && random.bounded(10) == 0)
                p = -1;
        }
    }
    // The story parents' children come first, so that they are in the child table's own story
    // group: what a delete of a story parent cascades into is, in turn, free to go.
    QVector<int> front, back;
    for (int p : std::as_const(plan))
        (p >= 0 && p < story && !key.refusing ? front : back).append(p);
    shuffle(front, random);
    shuffle(back, random);
    return front + back;
}
