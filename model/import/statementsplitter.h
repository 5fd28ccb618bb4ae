#pragma once

#include "sqltoken.h"
#include "sqltokenizer.h"

#include <QVector>

// Splits a token stream into statements, the way each dialect's own client does:
// - MySQL: at ';', or at the delimiter a `DELIMITER xx` line sets (procedure and trigger
//   bodies contain ';');
// - SQL Server: at `GO` lines (batches); a batch that creates a procedure, function, trigger
//   or view is one statement; other batches split at ';' and where a new statement starts
//   without one (T-SQL does not require ';'), e.g. `IF ... DROP TABLE x` → IF ..., DROP TABLE x.
// Statements are token index ranges [begin, end) without their terminator.
namespace StatementSplitter {

struct Range
{
    int begin = 0;
    int end = 0;
};

QVector<Range> split(const SqlTokens &tokens, SqlTokenizer::Flavor flavor);

} // namespace StatementSplitter
