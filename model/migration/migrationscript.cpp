#include "migrationscript.h"

#include <algorithm>

QString MigrationProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DataLoss:
        return QStringLiteral("data-loss");
    case Kind::MayFail:
        return QStringLiteral("may-fail");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

int MigrationScript::add(const QString &sql, const QVector<int> &changeIndexes)
{
    DdlStatement statement;
    statement.sql = sql;
    statements << statement;
    changes << changeIndexes;
    return int(statements.size()) - 1;
}

void MigrationScript::addProblem(MigrationProblem::Kind kind, int statement, const QString &message)
{
    problems.append({kind, statement, message});
}

int MigrationScript::statementOf(int changeIndex) const
{
    for (int i = 0; i < changes.size(); ++i) {
        if (changes.at(i).contains(changeIndex))
            return i;
    }
    return -1;
}

bool MigrationScript::isRefused() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const MigrationProblem &p) {
        return p.kind == MigrationProblem::Kind::Refused;
    });
}

bool MigrationScript::losesData() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const MigrationProblem &p) {
        return p.kind == MigrationProblem::Kind::DataLoss;
    });
}

QString MigrationScript::text() const
{
    DdlScript script;
    script.header = header;
    script.statements = statements;
    for (const MigrationProblem &p : problems) {
        const QString note
            = MigrationProblem::kindName(p.kind).toUpper() + QStringLiteral(": ") + p.message;
        if (p.statement >= 0 && p.statement < script.statements.size())
            script.statements[p.statement].notes << note;
        else
            script.header << note;
    }
    return script.text();
}

QString MigrationScript::problemsText() const
{
    QString text;
    for (const MigrationProblem &p : problems) {
        text += MigrationProblem::kindName(p.kind);
        if (p.statement >= 0)
            text += tr(" statement %1").arg(p.statement + 1);
        text += QStringLiteral(": ") + p.message + QLatin1Char('\n');
    }
    return text;
}
