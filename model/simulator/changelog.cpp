#include "changelog.h"

#include "../schema.h"
#include "scratchdatabase.h"

#include <QHash>
#include <QSet>

#include <functional>

#include <sqlite3.h>

namespace {

QString triggerName(const QString &logTable, int tableIndex, char op)
{
    return QStringLiteral("%1_%2_%3").arg(logTable, QString(QLatin1Char(op))).arg(tableIndex);
}

QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_TEXT:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default:
        return QVariant();
    }
}

// Key values compared the way SQLite compares them after the parent's affinity: 1, 1.0 and
// '1' are one key. An empty string means a NULL part: such a child row references nothing.
QString tupleKey(const QVector<QVariant> &values, const QVector<int> &positions)
{
    QString key;
    for (int p : positions) {
        const QVariant &v = values.at(p);
        if (v.isNull())
            return {};
        if (v.typeId() == QMetaType::Double && v.toDouble() == double(qlonglong(v.toDouble())))
            key += QString::number(qlonglong(v.toDouble()));
        else
            key += v.toString();
        key += QChar(0x1f);
    }
    return key;
}

// The node a logged row belongs to: same parent node, table, action and key.
struct GroupKey
{
    int parent;
    int table;
    int action;
    Id via;
    bool operator==(const GroupKey &o) const
    {
        return parent == o.parent && table == o.table && action == o.action && via == o.via;
    }
};

size_t qHash(const GroupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.parent, key.table, key.action, key.via);
}

bool changes(const RowChange &row, const QVector<int> &positions)
{
    for (int p : positions) {
        const QVariant &a = row.before.at(p), &b = row.after.at(p);
        if (a.isNull() != b.isNull() || a != b)
            return true;
    }
    return false;
}

// Same value and same storage class in every column: 1 and '1' differ, as SQLite stores them.
bool unchanged(const RowChange &row)
{
    for (int p = 0; p < row.before.size(); ++p) {
        const QVariant &a = row.before.at(p), &b = row.after.at(p);
        if (a.isNull() != b.isNull() || (!a.isNull() && (a.typeId() != b.typeId() || a != b)))
            return false;
    }
    return true;
}

} // namespace

ChangeLog::ChangeLog(ScratchDatabase *db, const Schema &schema)
    : m_db(db)
    , m_schema(schema)
{
    // The log lives in temp, where trigger bodies find it before a main table of the same
    // name; a name of its own keeps it apart from the user's tables all the same.
    QSet<QString> names;
    for (Id tableId : schema.tableIds()) {
        const Table *table = schema.table(tableId);
        m_width = qMax(m_width, int(table->columns.size()));
        names.insert(table->name.toLower());
        // A column may take the name of the rowid; SQLite then answers to the next alias.
        QString rowId;
        if (!table->options.withoutRowid) {
            for (const char *alias : {"rowid", "_rowid_", "oid"}) {
                if (!table->columnByName(QLatin1String(alias))) {
                    rowId = QLatin1String(alias);
                    break;
                }
            }
        }
        m_rowIdNames << rowId;
    }
    m_logTable = QStringLiteral("joinery_log");
    for (int n = 2; names.contains(m_logTable); ++n)
        m_logTable = QStringLiteral("joinery_log%1").arg(n);
}

