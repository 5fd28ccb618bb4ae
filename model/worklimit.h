#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// Bounds the work SQLite does on SQL that Joinery did not write: an imported SQLite script, a
// sample-data file, a migration rehearsal. One crafted statement can run forever (a recursive
// WITH without an end), and many statements that each stop in time can still add up to hours.
// A job stops when
// - the cancel flag is set (the GUI's Cancel button, from another thread);
// - one statement has run more than statementSteps() steps of SQLite's virtual machine;
// - the whole job has run more steps than its budget: statementSteps() plus stepsPerByte()
//   for each byte of input, so that the work stays proportional to what was read.
// Steps, not seconds: the same input stops at the same place on every machine, under the
// sanitizers and in tests. SQLite counts them through its progress handler, which a Guard
// installs on a connection; a stopped statement fails with SQLITE_INTERRUPT, and stop() and
// message() say why. Loops that do not run SQLite (the other importers) ask shouldStop().
//
// The job's own loop reports how far it got with progress(done, total); the function given
// to setProgressFunction() receives it, at most every 50 ms, in the job's thread.
class WorkLimit
{
    Q_DECLARE_TR_FUNCTIONS(WorkLimit)
public:
    enum class Stop { None, Cancelled, StatementLimit, TotalLimit };

    // 100 million steps are about two seconds of SQLite's time (Debian 12, one core); a
    // one-line INSERT of a dump is a few dozen steps, about one per byte.
    static constexpr qint64 DefaultStatementSteps = 100'000'000;
    static constexpr qint64 DefaultStepsPerByte = 1000;

    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setStatementSteps(qint64 steps) { m_statementLimit = steps; } // 0: no limit
    qint64 statementSteps() const { return m_statementLimit; }
    void setStepsPerByte(qint64 steps) { m_stepsPerByte = steps; } // 0: no total limit
    qint64 stepsPerByte() const { return m_stepsPerByte; }
    void setProgressFunction(ProgressFunction function) { m_progress = std::move(function); }

    // A job over inputBytes of text starts: the counts start again and the budget is set.
    void start(qint64 inputBytes);
    // The next statement starts: its own count starts again.
    void startStatement() { m_statementSteps = 0; }
    // The statement ended: its steps count towards the job's budget, exactly when the caller
    // has the statement (SQLite's handler sees only every thousandth step).
    void finishStatement(sqlite3_stmt *statement = nullptr);
    void progress(qint64 done, qint64 total);

    // Between statements, and for loops that do not run SQLite: true once the job is
    // cancelled or past its budget.
    bool shouldStop();

    Stop stop() const { return m_stop; }
    bool stopped() const { return m_stop != Stop::None; }
    // Why the job stopped, as a sentence for the user; empty when it did not.
    QString message() const;
    qint64 totalSteps() const { return m_totalSteps + m_statementSteps; }

    // Installs the progress handler on a connection while it exists; nothing when either
    // pointer is null.
    class Guard
    {
    public:
        Guard(WorkLimit *limit, sqlite3 *db);
        ~Guard();
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;

    private:
        sqlite3 *m_db;
    };

    // The sqlite3 handle behind a QSQLITE connection; null for other drivers.
    static sqlite3 *handle(const QSqlDatabase &db);

private:
    static int onProgress(void *limit);

    // SQLite calls the handler every this many steps.
    static constexpr int Granularity = 1000;

    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_statementLimit = DefaultStatementSteps;
    qint64 m_stepsPerByte = DefaultStepsPerByte;
    qint64 m_budget = 0; // for the job; 0: none
    qint64 m_statementSteps = 0; // of the running statement, counted by the handler
    qint64 m_totalSteps = 0; // of the finished statements
    Stop m_stop = Stop::None;
    ProgressFunction m_progress;
    QElapsedTimer m_sinceProgress;
};
