#pragma once

#include "sqltoken.h"

#include <QCoreApplication>
#include <QString>

// Splits an SQL script into tokens, knowing each dialect's quoting, comments and strings:
// - identifiers: "x" everywhere, `x` in MySQL/SQLite, [x] in SQL Server/SQLite;
// - strings: 'x' with '' doubling; backslash escapes in MySQL; E'x' and $tag$...$tag$ in
//   PostgreSQL; N'x' in SQL Server;
// - comments: -- to end of line, /* */ (nested in PostgreSQL), # in MySQL. MySQL's executable
//   comments /*! ... */ are read as their content, since the server runs them.
// An unterminated string, identifier or comment stops the tokenizer with an error naming where
// it started; the tokens before it are kept.
class SqlTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(SqlTokenizer)
public:
    enum class Flavor { SQLite, PostgreSQL, MySQL, SqlServer };

    SqlTokenizer(const QString &script, Flavor flavor);

    // All tokens, ending with one Kind::End token. Comments are dropped.
    SqlTokens tokenize();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    QChar peek(int ahead = 0) const;
    void advance(int count = 1);
    bool readQuoted(QChar close, bool backslashEscapes, QString *value);
    bool readDollarQuoted(QString *value);
    void fail(const QString &message, int line, int column);

    const QString m_script;
    const Flavor m_flavor;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};
