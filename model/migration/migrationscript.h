#pragma once

#include "../ddl/ddlscript.h"
#include "../ddl/dialect.h"

#include <QCoreApplication>
#include <QVector>

// A finding about one step of a migration, before anything runs.
struct MigrationProblem
{
    enum class Kind {
        DataLoss, // the step destroys data: runs only with an explicit confirmation
        MayFail, // the step fails on some data (duplicates, NULLs, orphans); nothing is lost
        Refused, // the migration cannot be written safely for this target; the reason says why
        Note, // what the step does on the side (triggers fired, rows restored)
    };
    Kind kind = Kind::Note;
    int statement = -1; // index into MigrationScript::statements; -1: the whole migration
    QString message;

    static QString kindName(Kind kind); // "data-loss", "may-fail", "refused", "note"
};

// The statements that take a database from one schema version to the next, for one dialect,
// with the problems found before anything runs. `changes` is parallel to `statements`: the
// indexes (into SchemaDiff::changes()) of the changes each statement carries out.
struct MigrationScript
{
    Q_DECLARE_TR_FUNCTIONS(MigrationScript)
public:
    Dialect dialect = Dialect::SQLite;
    bool d1 = false;
    QStringList header;
    QVector<DdlStatement> statements;
    QVector<QVector<int>> changes;
    QVector<MigrationProblem> problems;

    int add(const QString &sql, const QVector<int> &changeIndexes = {});
    void addProblem(MigrationProblem::Kind kind, int statement, const QString &message);
    // The first statement that carries out the change; -1 when none does.
    int statementOf(int changeIndex) const;
    bool isRefused() const;
    bool losesData() const;
    // Problems as "-- " notes before their statements, statements ended by ";".
    QString text() const;
    // One problem a line: "data-loss statement 4: …".
    QString problemsText() const;
};
