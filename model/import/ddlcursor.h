#pragma once

#include "sqltoken.h"

#include <QCoreApplication>
#include <QStringList>

// Reading position in one statement's tokens, with the small steps a recursive-descent parser
// is made of: look ahead, accept a keyword, expect one (or fail with the position and what was
// found), read names and column lists, skip what is not modelled with its parentheses.
// A failure is thrown as DdlCursor::Failure and caught once per statement by the parser, so
// that no half-read statement is ever applied.
class DdlCursor
{
    Q_DECLARE_TR_FUNCTIONS(DdlCursor)
public:
    struct Failure
    {
        int token;
        QString message;
    };

    DdlCursor(const QString &script, const SqlTokens &tokens);

protected:
    const SqlToken &peek(int ahead = 0) const;
    const SqlToken &next();
    bool atEnd() const;
    bool accept(const char *keyword);
    bool acceptPunctuation(char c);
    void expect(const char *keyword);
    void expectPunctuation(char c);
    [[noreturn]] void fail(const QString &message) const;
    QString describe(const SqlToken &token) const;
    QString identifier();
    QString qualifiedName(); // db.schema.name → name
    QStringList columnList(bool *expression = nullptr);
    void skipBalanced(); // one token, or a whole (...) group
    void skipToElementEnd(); // up to the ',' or ')' that ends a table element
    QString sourceText(int fromToken, int toToken) const; // [from, to)

    const QString &m_script;
    const SqlTokens &m_tokens;
    int m_pos = 0;
    int m_end = 0;
};
