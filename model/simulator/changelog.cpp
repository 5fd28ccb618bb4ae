#include "changelog.h"

#include "../schema.h"
#include "scratchdatabase.h"

#include <QHash>

#include <functional>

#include <sqlite3.h>

namespace {

const char LogTable[] = "joinery_log"; // in temp; trigger bodies may not qualify names

QString triggerName(int tableIndex, char op)
{
    return QStringLiteral("joinery_log_%1_%2").arg(QLatin1Char(op)).arg(tableIndex);
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

} // namespace

ChangeLog::ChangeLog(ScratchDatabase *db, const Schema &schema)
    : m_db(db)
    , m_schema(schema)
{
    for (Id tableId : schema.tableIds())
        m_width = qMax(m_width, int(schema.table(tableId)->columns.size()));
}

bool ChangeLog::install()
{
    QStringList columns{QStringLiteral("seq INTEGER PRIMARY KEY"), QStringLiteral("tbl"),
                        QStringLiteral("op")};
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("o%1").arg(c);
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("n%1").arg(c);
    if (!m_db->exec(QStringLiteral("CREATE TEMP TABLE joinery_log (%1)")
                        .arg(columns.join(QLatin1String(", "))))) {
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
        const QString onDelete
            = QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE DELETE ON %2 BEGIN INSERT INTO "
                             "%3 (tbl, op, %4) VALUES (%5, 0, %6); END")
                  .arg(triggerName(t, 'd'), name, QLatin1String(LogTable),
                       oldNames.join(QLatin1String(", ")))
                  .arg(t)
                  .arg(oldValues.join(QLatin1String(", ")));
        const QString onUpdate
            = QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE UPDATE ON %2 BEGIN INSERT INTO "
                             "%3 (tbl, op, %4, %5) VALUES (%6, 1, %7, %8); END")
                  .arg(triggerName(t, 'u'), name, QLatin1String(LogTable),
                       oldNames.join(QLatin1String(", ")), newNames.join(QLatin1String(", ")))
                  .arg(t)
                  .arg(oldValues.join(QLatin1String(", ")), newValues.join(QLatin1String(", ")));
        if (!m_db->exec(onDelete) || !m_db->exec(onUpdate)) {
            m_error = m_db->error();
            return false;
        }
    }
    return true;
}

bool ChangeLog::remove()
{
    for (int t = 0; t < m_schema.tableCount(); ++t) {
        if (!m_db->exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(triggerName(t, 'd')))
            || !m_db->exec(
                QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(triggerName(t, 'u')))) {
            m_error = m_db->error();
            return false;
        }
    }
    if (!m_db->exec(QStringLiteral("DROP TABLE IF EXISTS temp.joinery_log"))) {
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

bool ChangeLog::forEach(const std::function<void(int, bool, RowChange &)> &visit)
{
    QStringList columns{QStringLiteral("tbl"), QStringLiteral("op")};
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("o%1").arg(c);
    for (int c = 0; c < m_width; ++c)
        columns << QStringLiteral("n%1").arg(c);
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY seq")
                               .arg(columns.join(QLatin1String(", ")), QLatin1String(LogTable))
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
        const bool isDelete = sqlite3_column_int(statement, 1) == 0;
        if (t < 0 || t >= ids.size())
            continue;
        const int width = m_schema.table(ids.at(t))->columns.size();
        RowChange row;
        row.before.resize(width);
        for (int c = 0; c < width; ++c)
            row.before[c] = columnValue(statement, 2 + c);
        if (!isDelete) {
            row.after.resize(width);
            for (int c = 0; c < width; ++c)
                row.after[c] = columnValue(statement, 2 + m_width + c);
        }
        visit(t, isDelete, row);
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
    const bool ok = forEach([&](int t, bool isDelete, RowChange &row) {
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

    int changed = 0;
    const bool ok = forEach([&](int t, bool isDelete, RowChange &row) {
        ++changed;
        // Which earlier parent change explains this row, through which key action.
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
            if (isDelete ? acting != ReferentialAction::Cascade
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
        EffectNode &target = nodes[node];
        ++target.rows;
        // This row is now a changed parent for the keys that reference its table.
        for (const KeyEnd &end : asParent.at(t)) {
            if (!isDelete && !changes(row, end.positions))
                continue;
            const QString tuple = tupleKey(row.before, end.positions);
            if (!tuple.isEmpty())
                parentChanges[end.key].insert(tuple, node);
        }
        if (target.samples.size() < SimulationResult::MaxSamples)
            target.samples.append(std::move(row));
    });
    if (!ok)
        return false;
    result->changedRows = changed;
    return true;
}
