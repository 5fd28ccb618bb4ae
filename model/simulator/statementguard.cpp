#include "statementguard.h"

#include <sqlite3.h>

namespace {

int authorizer(void *guard, int action, const char *a, const char *b, const char *database,
               const char *trigger)
{
    return static_cast<StatementGuard *>(guard)->authorize(action, a, b, database, trigger);
}

bool isMain(const char *database)
{
    return database && qstrcmp(database, "main") == 0;
}

} // namespace

StatementGuard::StatementGuard(sqlite3 *db)
    : m_db(db)
{
}

StatementGuard::~StatementGuard()
{
    sqlite3_finalize(m_statement);
}

bool StatementGuard::fail(const QString &message)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_error = message;
    return false;
}

int StatementGuard::authorize(int action, const char *a, const char *b, const char *database,
                              const char *trigger)
{
    // Inside a trigger (Joinery's change log, or the key actions) SQLite compiles its own
    // statements; they are not the user's.
    if (trigger)
        return SQLITE_OK;
    switch (action) {
    case SQLITE_DELETE:
    case SQLITE_UPDATE: {
        if (!isMain(database) || qstrncmp(a, "sqlite_", 7) == 0) {
            m_denied = tr("only the schema's own tables can be changed");
            return SQLITE_DENY;
        }
        // The grammar gives a DELETE or UPDATE one target, written first; the writes after it
        // come from the key actions, whose trigger programs SQLite compiles without a name.
        if (m_table.isEmpty()) {
            m_table = QString::fromUtf8(a);
            m_kind = action == SQLITE_DELETE ? Kind::Delete : Kind::Update;
        }
        ++m_writes;
        return SQLITE_OK;
    }
    case SQLITE_READ:
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        m_denied = tr("PRAGMA is not allowed");
        return SQLITE_DENY;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        m_denied = tr("ATTACH and DETACH are not allowed");
        return SQLITE_DENY;
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        m_denied = tr("transactions are Joinery's to manage");
        return SQLITE_DENY;
    default:
        m_denied = tr("only DELETE and UPDATE can be simulated");
        return SQLITE_DENY;
    }
}

bool StatementGuard::prepare(const QString &text)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_table.clear();
    m_denied.clear();
    m_writes = 0;
    m_error.clear();
    if (!m_db)
        return fail(tr("The scratch database is not open."));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.trimmed().isEmpty())
        return fail(tr("The statement is empty."));
    const char *tail = nullptr;
    // The authorizer stays set for the tail too: SQLite applies some pragmas (foreign_keys
    // among them) while it prepares them, before any step.
    sqlite3_set_authorizer(m_db, authorizer, this);
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_set_authorizer(m_db, nullptr, nullptr);
        const QString why = m_denied.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_denied;
        const int offset = sqlite3_error_offset(m_db);
        if (offset >= 0 && m_denied.isEmpty())
            return fail(tr("The statement cannot be run: %1 (at character %2).")
                            .arg(why)
                            .arg(QString::fromUtf8(utf8.left(offset)).size() + 1));
        return fail(tr("The statement cannot be run: %1.").arg(why));
    }
    if (!m_statement) {
        sqlite3_set_authorizer(m_db, nullptr, nullptr);
        return fail(tr("The statement is empty."));
    }
    // Only comments and white space may follow: a second statement is refused, not ignored.
    const int consumed = int(tail - utf8.constData());
    const QByteArray rest = utf8.mid(consumed);
    sqlite3_stmt *second = nullptr;
    const char *ignored = nullptr;
    m_denied.clear();
    rc = sqlite3_prepare_v2(m_db, rest.constData(), int(rest.size()), &second, &ignored);
    sqlite3_set_authorizer(m_db, nullptr, nullptr);
    const bool hasSecond = second != nullptr || (rc != SQLITE_OK && !rest.trimmed().isEmpty());
    sqlite3_finalize(second);
    if (hasSecond) {
        return fail(tr("Only one statement can be simulated; found more after the semicolon at "
                       "character %1.")
                        .arg(QString::fromUtf8(utf8.left(consumed)).size()));
    }
    if (m_writes == 0 || m_table.isEmpty())
        return fail(tr("Only DELETE and UPDATE can be simulated."));
    if (sqlite3_stmt_readonly(m_statement))
        return fail(tr("The statement changes nothing."));
    return true;
}

QString StatementGuard::deleteStatement(const QString &argument)
{
    return QStringLiteral("DELETE FROM ") + argument;
}

QString StatementGuard::updateStatement(const QString &argument)
{
    return QStringLiteral("UPDATE ") + argument;
}
