#include "changelog.h"

#include "../schema.h"
#include "scratchdatabase.h"

#include <QHash>
#include <QSet>

#include <cstring>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace {


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


// (table, rowid) -> an event, for the rows of a log, since a cascade of a million rows looks
// each of them up. A table whose rowids lie close together (as they mostly do) gets an array
// over its range of rowids: a tenth of the memory of a hash, so most lookups hit the cache;
// the others share a hash, open addressing in one block sized once for every event.
class ChangeLogRowIndex
{
public:
    // `first` and `last`: per table, the smallest and largest rowid logged (first > last:
    // none); `rows`: how many rows the log holds.
    ChangeLogRowIndex(const QVector<qlonglong> &first, const QVector<qlonglong> &last,
                      qsizetype rows)
        : m_first(first)
        , m_dense(first.size())
    {
        qsizetype hashed = 0;
        for (int t = 0; t < first.size(); ++t) {
            if (first.at(t) > last.at(t))
                continue;
            const quint64 span = quint64(last.at(t)) - quint64(first.at(t)) + 1;
            if (span <= quint64(4 * rows + 1024))
                m_dense[t].assign(size_t(span), -1);
            else
                hashed = rows;
        }
        size_t capacity = 16;
        while (capacity < size_t(hashed) * 2)
            capacity <<= 1;
        m_slots.assign(capacity, Slot{0, -1, 0});
        m_mask = capacity - 1;
    }
    // The event of the row, or null; `insert` adds the row with `event` when it is not there.
    int *find(int table, qlonglong rowId, bool insert, int event)
    {
        std::vector<int> &dense = m_dense[table];
        if (!dense.empty()) {
            int &slot = dense[size_t(rowId - m_first.at(table))];
            if (slot >= 0)
                return &slot;
            if (insert)
                slot = event;
            return nullptr;
        }
        // Rows come mostly in rowid order: runs of 64 rowids stay together in memory (a hash
        // mixing every bit misses the cache on every row), the runs themselves are spread.
        quint64 run = (quint64(rowId) >> 6) * 0x9E3779B97F4A7C15ull
            + quint64(table) * 0xC2B2AE3D27D4EB4Full;
        run ^= run >> 29;
        const quint64 h = (run << 6) | (quint64(rowId) & 63);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.table < 0) {
                if (insert)
                    slot = Slot{rowId, table, event};
                return nullptr;
            }
            if (slot.table == table && slot.rowId == rowId)
                return &slot.event;
        }
    }

private:
    struct Slot
    {
        qlonglong rowId;
        int table; // -1: empty
        int event;
    };
    QVector<qlonglong> m_first;
    std::vector<std::vector<int>> m_dense; // per table: empty, or rowid - first -> event
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

// Where the value after the one at `p` starts.
const char *changeLogSkip(const char *p)
{
    switch (*p) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        return p + 1 + 8;
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        qint32 size;
        memcpy(&size, p + 1, sizeof size);
        return p + 1 + sizeof size + size;
    }
    default:
        return p + 1;
    }
}

} // namespace

ChangeLog::ChangeLog(ScratchDatabase *db, const Schema &schema)
    : m_db(db)
    , m_schema(schema)
{
    const QVector<Id> &ids = schema.tableIds();
    for (int t = 0; t < ids.size(); ++t) {
        const Table *table = schema.table(ids.at(t));
        m_tableByName.insert(table->name.toLower(), t);
        m_hasRowId << !table->options.withoutRowid;
        // SQLite's record leaves VIRTUAL generated columns out; the others keep their order.
        QVector<int> storage;
        int stored = 0;
        for (const Column &column : table->columns)
            storage << (column.isGenerated() && !column.generatedStored ? -1 : stored++);
        m_storage << storage;
        m_keyColumn << QVector<bool>(storage.size(), false);
    }
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const Table *child = schema.table(key->childTable);
        const Table *parent = schema.table(key->parentTable);
        for (Id c : key->childColumns)
            m_keyColumn[schema.tableIndex(key->childTable)][child->columnIndex(c)] = true;
        for (Id c : key->parentColumns)
            m_keyColumn[schema.tableIndex(key->parentTable)][parent->columnIndex(c)] = true;
    }
}

ChangeLog::~ChangeLog()
{
    remove();
}

bool ChangeLog::install(bool everyRow)
{
    m_everyRow = everyRow;
    m_wholeRows.fill({}, m_storage.size());
    m_samplesComplete = true;
    m_events.clear();
    m_values.clear();
    m_tableByPointer.clear();
    sqlite3_preupdate_hook(m_db->handle(), &ChangeLog::preupdate, this);
    m_installed = true;
    return true;
}

