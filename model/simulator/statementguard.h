#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// Lets exactly one DELETE or UPDATE on a table of the main database through, compiled by
// SQLite itself: the text is prepared with sqlite3_prepare_v2 under an authorizer that denies
// everything else (PRAGMA, ATTACH, INSERT, writes to other databases, transactions …), and a
// second statement in the tail is refused. The user's text is never pasted into other SQL.
class StatementGuard
{
    Q_DECLARE_TR_FUNCTIONS(StatementGuard)
public:
    enum class Kind { Delete, Update };

    // The prepared statement, owned by the guard (finalized in its destructor).
    explicit StatementGuard(sqlite3 *db);
    ~StatementGuard();
    StatementGuard(const StatementGuard &) = delete;
    StatementGuard &operator=(const StatementGuard &) = delete;

    bool prepare(const QString &text);
    sqlite3_stmt *statement() const { return m_statement; }
    Kind kind() const { return m_kind; }
    QString tableName() const { return m_table; } // the table the statement changes
    QString error() const { return m_error; }

    // For the authorizer callback.
    int authorize(int action, const char *a, const char *b, const char *database,
                  const char *trigger);

    // Text for `joinery simulate --delete "TABLE [WHERE …]"`: the statement it stands for.
    static QString deleteStatement(const QString &argument);
    static QString updateStatement(const QString &argument);

private:
    bool fail(const QString &message);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    Kind m_kind = Kind::Delete;
    QString m_table;
    QString m_denied;
    int m_writes = 0;
    QString m_error;
};