bool ChangeLog::install()
{
    QStringList columns{QStringLiteral("seq INTEGER PRIMARY KEY"), QStringLiteral("tbl"),
                        QStringLiteral("op"), QStringLiteral("rid"), QStringLiteral("nrid")};
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("o%1").arg(c);
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("n%1").arg(c);
    if (!m_db->exec(QStringLiteral("CREATE TEMP TABLE %1 (%2)")
                        .arg(m_logTable, columns.join(QLatin1String(", "))))) {
        m_error = m_db->error();
        return false;
    }
    const QVector<Id> &ids = m_schema.tableIds();
    for (int t = 0; t < ids.size(); ++t) {
        const Table *table = m_schema.table(ids.at(t));
        QStringList oldNames, newNames, oldValues, newValues;
        for (int c = 0; c < table->columns.size(); ++c) {
            const QString column = ScratchDatabase::quote(table->columns.at(c).name);
            oldNames << QStringLiteral("o%1").arg(c);
            newNames << QStringLiteral("n%1").arg(c);
            oldValues << QStringLiteral("OLD.") + column;
            newValues << QStringLiteral("NEW.") + column;
        }
        const QString name = ScratchDatabase::quote(table->name);
        const QString rowId = m_rowIdNames.at(t).isEmpty()
            ? QStringLiteral("NULL")
            : QStringLiteral("OLD.") + m_rowIdNames.at(t);
        const QString newRowId = m_rowIdNames.at(t).isEmpty()
            ? QStringLiteral("NULL")
            : QStringLiteral("NEW.") + m_rowIdNames.at(t);
        const QString onDelete
            = QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE DELETE ON %2 BEGIN INSERT INTO "
                             "%3 (tbl, op, rid, %4) VALUES (%5, 0, %6, %7); END")
                  .arg(triggerName(m_logTable, t, 'd'), name, m_logTable,
                       oldNames.join(QLatin1String(", ")))
                  .arg(t)
                  .arg(rowId, oldValues.join(QLatin1String(", ")));
        const QString onUpdate
            = QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE UPDATE ON %2 BEGIN INSERT INTO "
                             "%3 (tbl, op, rid, nrid, %4, %5) VALUES (%6, 1, %7, %8, %9); END")
                  .arg(triggerName(m_logTable, t, 'u'), name, m_logTable,
                       oldNames.join(QLatin1String(", ")), newNames.join(QLatin1String(", ")))
                  .arg(t)
                  .arg(rowId + QLatin1String(", ") + newRowId, oldValues.join(QLatin1String(", ")),
                       newValues.join(QLatin1String(", ")));
        // The moment a row moved to another rowid lands there (see read()).
        const QString landed = m_rowIdNames.at(t).isEmpty()
            ? QString()
            : QStringLiteral("CREATE TEMP TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.%3 IS NOT "
                             "NEW.%3 BEGIN INSERT INTO %4 (tbl, op, rid) VALUES (%5, 2, NEW.%3); "
                             "END")
                  .arg(triggerName(m_logTable, t, 'm'), name, m_rowIdNames.at(t), m_logTable)
                  .arg(t);
        if (!m_db->exec(onDelete) || !m_db->exec(onUpdate)
            || (!landed.isEmpty() && !m_db->exec(landed))) {
            m_error = m_db->error();
            return false;
        }
    }
    return true;
}

bool ChangeLog::remove()
{
    for (int t = 0; t < m_schema.tableCount(); ++t) {
        if (!m_db->exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1")
                            .arg(triggerName(m_logTable, t, 'd')))
            || !m_db->exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1")
                               .arg(triggerName(m_logTable, t, 'u')))
            || !m_db->exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1")
                               .arg(triggerName(m_logTable, t, 'm')))) {
            m_error = m_db->error();
            return false;
        }
    }
    if (!m_db->exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_logTable))) {
        m_error = m_db->error();
        return false;
    }
    return true;
}

void ChangeLog::keyEnds(QVector<QVector<KeyEnd>> *asChild, QVector<QVector<KeyEnd>> *asParent) const
{
    asChild->fill({}, m_schema.tableCount());
    asParent->fill({}, m_schema.tableCount());
    for (Id keyId : m_schema.foreignKeyIds()) {
        const ForeignKey *key = m_schema.foreignKey(keyId);
        const Table *child = m_schema.table(key->childTable);
        const Table *parent = m_schema.table(key->parentTable);
        KeyEnd childEnd{keyId, {}}, parentEnd{keyId, {}};
        for (Id c : key->childColumns)
            childEnd.positions.append(child->columnIndex(c));
        for (Id c : key->parentColumns)
            parentEnd.positions.append(parent->columnIndex(c));
        (*asChild)[m_schema.tableIndex(key->childTable)].append(childEnd);
        (*asParent)[m_schema.tableIndex(key->parentTable)].append(parentEnd);
    }
}