bool ChangeLog::remove()
{
    if (m_installed)
        sqlite3_preupdate_hook(m_db->handle(), nullptr, nullptr);
    m_installed = false;
    return true;
}

int ChangeLog::tableOf(const char *name)
{
    if (name == m_lastName)
        return m_lastTable;
    m_lastName = name;
    m_lastTable = tableOfName(name);
    return m_lastTable;
}

int ChangeLog::tableOfName(const char *name)
{
    // SQLite hands the same string for every row of a table: one lookup by name per table.
    const auto known = m_tableByPointer.constFind(name);
    if (known != m_tableByPointer.cend())
        return *known;
    const int t = m_tableByName.value(QString::fromUtf8(name).toLower(), -1);
    m_tableByPointer.insert(name, t);
    return t;
}

// A value as a tag byte and its bytes: compact, for the millions of rows a cascade may reach.
void ChangeLog::appendValue(sqlite3_value *value)
{
    const int type = value ? sqlite3_value_type(value) : SQLITE_NULL;
    // The tag and the fixed part in one append: this runs for every value of every row.
    char head[1 + 8];
    head[0] = char(type);
    switch (type) {
    case SQLITE_INTEGER: {
        const sqlite3_int64 v = sqlite3_value_int64(value);
        memcpy(head + 1, &v, sizeof v);
        m_values.insert(m_values.end(), head, head + 1 + sizeof v);
        break;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_value_double(value);
        memcpy(head + 1, &v, sizeof v);
        m_values.insert(m_values.end(), head, head + 1 + sizeof v);
        break;
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        const char *data = type == SQLITE_TEXT
            ? reinterpret_cast<const char *>(sqlite3_value_text(value))
            : static_cast<const char *>(sqlite3_value_blob(value));
        const qint32 size = sqlite3_value_bytes(value);
        memcpy(head + 1, &size, sizeof size);
        m_values.insert(m_values.end(), head, head + 1 + sizeof size);
        if (size > 0)
            m_values.insert(m_values.end(), data, data + size);
        break;
    }
    default:
        m_values.push_back(head[0]);
        break;
    }
}

void ChangeLog::preupdate(void *self, sqlite3 *db, int op, const char *database, const char *table,
                          long long rowId, long long newRowId)
{
    auto *log = static_cast<ChangeLog *>(self);
    if (op == SQLITE_INSERT || qstrcmp(database, "main") != 0)
        return;
    const int t = log->tableOf(table);
    if (t < 0)
        return;
    const bool hasRowId = log->m_hasRowId.at(t);
    const bool isUpdate = op == SQLITE_UPDATE;
    // An update is read whole: it is compared whole (one that writes a row's own values
    // changes nothing). A deleted row beyond the first of its table at this depth keeps its
    // key columns only.
    bool whole = isUpdate || log->m_everyRow;
    if (!whole) {
        QVector<int> &count = log->m_wholeRows[t];
        const int depth = sqlite3_preupdate_depth(db);
        if (count.size() <= depth)
            count.resize(depth + 1, 0);
        whole = count.at(depth) < WholeRowsPerDepth;
        if (whole)
            ++count[depth];
    }
    log->m_events.push_back({t, qint8(isUpdate ? 1 : 0), whole, hasRowId ? rowId : -1,
                             qsizetype(log->m_values.size())});
    if (isUpdate) {
        const qint64 after = hasRowId ? newRowId : -1;
        const char *bytes = reinterpret_cast<const char *>(&after);
        log->m_values.insert(log->m_values.end(), bytes, bytes + sizeof after);
    }
    const QVector<int> &storage = log->m_storage.at(t);
    const QVector<bool> &keyColumn = log->m_keyColumn.at(t);
    for (int pass = 0; pass < (isUpdate ? 2 : 1); ++pass) {
        for (int c = 0; c < storage.size(); ++c) {
            if (!whole && !keyColumn.at(c)) {
                log->m_values.push_back(char(0)); // not read
                continue;
            }
            const int place = storage.at(c);
            sqlite3_value *value = nullptr;
            if (place >= 0
                && (pass == 0 ? sqlite3_preupdate_old(db, place, &value)
                              : sqlite3_preupdate_new(db, place, &value))
                    != SQLITE_OK)
                value = nullptr;
            log->appendValue(value);
        }
    }
    // The hook runs as the row is written: a row an UPDATE moves to another rowid is there
    // from now on (see read()).
    if (isUpdate && hasRowId && newRowId != rowId)
        log->m_events.push_back({t, 2, true, newRowId, qsizetype(log->m_values.size())});
}

