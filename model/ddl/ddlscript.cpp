#include "ddlscript.h"

static void appendComment(QString *text, const QString &comment)
{
    // A note may span lines; every line needs its own marker or the engine reads it as SQL.
    const QStringList lines = comment.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        *text += line.isEmpty() ? QStringLiteral("--") : QStringLiteral("-- ") + line;
        *text += QLatin1Char('\n');
    }
}

QString DdlScript::text(QVector<QPair<int, int>> *statementRanges) const
{
    QString result;
    if (statementRanges)
        statementRanges->clear();
    for (const QString &line : header)
        appendComment(&result, line);
    for (const DdlStatement &statement : statements) {
        if (!result.isEmpty())
            result += QLatin1Char('\n');
        const int start = result.size();
        for (const QString &note : statement.notes)
            appendComment(&result, note);
        result += statement.sql;
        result += QLatin1String(";\n");
        if (statementRanges)
            statementRanges->append({start, result.size() - start});
    }
    return result;
}
