#pragma once

#include "migrationscript.h"
#include "schemadiff.h"

#include <QCoreApplication>

// The migration for one dialect: the dialect's writer, then the safety analysis tied to its
// statements. `d1` (SQLite only) writes the shape Cloudflare D1 runs: one transaction, keys on.
// `validateLater` (PostgreSQL only) adds keys to existing tables NOT VALID and validates them in
// statements of their own at the end: the ADD then takes its lock only for a moment, and the
// scan of a big table happens under VALIDATE's weaker lock, while writes go on.
class MigrationWriter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationWriter)
public:
    static MigrationScript write(const SchemaDiff &diff, Dialect dialect, bool d1 = false,
                                 bool validateLater = false);
};
