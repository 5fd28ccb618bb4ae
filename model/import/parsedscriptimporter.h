#pragma once

#include "../schema.h"
#include "sqltokenizer.h"

#include <QCoreApplication>

class ImportReport;
class WorkLimit;

// MySQL/MariaDB and SQL Server scripts: tokenized with the dialect's rules, split into
// statements as its client does (StatementSplitter), each statement read by DdlParser. The
// limit's Cancel is checked between statements.
class ParsedScriptImporter
{
    Q_DECLARE_TR_FUNCTIONS(ParsedScriptImporter)
public:
    static Schema importScript(const QString &script, SqlTokenizer::Flavor flavor,
                               ImportReport *report, WorkLimit *limit = nullptr);
};
