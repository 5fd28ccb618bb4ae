#include "worklimit.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

void WorkLimit::start(qint64 inputBytes)
{
    m_statementSteps = 0;
    m_totalSteps = 0;
    m_stop = Stop::None;
    m_budget = m_stepsPerByte > 0
        ? m_statementLimit + m_stepsPerByte * std::max<qint64>(inputBytes, 0)
        : 0;
    m_sinceProgress.invalidate();
}

void WorkLimit::progress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 50 && done < total)
        return;
    m_sinceProgress.start();
    m_progress(done, total);
}

void WorkLimit::finishStatement(sqlite3_stmt *statement)
{
    m_totalSteps += statement ? sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_VM_STEP, 0)
                              : m_statementSteps;
    m_statementSteps = 0;
}

bool WorkLimit::shouldStop()
{
    if (m_stop == Stop::None && m_cancel && m_cancel->load())
        m_stop = Stop::Cancelled;
    if (m_stop == Stop::None && m_budget > 0 && m_totalSteps > m_budget)
        m_stop = Stop::TotalLimit;
    return m_stop != Stop::None;
}

int WorkLimit::onProgress(void *data)
{
    auto *limit = static_cast<WorkLimit *>(data);
    limit->m_statementSteps += Granularity;
    if (limit->m_stop == Stop::None) {
        if (limit->m_cancel && limit->m_cancel->load())
            limit->m_stop = Stop::Cancelled;
        else if (limit->m_statementLimit > 0 && limit->m_statementSteps > limit->m_statementLimit)
            limit->m_stop = Stop::StatementLimit;
        else if (limit->m_budget > 0
                 && limit->m_totalSteps + limit->m_statementSteps > limit->m_budget)
            limit->m_stop = Stop::TotalLimit;
    }
    return limit->m_stop == Stop::None ? 0 : 1;
}

QString WorkLimit::message() const
{
    switch (m_stop) {
    case Stop::None:
        return {};
    case Stop::Cancelled:
        return tr("Cancelled.");
    case Stop::StatementLimit:
        return tr("This statement was stopped after %L1 steps of work, the most one statement may "
                  "take (a recursive WITH that never ends does this).")
            .arg(m_statementLimit);
    case Stop::TotalLimit:
        return tr("Stopped here after %L1 steps of work, the most a file of this size may take.")
            .arg(m_budget);
    }
    return {};
}

WorkLimit::Guard::Guard(WorkLimit *limit, sqlite3 *db)
    : m_db(limit ? db : nullptr)
{
    if (m_db)
        sqlite3_progress_handler(m_db, Granularity, &WorkLimit::onProgress, limit);
}

WorkLimit::Guard::~Guard()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

sqlite3 *WorkLimit::handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}
