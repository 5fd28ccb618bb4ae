#include "ddlscript.h"

static void appendComment(QString *text, const QString &comment)
{
    // A note may span lines; every line needs its own marker or the engine reads it as SQL.
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = comment.indexOf(QLatin1Char('\n'), start);
        const QStringView line
            = QStringView(comment).mid(start, (end < 0 ? comment.size() : end) - start);
        *text += line.isEmpty() ? QLatin1String("--") : QLatin1String("-- ");
        *text += line;
        *text += QLatin1Char('\n');
        if (end < 0)
            break;
        start = end + 1;
    }
}

QString DdlScript::text(QVector<QPair<int, int>> *statementRanges) const
{
    // Sized once (comment markers included): a script of 5,000 tables is some 4 MB, which
    // growing statement by statement reallocated many times.
    qsizetype size = 0;
    for (const QString &line : header)
        size += line.size() + 4 + line.count(QLatin1Char('\n')) * 3;
    for (const DdlStatement &statement : statements) {
        size += statement.sql.size() + 3;
        for (const QString &note : statement.notes)
            size += note.size() + 4 + note.count(QLatin1Char('\n')) * 3;
    }
    QString result;
    result.reserve(size);
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
