#pragma once

#include "importedschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ImportReport;

// Reads a PostgreSQL database's catalog (pg_catalog; every schema but the system ones) through
// an open QPSQL connection into an ImportedSchema. Only SELECTs are sent.
class PostgresCatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCatalogReader)
public:
    // False (with report->fatalError set) when a catalog query fails.
    static bool read(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report);
};
