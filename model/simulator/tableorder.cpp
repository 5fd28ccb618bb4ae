#include "tableorder.h"

#include "../schema.h"

#include <QHash>
#include <QSet>

QVector<Id> TableOrder::parentsFirst(const Schema &schema)
{
    QHash<Id, QSet<Id>> parents;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (!key->isSelfReference())
            parents[key->childTable].insert(key->parentTable);
    }
    QVector<Id> order;
    QSet<Id> placed;
    QVector<Id> remaining = schema.tableIds();
    while (!remaining.isEmpty()) {
        bool progress = false;
        for (int i = 0; i < remaining.size(); ++i) {
            const Id table = remaining.at(i);
            bool ready = true;
            for (Id parent : parents.value(table))
                ready = ready && placed.contains(parent);
            if (ready) {
                order.append(table);
                placed.insert(table);
                remaining.removeAt(i);
                progress = true;
                break;
            }
        }
        // A cycle: take the first remaining table in document order and go on.
        if (!progress) {
            order.append(remaining.first());
            placed.insert(remaining.takeFirst());
        }
    }
    return order;
}
