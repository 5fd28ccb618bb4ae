#pragma once

#include "simulationresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <string>
#include <vector>

class Schema;
class ScratchDatabase;
struct sqlite3;
struct sqlite3_value;

// Records every row the engine touches, through SQLite's pre-update hook: it is called for every
// row a statement deletes or updates, the rows the key actions and OR REPLACE change included,
// in the order the engine works (a parent row before the child rows its key actions reach), with
// the values before and after. Nothing is added to the database: no trigger changes how SQLite
// plans or checks the statement, and no table or function limits how wide a table may be. The
// log is kept here, in memory, until the next install().
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    ChangeLog(ScratchDatabase *db, const Schema &schema);
    ~ChangeLog();
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    // Starts recording (an empty log) / stops. Only one log records on a connection at a time.
    // A deleted row is read whole only among the first rows of its table at its trigger depth
    // (enough for the samples of its node in all but unusual trees, see samplesComplete());
    // the others keep only the columns of their keys, the cost of a large cascade being in
    // copying values. `everyRow` reads every row whole.
    bool install(bool everyRow = false);
    // After read(): false when a sample fell on a row the log did not keep whole; the
    // statement is then to be run again with `everyRow`.
    bool samplesComplete() const { return m_samplesComplete; }
    bool remove();
    // Builds the effect tree from the log. Each logged row is attributed to the earlier change
    // of a parent row whose key action explains it (a CASCADE delete, a SET NULL …); the
    // others are the statement's own rows. The engine decided what happened; this only
    // names it.
    bool read(SimulationResult *result);
    QString error() const { return m_error; }

    // RESTRICT is checked the moment the parent row changes; a child row that the same
    // statement removes later still blocks it, and foreign_key_check at the end cannot see
    // that. This finds, in the log of a run with deferred checks, a child row that still
    // referenced a parent row when a RESTRICT key's parent row was deleted or changed.
    struct LateReference
    {
        Id key = 0;
        Id childTable = 0;
        QVector<QVariant> childRow;
        bool parentDeleted = true;
    };
    bool findLateReference(LateReference *found);

private:
    struct KeyEnd
    {
        Id key;
        QVector<int> positions; // the key's columns, as positions in the table
        int index; // of the key in Schema::foreignKeyIds()
        ReferentialAction onDelete;
        ReferentialAction onUpdate;
    };
    void keyEnds(QVector<QVector<KeyEnd>> *asChild, QVector<QVector<KeyEnd>> *asParent) const;

public:
    // One logged row. Its values are decoded only when asked: most rows of a large cascade
    // are only looked at by their key columns, and sampled by none.
    class LoggedRow
    {
    public:
        QVariant before(int column) const;
        QVariant after(int column) const; // updates only
        QVector<QVariant> beforeValues() const;
        RowChange change() const;
        // Same value and same storage class in every column: 1 and '1' differ, as SQLite
        // stores them.
        bool unchanged() const;
        // Whether any of these columns changes value.
        bool changes(const QVector<int> &positions) const;
        // The values of these columns as one key, compared the way SQLite compares them after
        // the parent's affinity: 1, 1.0 and '1' are one key. Empty when a part is NULL: such a
        // child row references nothing.
        std::string key(const QVector<int> &positions) const;
        // The same into `key`, its buffer reused; false when empty.
        bool key(const QVector<int> &positions, std::string *key) const;
        // Same value and same storage class in every column: 1 and '1' differ, as SQLite
        // stores them.
        static bool sameValues(const QVector<QVariant> &before, const QVector<QVariant> &after);

    private:
        friend class ChangeLog;
        const char *m_data = nullptr;
        const qsizetype *m_offsets = nullptr; // of each value: before, then after
        int m_width = 0;
        bool m_update = false;
        qsizetype m_size = 0; // bytes of the before values
        qsizetype m_afterSize = 0;
    };

private:
    // `rowId` is the row's rowid before the change, `newRowId` after it (an UPDATE of an
    // INTEGER PRIMARY KEY moves the row); -1 for a WITHOUT ROWID table.
    // `landed`: a row that moved to another rowid is there now.
    bool forEach(const std::function<void(int table, bool isDelete, qlonglong rowId,
                                          qlonglong newRowId, const LoggedRow &row)> &visit,
                 const std::function<void(int table, qlonglong rowId)> &landed = {});

    static void preupdate(void *self, sqlite3 *db, int op, const char *database, const char *table,
                          long long rowId, long long newRowId);
    int tableOf(const char *name);
    int tableOfName(const char *name);
    void appendValue(sqlite3_value *value);

    // Deleted rows read whole per table and trigger depth: room for the samples of a few
    // nodes of that table side by side.
    static constexpr int WholeRowsPerDepth = 4 * SimulationResult::MaxSamples;

    struct Event
    {
        int table;
        qint8 op; // 0 delete, 1 update, 2 the moved row has landed at `rowId`
        bool whole; // every column read, not only the key columns
        qlonglong rowId;
        // Of its values in m_values: before, then after for an update, which starts with its
        // rowid after the change (kept there, not here: a million events fill memory).
        qsizetype offset;
    };

    LoggedRow rowOf(const Event &event, QVector<qsizetype> *offsets) const;
    qlonglong newRowIdOf(const Event &event) const;

    ScratchDatabase *m_db;
    const Schema &m_schema;
    bool m_installed = false;
    QVector<bool> m_hasRowId; // per table
    // Per table and column: its place in SQLite's record, -1 for a VIRTUAL generated column
    // (not stored, the hook cannot see it; logged as NULL).
    QVector<QVector<int>> m_storage;
    QHash<QString, int> m_tableByName; // lower-case name -> index
    QHash<const void *, int> m_tableByPointer; // SQLite's own name string -> index
    const void *m_lastName = nullptr; // the table of the previous row, looked up last
    int m_lastTable = -1;
    // Per table and column: whether a key of the schema (as child or parent) uses it.
    QVector<QVector<bool>> m_keyColumn;
    bool m_everyRow = false;
    // Per table and trigger depth: deleted rows read whole so far.
    QVector<QVector<int>> m_wholeRows;
    bool m_samplesComplete = true;
    std::vector<Event> m_events;
    std::vector<char> m_values; // tagged values, see appendValue()
    QString m_error;
};
