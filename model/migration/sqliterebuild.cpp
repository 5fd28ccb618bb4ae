// SqliteMigrationWriter's two table rebuilds, the plain 12-step one and D1's stash and restore,
// and what D1's one needs: the tables a DROP's actions reach, and children-first order.
#include "sqlitemigrationwriter.h"

#include <QQueue>

namespace {

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool hasAutoIncrement(const Schema &schema, const Table &table)
{
    if (schema.sourceDialect != Dialects::id(Dialect::SQLite))
        return false; // only a SQLite-native schema writes AUTOINCREMENT
    for (const Column &c : table.columns) {
        if (c.autoIncrement && table.isPrimaryKeyColumn(c.id))
            return true;
    }
    return false;
}

} // namespace

void SqliteMigrationWriter::writePlainRebuild(MigrationScript *script, const Table &oldTable,
                                              const Table &newTable)
{
    const QVector<int> own = changesOf(newTable.id);
    const QString table = name(newTable.name);
    const QString temp = name(QStringLiteral("__joinery_new_") + newTable.name);
    // The create script's statement under the temporary name; a self-reference keeps naming
    // the table, which is right once the new table has taken its name.
    QString create = createTableSql(newTable.id);
    const QString head = QStringLiteral("CREATE TABLE ") + table;
    create = QStringLiteral("CREATE TABLE ") + temp + create.mid(head.size());
    script->add(create, own);
    QString columns;
    copyColumns(oldTable, newTable, &columns);
    if (!columns.isEmpty())
        script->add(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(temp, columns, table), own);
    if (hasAutoIncrement(m_old, oldTable) && hasAutoIncrement(m_new, newTable)) {
        // A rebuild would restart AUTOINCREMENT at the highest id left, so ids of deleted rows
        // would come back: the old counter goes to the new table (and moves with the rename).
        const QString tempName = QStringLiteral("__joinery_new_") + newTable.name;
        script->add(
            QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1").arg(literal(tempName)),
            own);
        script->add(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT %1, seq FROM "
                                   "sqlite_sequence WHERE name = %2")
                        .arg(literal(tempName), literal(newTable.name)),
                    own);
    }
    script->add(QStringLiteral("DROP TABLE %1").arg(table), own);
    script->add(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(temp, table), own);
    writeIndexesAndTriggers(script, newTable, own);
}

void SqliteMigrationWriter::writeD1Rebuild(MigrationScript *script, const Table &oldTable,
                                           const Table &newTable)
{
    const QVector<int> own = changesOf(newTable.id);
    const QString table = name(newTable.name);
    QVector<Id> restrictChildren;
    const QVector<Id> stashed = actionReachable(newTable.id, &restrictChildren);
    if (!restrictChildren.isEmpty()) {
        QStringList names;
        for (Id id : restrictChildren)
            names << m_new.table(id)->name;
        script->addProblem(MigrationProblem::Kind::Refused, -1,
                           tr("%1 must be rebuilt (SQLite cannot alter it in place), and D1 runs "
                              "the file with keys on: DROP TABLE deletes its rows first, which "
                              "ON DELETE RESTRICT of %2 refuses at once. Drop or relax that key "
                              "in an earlier migration.")
                               .arg(newTable.name, names.join(QStringLiteral(", "))));
        return;
    }
    QStringList stashNames;
    for (Id id : stashed) {
        const QString child = name(m_new.table(id)->name);
        const QString stash = name(QStringLiteral("__joinery_bak_") + m_new.table(id)->name);
        script->add(QStringLiteral("CREATE TABLE %1 AS SELECT * FROM %2").arg(stash, child), own);
        stashNames << m_new.table(id)->name;
    }
    const QString stash = name(QStringLiteral("__joinery_bak_") + newTable.name);
    script->add(QStringLiteral("CREATE TABLE %1 AS SELECT * FROM %2").arg(stash, table), own);
    const bool sequence = hasAutoIncrement(m_old, oldTable) && hasAutoIncrement(m_new, newTable);
    const QString savedSequence = name(QStringLiteral("__joinery_seq_") + newTable.name);
    if (sequence)
        script->add(QStringLiteral("CREATE TABLE %1 AS SELECT seq FROM sqlite_sequence WHERE "
                                   "name = %2")
                        .arg(savedSequence, literal(newTable.name)),
                    own);
    const int drop = script->add(QStringLiteral("DROP TABLE %1").arg(table), own);
    if (!stashed.isEmpty())
        script->addProblem(MigrationProblem::Kind::Note, drop,
                           tr("DROP TABLE %1 fires its ON DELETE actions on %2; their rows are "
                              "stashed above and restored below, and their DELETE triggers "
                              "fire.")
                               .arg(newTable.name, stashNames.join(QStringLiteral(", "))));
    script->add(createTableSql(newTable.id), own);
    QString columns;
    copyColumns(oldTable, newTable, &columns);
    if (!columns.isEmpty())
        script->add(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(table, columns, stash),
            own);
    if (sequence) {
        script->add(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1")
                        .arg(literal(newTable.name)),
                    own);
        script->add(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT %1, seq FROM "
                                   "%2")
                        .arg(literal(newTable.name), savedSequence),
                    own);
        script->add(QStringLiteral("DROP TABLE %1").arg(savedSequence), own);
    }
    m_newShape.insert(newTable.id);
    writeIndexesAndTriggers(script, newTable, own);
    // Top down: replacing a SET NULL child re-fires its own CASCADE into its children, which
    // are restored after it.
    for (Id id : stashed) {
        const QString columnsNow = currentColumns(id);
        script->add(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) SELECT %2 FROM %3")
                        .arg(name(m_new.table(id)->name), columnsNow,
                             name(QStringLiteral("__joinery_bak_") + m_new.table(id)->name)),
                    own);
    }
    for (Id id : stashed)
        script->add(QStringLiteral("DROP TABLE %1")
                        .arg(name(QStringLiteral("__joinery_bak_") + m_new.table(id)->name)),
                    own);
    script->add(QStringLiteral("DROP TABLE %1").arg(stash), own);
}

