#pragma once

#include "../schema.h"
#include "importedschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ImportReport;

// A running PostgreSQL or MySQL/MariaDB server, read through Qt Sql's QPSQL and QMYSQL
// drivers from its catalogs: pg_catalog for PostgreSQL (all schemas but the system ones),
// information_schema for MySQL/MariaDB (the URL's database). Only SELECTs are sent, in a
// read-only session where the engine has one.
class ServerImporter
{
    Q_DECLARE_TR_FUNCTIONS(ServerImporter)
public:
    // postgresql://user@host:port/database, mysql://user@host:port/database (also
    // postgres:// and mariadb://). The password is never taken from the URL.
    static Schema importUrl(const QString &url, const QString &password, ImportReport *report);

    // Reads the catalog of an open connection: QPSQL (all user schemas) or QMYSQL (`database`).
    static bool readPostgres(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report);
    static bool readMySql(QSqlDatabase &db, const QString &database, ImportedSchema *schema,
                          ImportReport *report);
};
