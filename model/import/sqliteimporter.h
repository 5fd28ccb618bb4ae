#pragma once

#include "../schema.h"
#include "importedschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ImportReport;
class WorkLimit;

// SQLite sources, both read through SQLite itself:
// - a database file, opened read-only through a `file:...?mode=ro` URI, so that Joinery cannot
//   write to it whatever happens;
// - a script, run statement by statement into a scratch in-memory database, whose catalog is
//   then read with the same code. Only what defines the schema is run (CREATE TABLE and
//   INDEX, ALTER, DROP); data statements, views and triggers are skipped. CREATE TABLE … AS
//   SELECT gets its columns without its query being run. The work is bounded by the
//   WorkLimit (the caller's, or a default one): a statement that runs too long stops the
//   import with a fatal report.
// Catalog: PRAGMA table_xinfo, index_list/index_xinfo and foreign_key_list, plus the stored
// CREATE TABLE text for what the pragmas do not say (constraint names, deferrability).
class SqliteImporter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteImporter)
public:
    static Schema importFile(const QString &path, ImportReport *report, WorkLimit *limit = nullptr);
    static Schema importScript(const QString &script, ImportReport *report,
                               WorkLimit *limit = nullptr);

    // True when the file starts with SQLite's 16-byte header.
    static bool isDatabaseFile(const QString &path);

    // Reads the catalog of an open SQLite connection.
    static bool readCatalog(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report);
};
