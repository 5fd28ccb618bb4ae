#pragma once

#include "../schema.h"

#include <QCoreApplication>

class ImportReport;
class WorkLimit;

// PostgreSQL scripts, read with PostgreSQL's own grammar (libpg_query): the script is split
// into statements by PostgreSQL's scanner, each statement parsed on its own (so one bad
// statement costs only itself), and the parse tree (JSON) walked for CREATE TABLE, ALTER
// TABLE, CREATE INDEX, DROP TABLE and COMMENT ON. psql meta-commands and COPY ... FROM stdin
// data are recognised and skipped. The limit's Cancel is checked between statements.
class PostgresImporter
{
    Q_DECLARE_TR_FUNCTIONS(PostgresImporter)
public:
    static Schema importScript(const QString &script, ImportReport *report,
                               WorkLimit *limit = nullptr);
};
