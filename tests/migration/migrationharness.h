#pragma once

#include "migration/migrationscript.h"
#include "migration/schemadiff.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class DdlGenerator;

// What every engine test of a migration does with a connection: run statements, fingerprint the
// kept rows, count orphans. The checks are the product's claims restated independently of its
// rehearsal code, so that one cannot hide a bug of the other.
namespace MigrationHarness {

// Runs the statements in order; on the first failure returns false with the engine's message
// and the statement.
bool execAll(QSqlDatabase db, const QStringList &statements, QString *error);
// The INSERT statements of a scenario's data, one per line ending in ";".
QStringList dataStatements(const QString &data);
// Per kept table ("name count checksum" lines, in the new schema's order): the rows' values of
// the columns kept with the same type or a wider one (INTEGER to BIGINT, VARCHAR to a longer
// VARCHAR or TEXT: their values read back as the same text), under the old names before and the new names after, so
// that the two texts compare equal exactly when every kept row and value survived.
QString keptRows(QSqlDatabase db, const SchemaDiff &diff, bool before,
                 const DdlGenerator &generator, QString *error);
// Child rows of the schema's keys whose parent row does not exist, "table: n" per key with any.
QStringList orphans(QSqlDatabase db, const Schema &schema, const DdlGenerator &generator,
                    QString *error);
// The whole check on SQLite (the script's own shape: plain as written on a connection with keys
// on, D1 inside BEGIN … COMMIT): the old schema exported and filled with `data`, the migration
// run, then the catalog compared with a fresh export of the new schema, the kept rows with
// those before, and the keys checked. False with what went wrong.
bool runOnSqlite(const SchemaDiff &diff, const MigrationScript &script, const QString &data,
                 QString *failure);

} // namespace MigrationHarness
