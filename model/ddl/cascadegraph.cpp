#include "cascadegraph.h"

#include "cascadeclosure.h"

#include "../schema.h"

#include <QHash>
#include <QQueue>
#include <QSet>

namespace {

ReferentialAction actionFor(const ForeignKey &key, KeyEvent event)
{
    return event == KeyEvent::Delete ? key.onDelete : key.onUpdate;
}

struct Edge
{
    Id table; // the other end
    Id key;
};

// "a → b (fk_b_a) → d (fk_d_b)"
QString describePath(const Schema &schema, Id start, const QVector<Id> &keys)
{
    const Table *first = schema.table(start);
    QString text = first ? first->name : QString();
    for (Id keyId : keys) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const Table *child = schema.table(key->childTable);
        text += QStringLiteral(" → %1 (%2)").arg(child ? child->name : QString(), key->name);
    }
    return text;
}

// Breadth-first search from `source` over the edges that `edgesOf` gives for a table; `via`
// records, for each table reached, the edge that reached it first.
template<typename EdgesOf>
QHash<Id, Edge> reach(EdgesOf edgesOf, Id source)
{
    QHash<Id, Edge> via;
    QQueue<Id> queue;
    QSet<Id> seen{source};
    queue.enqueue(source);
    while (!queue.isEmpty()) {
        const Id current = queue.dequeue();
        for (const Edge &e : edgesOf(current)) {
            if (seen.contains(e.table))
                continue;
            seen.insert(e.table);
            via.insert(e.table, Edge{current, e.key});
            queue.enqueue(e.table);
        }
    }
    return via;
}

} // namespace

QVector<Problem> CascadeGraph::sqlServerCascadePaths(const Schema &schema,
                                                     const QVector<Id> &keysInCreationOrder)
{
    QVector<Problem> problems;
    QHash<Id, int> tableOrder; // for the meeting table's choice; made on the first rejection
    for (KeyEvent event : {KeyEvent::Delete, KeyEvent::Update}) {
        // The tables of this event's cascading keys, numbered for the closure.
        QHash<Id, int> node;
        QVector<Id> tableOf;
        for (Id keyId : keysInCreationOrder) {
            const ForeignKey &key = *schema.foreignKey(keyId);
            if (!ActionNames::changesChildRows(actionFor(key, event)))
                continue;
            for (Id table : {key.parentTable, key.childTable}) {
                if (!node.contains(table)) {
                    node.insert(table, int(tableOf.size()));
                    tableOf << table;
                }
            }
        }
        CascadeClosure closure(int(tableOf.size()));
        QHash<QPair<int, int>, Id> edgeKey;
        // "The key from a to b", for the paths the messages name: in a multitree, one per pair.
        auto keyBetween = [&](int parent, int child) {
            return edgeKey.value({parent, child});
        };
        // The one path from `from` down to `to` (from reaches to), as keys.
        auto pathDown = [&](int from, int to) {
            QVector<Id> keys;
            while (from != to) {
                for (int next : closure.children().at(from)) {
                    if (closure.reaches(next, to)) {
                        keys << keyBetween(from, next);
                        from = next;
                        break;
                    }
                }
            }
            return keys;
        };
        for (Id keyId : keysInCreationOrder) {
            const ForeignKey &key = *schema.foreignKey(keyId);
            if (!ActionNames::changesChildRows(actionFor(key, event)))
                continue;
            const QString when = DialectRules::eventKeyword(event) + QLatin1Char(' ')
                + ActionNames::sqlKeyword(actionFor(key, event));
            auto reject = [&](const QString &detail) {
                Problem p;
                p.severity = Severity::Error;
                p.code = QStringLiteral("sqlserver-cascade-paths");
                p.objectId = key.id;
                p.object = schema.describe(key.id);
                p.message = tr("SQL Server rejects \"%1\" (%2) with error 1785: %3 Use NO ACTION "
                               "for this key or another key on the path.")
                                .arg(key.name, when, detail);
                problems << p;
            };
            const QString newEdge = describePath(schema, key.parentTable, {key.id});
            if (key.isSelfReference()) {
                reject(tr("a self-reference with a cascading action is a cycle: %1.").arg(newEdge));
                continue;
            }
            const int parent = node.value(key.parentTable);
            const int child = node.value(key.childTable);
            if (!closure.conflicts(parent, child)) {
                closure.addEdge(parent, child);
                edgeKey.insert({parent, child}, key.id);
                continue;
            }
            // Rejected. The rest only words the message, as the search that this replaces did.
            if (closure.reaches(child, parent)) {
                reject(tr("it closes the cycle %1.")
                           .arg(describePath(schema, key.parentTable,
                                             QVector<Id>{key.id} + pathDown(child, parent))));
                continue;
            }
            // A second path: of the tables below the child that an ancestor of the parent
            // already reaches, the first in table order.
            if (tableOrder.isEmpty()) {
                for (int i = 0; i < schema.tableCount(); ++i)
                    tableOrder.insert(schema.tableIds().at(i), i);
            }
            int meeting = -1;
            for (int candidate : closure.meetingPoints(parent, child)) {
                if (meeting < 0
                    || tableOrder.value(tableOf.at(candidate))
                        < tableOrder.value(tableOf.at(meeting)))
                    meeting = candidate;
            }
            // Its old path starts at the ancestor of the parent nearest to it; of equally near
            // ones, the first in the order the former breadth-first search started from: the
            // parent, then its ancestors in the iteration order of a QHash filled walking up
            // from it (reproduced here, so that the message is word for word the same).
            QHash<Id, Edge> aboveParent = reach(
                [&](Id table) {
                    QVector<Edge> up;
                    const int at = node.value(table);
                    for (int p : closure.parents().at(at))
                        up << Edge{tableOf.at(p), keyBetween(p, at)};
                    return up;
                },
                key.parentTable);
            QVector<Id> sources{key.parentTable};
            for (auto it = aboveParent.cbegin(); it != aboveParent.cend(); ++it)
                sources << it.key();
            // Distances from the meeting table's ancestors to it: one path each.
            QHash<int, int> distance{{meeting, 0}};
            QVector<int> walk{meeting};
            for (int i = 0; i < walk.size(); ++i) {
                for (int p : closure.parents().at(walk.at(i))) {
                    distance.insert(p, distance.value(walk.at(i)) + 1);
                    walk << p;
                }
            }
            Id source = 0;
            int nearest = -1;
            for (Id candidate : std::as_const(sources)) {
                const auto it = distance.constFind(node.value(candidate));
                if (it != distance.cend() && *it > 0 && (nearest < 0 || *it < nearest)) {
                    nearest = *it;
                    source = candidate;
                }
            }
            const QVector<Id> oldPath = pathDown(node.value(source), meeting);
            QVector<Id> newPath;
            Id current = source;
            while (current != key.parentTable && aboveParent.contains(current)) {
                const Edge e = aboveParent.value(current);
                newPath << e.key;
                current = e.table;
            }
            newPath << key.id;
            if (meeting != child)
                newPath += pathDown(child, meeting);
            reject(tr("it gives \"%1\" a second cascade path to \"%2\": %3, besides %4.")
                       .arg(schema.table(source)->name, schema.table(tableOf.at(meeting))->name,
                            describePath(schema, source, newPath),
                            describePath(schema, source, oldPath)));
        }
    }
    return problems;
}

