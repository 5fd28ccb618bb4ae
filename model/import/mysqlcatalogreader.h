#pragma once

#include "importedschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ImportReport;

// Reads a MySQL/MariaDB database's catalog (information_schema, the named database) through an
// open QMYSQL connection into an ImportedSchema. Only SELECTs are sent.
class MySqlCatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(MySqlCatalogReader)
public:
    // False (with report->fatalError set) when a catalog query fails.
    static bool read(QSqlDatabase &db, const QString &database, ImportedSchema *schema,
                     ImportReport *report);
};