bool ChangeLog::forEach(
    const std::function<void(int, bool, qlonglong, qlonglong, RowChange &)> &visit,
    const std::function<void(int, qlonglong)> &landed)
{
    QStringList columns{QStringLiteral("tbl"), QStringLiteral("op"), QStringLiteral("rid"),
                        QStringLiteral("nrid")};
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("o%1").arg(c);
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("n%1").arg(c);
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY seq")
                               .arg(columns.join(QLatin1String(", ")), m_logTable)
                               .toUtf8();
    sqlite3 *db = m_db->handle();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const QVector<Id> &ids = m_schema.tableIds();
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const int t = sqlite3_column_int(statement, 0);
        const int op = sqlite3_column_int(statement, 1);
        const bool isDelete = op == 0;
        const qlonglong rowId = sqlite3_column_type(statement, 2) == SQLITE_NULL
            ? -1
            : sqlite3_column_int64(statement, 2);
        const qlonglong newRowId = sqlite3_column_type(statement, 3) == SQLITE_NULL
            ? rowId
            : sqlite3_column_int64(statement, 3);
        if (t < 0 || t >= ids.size())
            continue;
        if (op == 2) {
            if (landed)
                landed(t, rowId);
            continue;
        }
        const int width = m_schema.table(ids.at(t))->columns.size();
        RowChange row;
        row.before.resize(width);
        for (int c = 0; c < width; ++c)
            row.before[c] = columnValue(statement, 4 + c);
        if (!isDelete) {
            row.after.resize(width);
            for (int c = 0; c < width; ++c)
                row.after[c] = columnValue(statement, 4 + m_width + c);
        }
        visit(t, isDelete, rowId, newRowId, row);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

bool ChangeLog::findLateReference(LateReference *found)
{
    QVector<QVector<KeyEnd>> asChild, asParent;
    keyEnds(&asChild, &asParent);
    QHash<Id, QHash<QString, bool>> restricted; // key -> parent tuples gone, deleted?
    bool done = false;
    const bool ok = forEach([&](int t, bool isDelete, qlonglong, qlonglong, RowChange &row) {
        if (done)
            return;
        for (const KeyEnd &end : asChild.at(t)) {
            const auto keyIt = restricted.constFind(end.key);
            if (keyIt == restricted.cend())
                continue;
            const QString tuple = tupleKey(row.before, end.positions);
            const auto hit = keyIt->constFind(tuple);
            if (tuple.isEmpty() || hit == keyIt->cend())
                continue;
            found->key = end.key;
            found->childTable = m_schema.tableIds().at(t);
            found->childRow = row.before;
            found->parentDeleted = hit.value();
            done = true;
            return;
        }
        for (const KeyEnd &end : asParent.at(t)) {
            const ForeignKey *key = m_schema.foreignKey(end.key);
            const ReferentialAction acting = isDelete ? key->onDelete : key->onUpdate;
            if (acting != ReferentialAction::Restrict
                || (!isDelete && !changes(row, end.positions)))
                continue;
            const QString tuple = tupleKey(row.before, end.positions);
            if (!tuple.isEmpty())
                restricted[end.key].insert(tuple, isDelete);
        }
    });
    return ok && done;
}

bool ChangeLog::read(SimulationResult *result)
{
    const QVector<Id> &ids = m_schema.tableIds();
    QVector<QVector<KeyEnd>> asChild, asParent;
    keyEnds(&asChild, &asParent);

    // Per key: the parent key values changed so far, and the node holding that change.
    QHash<Id, QHash<QString, int>> parentChanges;
    QHash<GroupKey, int> groups; // -> node
    QVector<EffectNode> &nodes = result->nodes;
    nodes.clear();

    // First pass: every logged change attributed to the earlier parent change that explains
    // it, and grouped into a node. A row can be logged more than once (reached by two keys, by
    // the statement and a key, updated and then deleted); it counts once, in the node of the
    // change that decides what happened to it: a delete, else an update, else SET DEFAULT,
    // else SET NULL, the first of equals.
    QVector<int> eventNode;
    QHash<QPair<int, qlonglong>, int> deciding; // (table, rowid) -> event
    QVector<bool> decides;
    const auto rank = [](EffectAction action) {
        return action == EffectAction::Deleted   ? 3
            : action == EffectAction::Updated    ? 2
            : action == EffectAction::SetDefault ? 1
                                                 : 0;
    };
    // A row is identified by the rowid it first had. An UPDATE of an INTEGER PRIMARY KEY
    // moves it: the BEFORE trigger logs the move, a row REPLACE then removes from the new rowid
    // is still the old one there; the moved row has landed at its AFTER trigger, or when a key
    // action updates it (key actions run before AFTER triggers), seen by its values.
    struct Move
    {
        qlonglong identity;
        QVector<QVariant> values;
    };
    QHash<QPair<int, qlonglong>, Move> moving; // (table, rowid now) -> the row on its way
    QHash<QPair<int, qlonglong>, qlonglong> moved; // (table, rowid now) -> first rowid
    const auto landed = [&](int t, qlonglong rowId) {
        const auto it = moving.find({t, rowId});
        if (it != moving.end()) {
            moved.insert({t, rowId}, it->identity);
            moving.erase(it);
        }
    };
    bool ok = forEach(
        [&](int t, bool isDelete, qlonglong rowId, qlonglong newRowId, RowChange &row) {
            const auto pending = moving.constFind({t, rowId});
            if (!isDelete && pending != moving.cend() && unchanged({row.before, pending->values}))
                landed(t, rowId);
            const qlonglong identity = moved.value({t, rowId}, rowId);
            if (!isDelete && newRowId != rowId) {
                moved.remove({t, rowId});
                moving.insert({t, newRowId}, {identity, row.after});
            }
            // An UPDATE that writes a row's own values changes nothing, and no key acts on it.
            if (!isDelete && unchanged(row)) {
                eventNode.append(-1);
                decides.append(false);
                return;
            }
            int parentNode = -1;
            Id via = 0;
            ReferentialAction keyAction = ReferentialAction::NoAction;
            EffectAction action = isDelete ? EffectAction::Deleted : EffectAction::Updated;
            for (const KeyEnd &end : asChild.at(t)) {
                const auto found = parentChanges.constFind(end.key);
                if (found == parentChanges.cend())
                    continue;
                const QString tuple = tupleKey(row.before, end.positions);
                if (tuple.isEmpty())
                    continue;
                const int candidate = found->value(tuple, -1);
                if (candidate < 0)
                    continue;
                const ForeignKey *key = m_schema.foreignKey(end.key);
                const bool parentDeleted = nodes.at(candidate).action == EffectAction::Deleted;
                const ReferentialAction acting = parentDeleted ? key->onDelete : key->onUpdate;
                if (isDelete
                        ? acting != ReferentialAction::Cascade
                        : !(ActionNames::changesChildRows(acting) && changes(row, end.positions)))
                    continue;
                parentNode = candidate;
                via = end.key;
                keyAction = acting;
                if (!isDelete) {
                    action = acting == ReferentialAction::SetNull ? EffectAction::SetNull
                        : acting == ReferentialAction::SetDefault ? EffectAction::SetDefault
                                                                  : EffectAction::Updated;
                }
                break;
            }
            const GroupKey groupKey{parentNode, t, int(action), via};
            int node = groups.value(groupKey, -1);
            if (node < 0) {
                EffectNode n;
                n.parent = parentNode;
                n.table = ids.at(t);
                n.viaKey = via;
                n.keyAction = keyAction;
                n.action = action;
                n.depth = parentNode < 0 ? 0 : nodes.at(parentNode).depth + 1;
                node = nodes.size();
                nodes.append(n);
                if (parentNode >= 0)
                    nodes[parentNode].children.append(node);
                groups.insert(groupKey, node);
            }
            const int event = eventNode.size();
            eventNode.append(node);
            decides.append(true);
            if (identity >= 0) {
                const auto previous = deciding.find({t, identity});
                if (previous == deciding.end()) {
                    deciding.insert({t, identity}, event);
                } else if (rank(action) > rank(nodes.at(eventNode.at(*previous)).action)) {
                    decides[*previous] = false;
                    *previous = event;
                } else {
                    decides[event] = false;
                }
            }
            // This row is now a changed parent for the keys that reference its table.
            for (const KeyEnd &end : asParent.at(t)) {
                if (!isDelete && !changes(row, end.positions))
                    continue;
                const QString tuple = tupleKey(row.before, end.positions);
                if (!tuple.isEmpty())
                    parentChanges[end.key].insert(tuple, node);
            }
        },
        landed);
    if (!ok)
        return false;

    // Second pass: each row counted, and sampled, in the node of its deciding change; the
    // keys of its other changes listed there too.
    int event = 0;
    int changed = 0;
    ok = forEach([&](int, bool, qlonglong, qlonglong, RowChange &row) {
        const int e = event++;
        if (!decides.at(e))
            return;
        EffectNode &target = nodes[eventNode.at(e)];
        ++changed;
        ++target.rows;
        if (target.samples.size() < SimulationResult::MaxSamples)
            target.samples.append(std::move(row));
    });
    if (!ok)
        return false;
    // Nodes left without rows and without descendants that have rows are dropped (a row
    // reached twice); children come after their parents, so one backward pass decides.
    QVector<bool> keep(nodes.size(), false);
    for (int n = nodes.size() - 1; n >= 0; --n) {
        keep[n] = keep[n] || nodes.at(n).rows > 0;
        if (keep[n] && nodes.at(n).parent >= 0)
            keep[nodes.at(n).parent] = true;
    }
    QVector<int> index(nodes.size(), -1);
    QVector<EffectNode> kept;
    for (int n = 0; n < nodes.size(); ++n) {
        if (!keep.at(n))
            continue;
        index[n] = kept.size();
        EffectNode node = nodes.at(n);
        node.parent = node.parent >= 0 ? index.at(node.parent) : -1;
        node.children.clear();
        if (node.parent >= 0)
            kept[node.parent].children.append(kept.size());
        kept.append(std::move(node));
    }
    nodes = kept;
    result->changedRows = changed;
    return true;
}