void ChangeLog::keyEnds(QVector<QVector<KeyEnd>> *asChild, QVector<QVector<KeyEnd>> *asParent) const
{
    asChild->fill({}, m_schema.tableCount());
    asParent->fill({}, m_schema.tableCount());
    const QVector<Id> &keyIds = m_schema.foreignKeyIds();
    for (int k = 0; k < keyIds.size(); ++k) {
        const Id keyId = keyIds.at(k);
        const ForeignKey *key = m_schema.foreignKey(keyId);
        const Table *child = m_schema.table(key->childTable);
        const Table *parent = m_schema.table(key->parentTable);
        KeyEnd childEnd{keyId, {}, k, key->onDelete, key->onUpdate};
        KeyEnd parentEnd = childEnd;
        for (Id c : key->childColumns)
            childEnd.positions.append(child->columnIndex(c));
        for (Id c : key->parentColumns)
            parentEnd.positions.append(parent->columnIndex(c));
        (*asChild)[m_schema.tableIndex(key->childTable)].append(childEnd);
        (*asParent)[m_schema.tableIndex(key->parentTable)].append(parentEnd);
    }
}

qlonglong ChangeLog::newRowIdOf(const Event &event) const
{
    if (event.op != 1)
        return event.rowId;
    qint64 after;
    memcpy(&after, m_values.data() + event.offset, sizeof after);
    return after;
}

ChangeLog::LoggedRow ChangeLog::rowOf(const Event &event, QVector<qsizetype> *offsets) const
{
    LoggedRow row;
    row.m_data = m_values.data();
    const bool isDelete = event.op == 0;
    const int width = m_storage.at(event.table).size();
    const int values = isDelete ? width : 2 * width;
    offsets->resize(values + 1);
    const char *p = row.m_data + event.offset + (isDelete ? 0 : sizeof(qint64));
    for (int v = 0; v < values; ++v) {
        (*offsets)[v] = p - row.m_data;
        p = changeLogSkip(p);
    }
    (*offsets)[values] = p - row.m_data;
    row.m_offsets = offsets->constData();
    row.m_width = width;
    row.m_update = !isDelete;
    row.m_size = offsets->at(width) - offsets->at(0);
    row.m_afterSize = isDelete ? 0 : offsets->at(values) - offsets->at(width);
    return row;
}

bool ChangeLog::forEach(
    const std::function<void(int, bool, qlonglong, qlonglong, const LoggedRow &)> &visit,
    const std::function<void(int, qlonglong)> &landed)
{
    QVector<qsizetype> offsets;
    for (const Event &event : std::as_const(m_events)) {
        if (event.op == 2) {
            if (landed)
                landed(event.table, event.rowId);
            continue;
        }
        const bool isDelete = event.op == 0;
        const LoggedRow row = rowOf(event, &offsets);
        visit(event.table, isDelete, event.rowId, newRowIdOf(event), row);
    }
    return true;
}

bool ChangeLog::findLateReference(LateReference *found)
{
    QVector<QVector<KeyEnd>> asChild, asParent;
    keyEnds(&asChild, &asParent);
    // key -> parent tuples gone, deleted?
    QHash<Id, std::unordered_map<std::string, bool>> restricted;
    bool done = false;
    const bool ok = forEach([&](int t, bool isDelete, qlonglong, qlonglong, const LoggedRow &row) {
        if (done)
            return;
        for (const KeyEnd &end : asChild.at(t)) {
            const auto keyIt = restricted.constFind(end.key);
            if (keyIt == restricted.cend())
                continue;
            const std::string tuple = row.key(end.positions);
            const auto hit = keyIt->find(tuple);
            if (tuple.empty() || hit == keyIt->cend())
                continue;
            found->key = end.key;
            found->childTable = m_schema.tableIds().at(t);
            found->childRow = row.beforeValues();
            found->parentDeleted = hit->second;
            done = true;
            return;
        }
        for (const KeyEnd &end : asParent.at(t)) {
            const ForeignKey *key = m_schema.foreignKey(end.key);
            const ReferentialAction acting = isDelete ? key->onDelete : key->onUpdate;
            if (acting != ReferentialAction::Restrict || (!isDelete && !row.changes(end.positions)))
                continue;
            const std::string tuple = row.key(end.positions);
            if (!tuple.empty())
                restricted[end.key].insert_or_assign(tuple, isDelete);
        }
    });
    return ok && done;
}

