#pragma once

#include "../ddl/dialect.h"
#include "simulationresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class Schema;
class ScratchDatabase;

// The target engine's documented foreign-key behaviour where it differs from SQLite's, which
// runs the statement (docs: /work/shared/reference/foreign-keys-by-dialect.md):
// - MySQL and MariaDB (InnoDB) check NO ACTION row by row, like RESTRICT, and defer nothing;
//   MySQL rejects a table with SET DEFAULT, MariaDB stores it as RESTRICT; cascades stop after
//   15 levels, and an ON UPDATE CASCADE / SET NULL that comes back to a table it already
//   updated in the same cascade (a self-reference) acts like RESTRICT.
// - SQL Server has no RESTRICT (NO ACTION, checked at the end of the statement) and defers
//   nothing; a schema with a cascade cycle or a second cascade path (error 1785) cannot be
//   created at all.
// - PostgreSQL enforces MATCH FULL: a child key is either all NULL or all set.
// The scratch schema carries the actions and deferrability the target has (simulated()); what
// SQLite cannot be made to do is checked before the statement (refuseBefore()) or on its
// outcome (refuseAfter()).
class EngineRules
{
    Q_DECLARE_TR_FUNCTIONS(EngineRules)
public:
    explicit EngineRules(const Schema &schema); // the schema's target dialect; none: SQLite

    Dialect dialect() const { return m_dialect; }
    QString engineName() const { return Dialects::displayName(m_dialect); }
    bool deferral() const; // whether the engine can defer key checks at all

    // The schema with the actions and deferrability the target engine gives its keys.
    Schema simulated(const Schema &schema) const;
    // What the result says about the rules applied: one line each; empty for SQLite, and for
    // PostgreSQL unless the schema has a MATCH FULL key.
    QStringList notes(const Schema &schema) const;
    // Refusals the engine makes before any row changes (the schema itself is rejected).
    bool refuseBefore(const Schema &schema, SimulationResult *result) const;
    // Per MATCH FULL key (PostgreSQL only): the child rows with some but not all key columns
    // NULL. Taken before the statement, so that only rows it makes so count.
    QHash<Id, qlonglong> matchFullViolations(const Schema &schema, ScratchDatabase *db) const;
    // Refusals on the outcome SQLite produced, inside the open transaction on `db`.
    bool refuseAfter(const Schema &schema, ScratchDatabase *db, const QHash<Id, qlonglong> &before,
                     SimulationResult *result) const;
    // What of a statement that succeeded depends on the order the engine visits the rows in,
    // which SQLite (rowid order) cannot follow: one line each, for the result's notSimulated.
    // MySQL and MariaDB check UNIQUE keys and RESTRICT row by row, in their own order (by
    // primary key, or by the index the WHERE uses); PostgreSQL runs a RESTRICT check and the
    // other key actions on the same row in the order the keys were made.
    QStringList orderDependence(const Schema &schema, const SimulationResult &result) const;

private:
    bool refuseSelfReferencingRow(const Schema &schema, SimulationResult *result) const;
    static qlonglong matchFullViolations(const Schema &schema, Id keyId, ScratchDatabase *db);
    bool isMySqlFamily() const
    {
        return m_dialect == Dialect::MySQL || m_dialect == Dialect::MariaDB;
    }

    Dialect m_dialect = Dialect::SQLite;
};
