#pragma once

#include "dialect.h"

#include "../datatype.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// An expression written in another dialect's syntax, or why it cannot be.
struct ExpressionTranslation
{
    QString sql; // empty with a failure
    QString failure; // non-empty: no counterpart in the target (an error of `check --dialect`)
};

// Translates the expressions of one dialect (defaults, CHECK conditions, generated columns) into
// another, as far as both have a counterpart: literals and their casts (''::character varying,
// N'x', b'0', x'ff', MySQL's backslash escapes), boolean literals for the column's type, the
// current date and time (now(), getdate(), datetime('now'), CURRENT_TIMESTAMP(6) ...), uuid
// generation, identifiers re-quoted for the target, `x = ANY (ARRAY[...])`, and the few
// functions every engine has. Anything else (an unknown function, a sequence call, a
// dialect-only operator, a SQL Server LIKE pattern with [ ]) has no counterpart: the result says
// which, and the caller leaves the expression out with that note.
class ExpressionTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionTranslator)
public:
    // Quotes a name for the target (the generator's quoteIdentifier()).
    using Quote = std::function<QString(const QString &)>;

    enum class Use { Default, Check, Generated };

    // A column default; `type` is the column's type in the target.
    static ExpressionTranslation translateDefault(const QString &expression, Dialect source,
                                                  Dialect target, const DataType &type,
                                                  const Quote &quote);
    // A CHECK condition or a generated column's expression.
    static ExpressionTranslation translate(const QString &expression, Dialect source,
                                           Dialect target, Use use, const Quote &quote);
};
