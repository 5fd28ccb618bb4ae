#pragma once

#include "../schema.h"
#include "importedschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ImportReport;

// SQLite sources, both read through SQLite itself:
// - a database file, opened read-only through a `file:...?mode=ro` URI, so that Joinery cannot
//   write to it whatever happens;
// - a script, run statement by statement into a scratch in-memory database (data statements,
//   views and triggers are skipped, not run), whose catalog is then read with the same code.
// Catalog: PRAGMA table_xinfo, index_list/index_xinfo and foreign_key_list, plus the stored
// CREATE TABLE text for what the pragmas do not say (constraint names, deferrability).
class SqliteImporter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteImporter)
public:
    static Schema importFile(const QString &path, ImportReport *report);
    static Schema importScript(const QString &script, ImportReport *report);

    // True when the file starts with SQLite's 16-byte header.
    static bool isDatabaseFile(const QString &path);

    // Reads the catalog of an open SQLite connection.
    static bool readCatalog(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report);
};