QVector<Id> SqliteMigrationWriter::actionReachable(Id newTable, QVector<Id> *restrictChildren) const
{
    struct Edge
    {
        Id parent;
        Id child;
        ReferentialAction onDelete;
    };
    QVector<Edge> edges;
    for (Id keyId : m_new.foreignKeyIds()) {
        const ForeignKey &k = *m_new.foreignKey(keyId);
        edges.append({k.parentTable, k.childTable, k.onDelete});
    }
    for (Id keyId : m_old.foreignKeyIds()) {
        const ForeignKey &k = *m_old.foreignKey(keyId);
        const Id parent = m_diff.match().toNew(k.parentTable);
        const Id child = m_diff.match().toNew(k.childTable);
        if (parent && child)
            edges.append({parent, child, k.onDelete});
    }
    QVector<Id> order;
    QQueue<Id> queue;
    queue.enqueue(newTable);
    QSet<Id> seen{newTable};
    while (!queue.isEmpty()) {
        const Id table = queue.dequeue();
        for (const Edge &e : edges) {
            if (e.parent != table || seen.contains(e.child))
                continue;
            if (e.onDelete == ReferentialAction::Restrict) {
                if (!restrictChildren->contains(e.child))
                    restrictChildren->append(e.child);
                continue;
            }
            if (!ActionNames::changesChildRows(e.onDelete))
                continue;
            seen.insert(e.child);
            order << e.child;
            queue.enqueue(e.child);
        }
    }
    // Breadth first is not top down when a table is reached by paths of different lengths (a
    // child of the rebuilt table and of one of its children): restored before that other
    // parent, its rows would be deleted again by the parent's INSERT OR REPLACE through an ON
    // DELETE CASCADE. So parents first; a cycle keeps the breadth-first order.
    QVector<Id> topDown;
    while (!order.isEmpty()) {
        int next = 0;
        for (int i = 0; i < order.size(); ++i) {
            bool waits = false;
            for (const Edge &e : edges)
                waits = waits
                    || (e.child == order.at(i) && e.parent != e.child && order.contains(e.parent));
            if (!waits) {
                next = i;
                break;
            }
        }
        topDown << order.takeAt(next);
    }
    return topDown;
}

QVector<Id> SqliteMigrationWriter::rebuildOrder(const QVector<Id> &tables) const
{
    if (!m_d1)
        return tables;
    // Children first: a child rebuilt before its parent is stashed in its new shape, and a key
    // a child drops no longer reaches it when the parent is dropped.
    QVector<Id> order;
    QVector<Id> pending = tables;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (int i = 0; i < pending.size(); ++i) {
            const Id table = pending.at(i);
            bool waits = false;
            for (Id keyId : m_new.foreignKeyIds()) {
                const ForeignKey &k = *m_new.foreignKey(keyId);
                waits = waits
                    || (k.parentTable == table && k.childTable != table
                        && pending.contains(k.childTable));
            }
            if (!waits) {
                order << table;
                pending.removeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) { // a cycle: any order, the stash covers both directions
            order += pending;
            break;
        }
    }
    return order;
}
