#pragma once

#include "../schema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ImportReport;
class WorkLimit;

// The one entry point for every source `joinery import` and File → Import accept:
// - an SQLite database file (recognised by its header, whatever the --dialect);
// - an SQL script in the SQLite, PostgreSQL, MySQL/MariaDB or SQL Server flavour, the dialect
//   given or detected from the text;
// - a server URL (postgresql://user@host:port/db, mysql://user@host:port/db); the password
//   comes from the caller, never from the URL.
// The result always passes IntegrityCheck; everything left out is in the report. A fatal
// report (report->isFatal()) comes with an empty schema.
// The source is not trusted: what SQLite runs for it is bounded by `limit` (or a default
// WorkLimit), whose cancel flag and progress function also serve the other importers; a
// stopped or cancelled import is fatal.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    // Dialect ids accepted by --dialect; "" or "auto" detects.
    static QStringList dialects();

    static Schema importSource(const QString &source, const QString &dialect, ImportReport *report,
                               const QString &password = {}, WorkLimit *limit = nullptr);
    static Schema importScript(const QString &script, const QString &dialect, ImportReport *report,
                               WorkLimit *limit = nullptr);
    // Guesses a script's dialect from its tell-tale spellings (backticks and ENGINE= for MySQL,
    // GO and [dbo] for SQL Server, dollar quotes and SERIAL for PostgreSQL ...). Defaults to
    // "postgresql", the most standard of the four.
    static QString detectDialect(const QString &script);
    static bool isServerUrl(const QString &source);

    // Scripts bigger than this are refused before reading (a dump with data can be large; the
    // DDL of 5,000 tables is a few MB).
    static constexpr qint64 MaximumScriptSize = 256ll * 1024 * 1024;
};