bool ChangeLog::read(SimulationResult *result)
{
    m_samplesComplete = true;
    const QVector<Id> &ids = m_schema.tableIds();
    QVector<QVector<KeyEnd>> asChild, asParent;
    keyEnds(&asChild, &asParent);

    // Per key: the parent key values changed so far, and the node holding that change.
    std::vector<std::unordered_map<std::string, int>> parentChanges(
        size_t(m_schema.foreignKeyIds().size()));
    std::string tuple; // one buffer for every key looked up
    QHash<GroupKey, int> groups; // -> node
    QPair<GroupKey, int> lastGroup{{-2, -1, -1, 0}, -1};
    QVector<EffectNode> &nodes = result->nodes;
    nodes.clear();

    // First pass: every logged change attributed to the earlier parent change that explains
    // it, and grouped into a node. A row can be logged more than once (reached by two keys, by
    // the statement and a key, updated and then deleted); it counts once, in the node of the
    // change that decides what happened to it: a delete, else an update, else SET DEFAULT,
    // else SET NULL, the first of equals.
    QVector<int> eventNode;
    // Rows are identified by a rowid they were logged with (see below).
    QVector<qlonglong> firstRowId(m_storage.size(), std::numeric_limits<qlonglong>::max());
    QVector<qlonglong> lastRowId(m_storage.size(), std::numeric_limits<qlonglong>::min());
    for (const Event &logged : std::as_const(m_events)) {
        if (logged.rowId < 0)
            continue;
        firstRowId[logged.table] = qMin(firstRowId.at(logged.table), logged.rowId);
        lastRowId[logged.table] = qMax(lastRowId.at(logged.table), logged.rowId);
    }
    // (table, rowid) -> event
    ChangeLogRowIndex deciding(firstRowId, lastRowId, qsizetype(m_events.size()));
    eventNode.reserve(qsizetype(m_events.size()));
    QVector<bool> decides;
    decides.reserve(qsizetype(m_events.size()));
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
        [&](int t, bool isDelete, qlonglong rowId, qlonglong newRowId, const LoggedRow &row) {
            const auto pending = moving.constFind({t, rowId});
            if (!isDelete && pending != moving.cend()
                && LoggedRow::sameValues(row.beforeValues(), pending->values))
                landed(t, rowId);
            const qlonglong identity = moved.value({t, rowId}, rowId);
            if (!isDelete && newRowId != rowId) {
                moved.remove({t, rowId});
                moving.insert({t, newRowId}, {identity, row.change().after});
            }
            // An UPDATE that writes a row's own values changes nothing, and no key acts on it.
            if (!isDelete && row.unchanged()) {
                eventNode.append(-1);
                decides.append(false);
                return;
            }
            int parentNode = -1;
            Id via = 0;
            ReferentialAction keyAction = ReferentialAction::NoAction;
            EffectAction action = isDelete ? EffectAction::Deleted : EffectAction::Updated;
            for (const KeyEnd &end : asChild.at(t)) {
                const std::unordered_map<std::string, int> &found = parentChanges[end.index];
                if (found.empty() || !row.key(end.positions, &tuple))
                    continue;
                const auto hit = found.find(tuple);
                if (hit == found.cend())
                    continue;
                const int candidate = hit->second;
                const bool parentDeleted = nodes.at(candidate).action == EffectAction::Deleted;
                const ReferentialAction acting = parentDeleted ? end.onDelete : end.onUpdate;
                if (isDelete
                        ? acting != ReferentialAction::Cascade
                        : !(ActionNames::changesChildRows(acting) && row.changes(end.positions)))
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
            // Rows of one node mostly follow each other.
            int node = lastGroup.first == groupKey ? lastGroup.second : groups.value(groupKey, -1);
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
            lastGroup = {groupKey, node};
            const int event = eventNode.size();
            eventNode.append(node);
            decides.append(true);
            if (identity >= 0) {
                int *previous = deciding.find(t, identity, true, event);
                if (previous && rank(action) > rank(nodes.at(eventNode.at(*previous)).action)) {
                    decides[*previous] = false;
                    *previous = event;
                } else if (previous) {
                    decides[event] = false;
                }
            }
            // This row is now a changed parent for the keys that reference its table.
            for (const KeyEnd &end : asParent.at(t)) {
                if (!isDelete && !row.changes(end.positions))
                    continue;
                if (row.key(end.positions, &tuple))
                    parentChanges[end.index].insert_or_assign(tuple, node);
            }
        },
        landed);
    if (!ok)
        return false;

    // Second pass: each row counted, and sampled, in the node of its deciding change; the
    // keys of its other changes listed there too.
    // Only the sampled rows are decoded.
    int event = 0;
    int changed = 0;
    QVector<qsizetype> offsets;
    for (const Event &logged : std::as_const(m_events)) {
        if (logged.op == 2)
            continue;
        const int e = event++;
        if (!decides.at(e))
            continue;
        EffectNode &target = nodes[eventNode.at(e)];
        ++changed;
        ++target.rows;
        if (target.samples.size() >= SimulationResult::MaxSamples)
            continue;
        if (logged.whole)
            target.samples.append(rowOf(logged, &offsets).change());
        else
            m_samplesComplete = false;
    }
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
