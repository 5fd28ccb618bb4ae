#pragma once

#include "migrationscript.h"
#include "schemadiff.h"

#include "../ddl/sqlitegenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// The migration for SQLite, in two shapes.
// Plain: the 12 steps of sqlite.org/lang_altertable.html#otheralter. foreign_keys switched off
// outside the transaction (inside, the pragma is a no-op), each rebuilt table created under a
// temporary name, filled by column name, the old one dropped and the new one renamed, indexes
// and triggers recreated, sqlite_sequence carried over, and PRAGMA foreign_key_check before
// COMMIT, with a guard that fails the transaction when it finds a row.
// D1: the file is one transaction with keys always on, so no pragma can protect the children of
// a rebuilt table from the DROP's implicit DELETE. Each rebuild stashes the table and every
// descendant its ON DELETE actions reach, drops and recreates the table, and restores them top
// down with INSERT OR REPLACE; PRAGMA defer_foreign_keys = ON lets NO ACTION children wait for
// their parents and is never switched off (that would discard the violations COMMIT must see).
// A RESTRICT child would fail the DROP at once: that rebuild is refused.
// Native ALTER TABLE (RENAME, ADD COLUMN, DROP COLUMN) is used wherever it is enough.
class SqliteMigrationWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteMigrationWriter)
public:
    SqliteMigrationWriter(const SchemaDiff &diff, bool d1);
    void write(MigrationScript *script);

private:
    QVector<int> changesOf(Id newTable) const;
    bool needsRebuild(const Table &oldTable, const Table &newTable) const;
    bool canAddNatively(const Table &newTable, const Column &column) const;
    bool canDropNatively(const Table &oldTable, const Column &column) const;
    QString name(const QString &identifier) const
    {
        return m_generator.quoteIdentifier(identifier);
    }
    QString createTableSql(Id newTable) const;
    // The table's columns as the database has them at this point of the script (already rebuilt
    // tables in their new shape), without generated columns, quoted and joined.
    QString currentColumns(Id newTable) const;
    QString copyColumns(const Table &oldTable, const Table &newTable, QString *from) const;
    // `early`: before the renames; in D1 shape only the tables no kept child references.
    void writeTableDrops(MigrationScript *script, bool early);
    void writeNative(MigrationScript *script, const Table &oldTable, const Table &newTable);
    void writeIndexesAndTriggers(MigrationScript *script, const Table &newTable,
                                 const QVector<int> &changes);
    void writePlainRebuild(MigrationScript *script, const Table &oldTable, const Table &newTable);
    void writeD1Rebuild(MigrationScript *script, const Table &oldTable, const Table &newTable);
    // Tables whose rows a DELETE on `newTable` changes through ON DELETE actions, top down
    // (every table after all of its parents among them, but in a cycle), over the keys of both
    // versions (what the database has at that point is one or the other).
    QVector<Id> actionReachable(Id newTable, QVector<Id> *restrictChildren) const;
    QVector<Id> rebuildOrder(const QVector<Id> &tables) const;

    const SchemaDiff &m_diff;
    const Schema &m_old;
    const Schema &m_new;
    bool m_d1;
    SqliteGenerator m_generator;
    DdlScript m_created; // the new schema's create script: statements reused whole
    QSet<Id> m_dropped; // old table ids already dropped
    QSet<Id> m_newShape; // new table ids already in their new shape (created, altered, rebuilt)
};
