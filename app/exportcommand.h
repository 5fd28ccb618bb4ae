#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery export FILE --dialect D [--drop] [--quote-all] [-o OUT.sql]`: writes the dialect's
// create script (the drop script with --drop) to OUT.sql or stdout. The dialect's problems are
// comments above the statements they concern, and its errors are also printed on stderr.
// Exit 0; 1 when the schema has errors for this dialect (the script is still written); 2 when
// the input cannot be read, the arguments are wrong, or the output cannot be written.
// --dialect drizzle-sqlite|drizzle-pg|drizzle-mysql|drizzle-mssql writes a Drizzle ORM module
// instead, with the same exit statuses. Both go through ExportTarget, as the export dialog does.
// --dialect takes a comma-separated list, or "all" for the five SQL dialects: then -o names a
// folder that receives FILE-DIALECT.sql (or .ts) for each, byte for byte what one-by-one
// exports write, computed side by side (ExportBatch); stderr lines start with the dialect.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static int run(const QStringList &arguments);
};
