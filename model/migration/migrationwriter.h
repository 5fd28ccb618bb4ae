#pragma once

#include "migrationscript.h"
#include "schemadiff.h"

#include <QCoreApplication>

// The migration for one dialect: the dialect's writer, then the safety analysis tied to its
// statements. `d1` (SQLite only) writes the shape Cloudflare D1 runs: one transaction, keys on.
class MigrationWriter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationWriter)
public:
    static MigrationScript write(const SchemaDiff &diff, Dialect dialect, bool d1 = false);
};