QVector<Problem> CascadeGraph::mysqlCascadeDepth(const Schema &schema)
{
    // Cascades nest when the child rows they change are themselves parents: ON DELETE CASCADE
    // deletes further down, ON UPDATE CASCADE / SET NULL update further down.
    const int limit = 15;
    QVector<Problem> problems;
    QSet<Id> reported;
    for (KeyEvent event : {KeyEvent::Delete, KeyEvent::Update}) {
        QHash<Id, QVector<Edge>> down;
        QHash<Id, int> pendingParents;
        QSet<Id> tables;
        for (Id keyId : schema.foreignKeyIds()) {
            const ForeignKey &key = *schema.foreignKey(keyId);
            const ReferentialAction a = actionFor(key, event);
            const bool nests = a == ReferentialAction::Cascade
                || (event == KeyEvent::Update && a == ReferentialAction::SetNull);
            if (!nests || key.isSelfReference())
                continue;
            down[key.parentTable] << Edge{key.childTable, key.id};
            ++pendingParents[key.childTable];
            tables << key.parentTable << key.childTable;
        }
        // Longest chain ending at each table, in topological order; tables on a cycle never
        // become ready and are left out (their depth depends on the data).
        QHash<Id, int> depth;
        QQueue<Id> ready;
        for (Id t : std::as_const(tables)) {
            if (pendingParents.value(t) == 0)
                ready.enqueue(t);
        }
        while (!ready.isEmpty()) {
            const Id current = ready.dequeue();
            for (const Edge &e : down.value(current)) {
                const int d = depth.value(current) + 1;
                if (d > depth.value(e.table))
                    depth.insert(e.table, d);
                if (d > limit && !reported.contains(e.key)) {
                    reported.insert(e.key);
                    Problem p;
                    p.severity = Severity::Warning;
                    p.code = QStringLiteral("mysql-cascade-depth");
                    p.objectId = e.key;
                    p.object = schema.describe(e.key);
                    p.message = tr("\"%1\" is level %2 of a chain of cascading keys (%3); MySQL "
                                   "and MariaDB stop after 15 levels and fail the statement.")
                                    .arg(schema.foreignKey(e.key)->name)
                                    .arg(d)
                                    .arg(DialectRules::eventKeyword(event));
                    problems << p;
                }
                if (--pendingParents[e.table] == 0)
                    ready.enqueue(e.table);
            }
        }
    }
    return problems;
}
