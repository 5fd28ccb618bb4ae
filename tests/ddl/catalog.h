#pragma once

#include "ddl/dialect.h"

#include <QSqlDatabase>
#include <QStringList>

class Schema;

// A schema reduced to what both the model and an engine's catalog can state, one sorted line per
// fact ("table t", "column t.c NOT NULL", "pk t (a, b)", "fk name t (a) -> p (x) ON DELETE ..."),
// so that a failed comparison shows exactly which fact differs.
namespace Catalog {
// What the engine should report after running the dialect's create script.
QStringList expected(const Schema &schema, Dialect dialect);
// What the engine reports: EngineCatalog's facts of the connection, reduced to the lines above
// (PostgreSQL: the public schema, names without it; MariaDB: the named database).
QStringList readSqlite(QSqlDatabase db, QString *error);
QStringList readPostgres(QSqlDatabase db, QString *error);
QStringList readMariaDb(QSqlDatabase db, const QString &database, QString *error);
} // namespace Catalog
