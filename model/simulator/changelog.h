#pragma once

#include "simulationresult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Schema;
class ScratchDatabase;

// Records every row the engine touches: a temporary log table and, on every table, temporary
// BEFORE DELETE and BEFORE UPDATE triggers that write the old and new values there. SQLite
// fires them for the rows the key actions change too, in the order the engine works, so a
// parent row is logged before the child rows its key actions reach.
//
// Created inside the simulation's transaction; the rollback removes it again.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    ChangeLog(ScratchDatabase *db, const Schema &schema);

    bool install();
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
    };
    void keyEnds(QVector<QVector<KeyEnd>> *asChild, QVector<QVector<KeyEnd>> *asParent) const;
    // `rowId` is the row's rowid before the change, `newRowId` after it (an UPDATE of an
    // INTEGER PRIMARY KEY moves the row); -1 when the row has no rowid the log can name
    // (WITHOUT ROWID, or columns named rowid, _rowid_ and oid).
    // `landed`: a row that moved to another rowid is there now.
    bool forEach(const std::function<void(int table, bool isDelete, qlonglong rowId,
                                          qlonglong newRowId, RowChange &row)> &visit,
                 const std::function<void(int table, qlonglong rowId)> &landed = {});

    ScratchDatabase *m_db;
    const Schema &m_schema;
    int m_width = 0; // the widest table: the log has that many old and new value columns
    QString m_logTable; // a name no table of the schema has
    QStringList m_rowIdNames; // per table: the name its rowid answers to; empty: none
    QString m_error;
};
