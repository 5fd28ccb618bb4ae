#pragma once

#include "../id.h"
#include "../problem.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// One statement of a generated script. `sql` has no trailing semicolon, so that callers can
// execute statements one by one (the simulator, the engine tests) or join them into text.
struct DdlStatement
{
    QString sql;
    QVector<Id> objects; // the tables, keys, constraints or indexes this statement defines
    QStringList notes; // comment lines written just before the statement (dialect problems)
};

struct DdlScript
{
    QStringList header; // comment lines at the top (Joinery version, dialect)
    QVector<DdlStatement> statements;
    // The dialect's problems whose notes are in the script (a create script's), so that an
    // export can report them without checking the schema a second time.
    QVector<Problem> problems;

    // The whole script as text: header and notes as "-- " comments (the same syntax in all five
    // dialects), statements ended by ";" and separated by a blank line. No "GO" separators: no
    // generated statement has to be alone in a SQL Server batch.
    // statementRanges, when given, receives each statement's (start, length) in the text, its
    // notes included, parallel to `statements` (the preview highlights them).
    QString text(QVector<QPair<int, int>> *statementRanges = nullptr) const;
};
