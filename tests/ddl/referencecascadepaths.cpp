#include "referencecascadepaths.h"

#include "ddl/dialectrules.h"
#include "schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QQueue>
#include <QSet>

// The SQL Server cascade-path check as it was before CascadeClosure (commit 17ce807), kept
// verbatim as the reference of the differential test: a breadth-first search of the accepted
// graph for every key, O(keys × graph). Only tr() is spelled out, so that the messages are
// CascadeGraph's.
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CascadeGraph", text);
}
} // namespace

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

// Breadth-first search over `edges` from every table in `sources`; `via` records, for each
// table reached, the edge that reached it first, so that a path can be read back.
QHash<Id, Edge> reach(const QHash<Id, QVector<Edge>> &edges, const QVector<Id> &sources)
{
    QHash<Id, Edge> via;
    QQueue<Id> queue;
    QSet<Id> seen(sources.cbegin(), sources.cend());
    for (Id s : sources)
        queue.enqueue(s);
    while (!queue.isEmpty()) {
        const Id current = queue.dequeue();
        for (const Edge &e : edges.value(current)) {
            if (seen.contains(e.table))
                continue;
            seen.insert(e.table);
            via.insert(e.table, Edge{current, e.key});
            queue.enqueue(e.table);
        }
    }
    return via;
}

// The keys from a source of `via` to `target`, in path order.
QVector<Id> pathTo(const QHash<Id, Edge> &via, Id target, Id *source)
{
    QVector<Id> keys;
    Id current = target;
    while (via.contains(current)) {
        const Edge e = via.value(current);
        keys.prepend(e.key);
        current = e.table;
    }
    *source = current;
    return keys;
}

} // namespace

QVector<Problem> ReferenceCascadePaths::sqlServer(const Schema &schema,
                                                  const QVector<Id> &keysInCreationOrder)
{
    QVector<Problem> problems;
    for (KeyEvent event : {KeyEvent::Delete, KeyEvent::Update}) {
        QHash<Id, QVector<Edge>> down; // parent → children, accepted keys only
        QHash<Id, QVector<Edge>> up; // child → parents
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
            // A cycle: the parent is already reachable from the child.
            const QHash<Id, Edge> fromChild = reach(down, {key.childTable});
            if (fromChild.contains(key.parentTable)) {
                Id source = 0;
                const QVector<Id> back = pathTo(fromChild, key.parentTable, &source);
                reject(tr("it closes the cycle %1.")
                           .arg(describePath(schema, key.parentTable, QVector<Id>{key.id} + back)));
                continue;
            }
            // A second path: some table that reaches the parent (or the parent itself) already
            // reaches the child or one of its descendants.
            QVector<Id> ancestors{key.parentTable};
            const QHash<Id, Edge> aboveParent = reach(up, {key.parentTable});
            for (auto it = aboveParent.cbegin(); it != aboveParent.cend(); ++it)
                ancestors << it.key();
            QSet<Id> below{key.childTable};
            for (auto it = fromChild.cbegin(); it != fromChild.cend(); ++it)
                below.insert(it.key());
            const QHash<Id, Edge> existing = reach(down, ancestors);
            Id meeting = 0;
            for (Id target : std::as_const(below)) {
                if (existing.contains(target)
                    && (meeting == 0 || schema.tableIndex(target) < schema.tableIndex(meeting)))
                    meeting = target;
            }
            if (meeting != 0) {
                Id source = 0;
                const QVector<Id> oldPath = pathTo(existing, meeting, &source);
                // The new path: source ⇝ parent (reversed walk up), the key, child ⇝ meeting.
                QVector<Id> newPath;
                Id current = source;
                while (current != key.parentTable && aboveParent.contains(current)) {
                    const Edge e = aboveParent.value(current);
                    newPath << e.key;
                    current = e.table;
                }
                newPath << key.id;
                Id ignored = 0;
                if (meeting != key.childTable)
                    newPath += pathTo(reach(down, {key.childTable}), meeting, &ignored);
                reject(tr("it gives \"%1\" a second cascade path to \"%2\": %3, besides %4.")
                           .arg(schema.table(source)->name, schema.table(meeting)->name,
                                describePath(schema, source, newPath),
                                describePath(schema, source, oldPath)));
                continue;
            }
            down[key.parentTable] << Edge{key.childTable, key.id};
            up[key.childTable] << Edge{key.parentTable, key.id};
        }
    }
    return problems;
}
