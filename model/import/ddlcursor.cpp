#include "ddlcursor.h"

DdlCursor::DdlCursor(const QString &script, const SqlTokens &tokens)
    : m_script(script)
    , m_tokens(tokens)
{
}

const SqlToken &DdlCursor::peek(int ahead) const
{
    const int at = m_pos + ahead;
    return at < m_end ? m_tokens.at(at) : m_tokens.last(); // the End token
}

const SqlToken &DdlCursor::next()
{
    const SqlToken &t = peek();
    if (m_pos < m_end)
        ++m_pos;
    return t;
}

bool DdlCursor::atEnd() const
{
    return m_pos >= m_end;
}

bool DdlCursor::accept(const char *keyword)
{
    if (!peek().isWord(keyword))
        return false;
    ++m_pos;
    return true;
}

bool DdlCursor::acceptPunctuation(char c)
{
    if (!peek().isPunctuation(c))
        return false;
    ++m_pos;
    return true;
}

QString DdlCursor::describe(const SqlToken &token) const
{
    if (token.kind == SqlToken::Kind::End || m_pos >= m_end)
        return tr("the end of the statement");
    return QStringLiteral("\"%1\"").arg(m_script.mid(token.offset, std::min(token.length, 40)));
}

void DdlCursor::fail(const QString &message) const
{
    throw Failure{m_pos, message};
}

void DdlCursor::expect(const char *keyword)
{
    if (!accept(keyword))
        fail(tr("expected %1 but found %2").arg(QLatin1String(keyword), describe(peek())));
}

void DdlCursor::expectPunctuation(char c)
{
    if (!acceptPunctuation(c))
        fail(tr("expected \"%1\" but found %2").arg(QString(QLatin1Char(c)), describe(peek())));
}

QString DdlCursor::identifier()
{
    if (!peek().isIdentifier())
        fail(tr("expected a name but found %1").arg(describe(peek())));
    return next().text;
}

QString DdlCursor::qualifiedName()
{
    QString name = identifier();
    // SQL Server allows empty parts: db..table
    while (peek().isPunctuation('.')) {
        ++m_pos;
        if (peek().isPunctuation('.'))
            continue;
        name = identifier();
    }
    return name;
}

QStringList DdlCursor::columnList(bool *expression)
{
    QStringList names;
    expectPunctuation('(');
    do {
        if (peek().isPunctuation('(')) {
            // MySQL 8 functional key part: ((expr))
            skipBalanced();
            if (expression)
                *expression = true;
        } else {
            names << identifier();
            if (peek().isPunctuation('(')) // prefix length: name(20)
                skipBalanced();
        }
        accept("ASC") || accept("DESC");
    } while (acceptPunctuation(','));
    expectPunctuation(')');
    return names;
}

void DdlCursor::skipBalanced()
{
    if (!peek().isPunctuation('(')) {
        next();
        return;
    }
    int depth = 0;
    do {
        const SqlToken &t = next();
        if (t.isPunctuation('('))
            ++depth;
        else if (t.isPunctuation(')'))
            --depth;
    } while (depth > 0 && !atEnd());
    if (depth > 0)
        fail(tr("a parenthesis is not closed"));
}

void DdlCursor::skipToElementEnd()
{
    while (!atEnd() && !peek().isPunctuation(',') && !peek().isPunctuation(')'))
        skipBalanced();
}

QString DdlCursor::sourceText(int fromToken, int toToken) const
{
    if (toToken <= fromToken)
        return {};
    const SqlToken &first = m_tokens.at(fromToken);
    const SqlToken &last = m_tokens.at(toToken - 1);
    return m_script.mid(first.offset, last.offset + last.length - first.offset);
}
