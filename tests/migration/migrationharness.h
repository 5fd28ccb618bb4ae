#pragma once

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
// the columns kept with the same type, under the old names before and the new names after, so
// that the two texts compare equal exactly when every kept row and value survived.
QString keptRows(QSqlDatabase db, const SchemaDiff &diff, bool before,
                 const DdlGenerator &generator, QString *error);
// Child rows of the schema's keys whose parent row does not exist, "table: n" per key with any.
QStringList orphans(QSqlDatabase db, const Schema &schema, const DdlGenerator &generator,
                    QString *error);

} // namespace MigrationHarness
