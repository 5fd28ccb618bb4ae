#pragma once

#include <QCoreApplication>
#include <QString>

class Schema;

// The drizzle-* targets of `joinery export`: writes a schema as a Drizzle ORM module
// (TypeScript) to a file or to standard output. ExportCommand hands over every --dialect that
// handles() accepts, after reading the file.
class DrizzleExport
{
    Q_DECLARE_TR_FUNCTIONS(DrizzleExport)
public:
    static bool handles(const QString &dialectId);
    // The targets, for help texts: "drizzle-sqlite, drizzle-pg, drizzle-mysql, drizzle-mssql".
    static QString targetList();
    // An empty outputPath writes to standard output. Exit status as for the SQL export: 0
    // written, 1 written but the schema has errors for the target's SQL dialect (listed on
    // stderr), 2 the output cannot be written.
    static int exportSchema(const Schema &schema, const QString &dialectId,
                            const QString &outputPath);
};
