#include "sqltokenizer.h"

SqlTokenizer::SqlTokenizer(const QString &script, Flavor flavor)
    : m_script(script)
    , m_flavor(flavor)
{
}

QChar SqlTokenizer::peek(int ahead) const
{
    const int at = m_pos + ahead;
    return at < m_script.size() ? m_script.at(at) : QChar();
}

void SqlTokenizer::advance(int count)
{
    for (int i = 0; i < count && m_pos < m_script.size(); ++i) {
        if (m_script.at(m_pos) == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
}

void SqlTokenizer::fail(const QString &message, int line, int column)
{
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
}

// At the opening quote. Reads up to the closing one; a doubled closing character stands for
// itself (SQL's '' and "", SQL Server's ]]).
bool SqlTokenizer::readQuoted(QChar close, bool backslashEscapes, QString *value)
{
    advance();
    while (m_pos < m_script.size()) {
        const QChar c = peek();
        if (backslashEscapes && c == QLatin1Char('\\') && m_pos + 1 < m_script.size()) {
            const QChar next = peek(1);
            static const QString from = QStringLiteral("0nrtZb");
            static const QString to = QStringLiteral("\0\n\r\t\x1a\b");
            const int i = from.indexOf(next);
            value->append(i >= 0 ? to.at(i) : next);
            advance(2);
            continue;
        }
        if (c == close) {
            if (peek(1) == close) {
                value->append(close);
                advance(2);
                continue;
            }
            advance();
            return true;
        }
        value->append(c);
        advance();
    }
    return false;
}

// At "$": PostgreSQL's $tag$ ... $tag$ (tag may be empty). Returns false when not a dollar
// quote at all (the caller then reads "$" as punctuation); sets the error when unterminated.
bool SqlTokenizer::readDollarQuoted(QString *value)
{
    int end = m_pos + 1;
    while (end < m_script.size()
           && (m_script.at(end).isLetterOrNumber() || m_script.at(end) == QLatin1Char('_')))
        ++end;
    if (end >= m_script.size() || m_script.at(end) != QLatin1Char('$')
        || (end > m_pos + 1 && m_script.at(m_pos + 1).isDigit()))
        return false;
    const QString tag = m_script.mid(m_pos, end - m_pos + 1);
    const int line = m_line;
    const int column = m_column;
    const int close = m_script.indexOf(tag, end + 1);
    if (close < 0) {
        fail(tr("The dollar-quoted text %1 is not closed.").arg(tag), line, column);
        advance(m_script.size() - m_pos);
        return true;
    }
    *value = m_script.mid(end + 1, close - end - 1);
    advance(close + tag.size() - m_pos);
    return true;
}

SqlTokens SqlTokenizer::tokenize()
{
    SqlTokens tokens;
    const bool mysql = m_flavor == Flavor::MySQL;
    const bool postgres = m_flavor == Flavor::PostgreSQL;
    const bool brackets = m_flavor == Flavor::SqlServer || m_flavor == Flavor::SQLite;
    const bool backticks = mysql || m_flavor == Flavor::SQLite;
    while (m_pos < m_script.size() && m_error.isEmpty()) {
        const QChar c = peek();
        if (c.isSpace()) {
            advance();
            continue;
        }
        const int line = m_line;
        const int column = m_column;
        const int start = m_pos;
        SqlToken token;
        token.line = line;
        token.column = column;
        token.offset = start;
        // Comments.
        if ((c == QLatin1Char('-') && peek(1) == QLatin1Char('-'))
            || (mysql && c == QLatin1Char('#'))) {
            while (m_pos < m_script.size() && peek() != QLatin1Char('\n'))
                advance();
            continue;
        }
        if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
            if (mysql && peek(2) == QLatin1Char('!')) {
                // /*!50001 CREATE ... */: the server executes the content; read it as script.
                advance(3);
                while (peek().isDigit())
                    advance();
                continue;
            }
            int depth = 1;
            advance(2);
            while (m_pos < m_script.size() && depth > 0) {
                if (peek() == QLatin1Char('*') && peek(1) == QLatin1Char('/')) {
                    --depth;
                    advance(2);
                } else if (postgres && peek() == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                    ++depth;
                    advance(2);
                } else {
                    advance();
                }
            }
            if (depth > 0)
                fail(tr("The comment is not closed."), line, column);
            continue;
        }
        if (mysql && c == QLatin1Char('*') && peek(1) == QLatin1Char('/')) {
            advance(2); // the end of an executable comment
            continue;
        }
        // Strings, with their prefixes.
        const QChar upper = c.toUpper();
        const bool prefixed = peek(1) == QLatin1Char('\'')
            && (upper == QLatin1Char('N') || (postgres && upper == QLatin1Char('E'))
                || upper == QLatin1Char('X') || upper == QLatin1Char('B'));
        if (c == QLatin1Char('\'') || prefixed) {
            const bool escapes = mysql || (postgres && upper == QLatin1Char('E'));
            if (prefixed)
                advance();
            token.kind = SqlToken::Kind::String;
            if (!readQuoted(QLatin1Char('\''), escapes, &token.text)) {
                fail(tr("The string is not closed."), line, column);
                break;
            }
        } else if (c == QLatin1Char('"') || (backticks && c == QLatin1Char('`'))
                   || (brackets && c == QLatin1Char('['))) {
            token.kind = SqlToken::Kind::Quoted;
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            if (!readQuoted(close, false, &token.text)) {
                fail(tr("The quoted name is not closed."), line, column);
                break;
            }
        } else if (postgres && c == QLatin1Char('$') && readDollarQuoted(&token.text)) {
            token.kind = SqlToken::Kind::String;
            if (!m_error.isEmpty())
                break;
        } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('@')
                   || c == QLatin1Char('#')) {
            token.kind = SqlToken::Kind::Word;
            while (m_pos < m_script.size()
                   && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')
                       || peek() == QLatin1Char('$') || peek() == QLatin1Char('@')
                       || peek() == QLatin1Char('#')))
                advance();
            token.text = m_script.mid(start, m_pos - start);
        } else if (c.isDigit() || (c == QLatin1Char('.') && peek(1).isDigit())) {
            token.kind = SqlToken::Kind::Number;
            while (m_pos < m_script.size()
                   && (peek().isLetterOrNumber() || peek() == QLatin1Char('.')
                       || ((peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
                           && (m_script.at(m_pos - 1) == QLatin1Char('e')
                               || m_script.at(m_pos - 1) == QLatin1Char('E')))))
                advance();
            token.text = m_script.mid(start, m_pos - start);
        } else {
            token.kind = SqlToken::Kind::Punctuation;
            token.text = QString(c);
            advance();
        }
        token.length = m_pos - start;
        tokens.append(token);
    }
    SqlToken end;
    end.kind = SqlToken::Kind::End;
    end.offset = m_pos;
    end.line = m_line;
    end.column = m_column;
    tokens.append(end);
    return tokens;
}
