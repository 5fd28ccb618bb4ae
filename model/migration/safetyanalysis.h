#pragma once

#include "migrationscript.h"
#include "schemadiff.h"

#include <QCoreApplication>

// What each change risks, before anything runs, tied to the statement that carries it out:
// - data loss (DataLoss, needs an explicit confirmation): dropping a table or a column,
//   narrowing a type (a shorter VARCHAR, a smaller integer, fewer digits, text to a number);
// - steps that fail on some data (MayFail; the migration stops, nothing is lost): NOT NULL
//   without a default, a new UNIQUE or unique index over duplicates, a new key over orphans,
//   a new CHECK the rows break, a new primary key over duplicates or NULLs.
// The rows a rebuild's cascades would empty are the writers' business (the SQLite writer stashes
// them or refuses), since only they know which tables they rebuild.
class SafetyAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(SafetyAnalysis)
public:
    static void analyse(const SchemaDiff &diff, MigrationScript *script);
    // True when every value of `from` fits `to` unchanged.
    static bool isWidening(const Column &from, const Column &to);
};
