#include "referentialaction.h"

namespace ActionNames {

QString fileName(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::NoAction:
        return QStringLiteral("no-action");
    case ReferentialAction::Restrict:
        return QStringLiteral("restrict");
    case ReferentialAction::Cascade:
        return QStringLiteral("cascade");
    case ReferentialAction::SetNull:
        return QStringLiteral("set-null");
    case ReferentialAction::SetDefault:
        return QStringLiteral("set-default");
    }
    return {};
}

bool fromFileName(const QString &text, ReferentialAction *action)
{
    for (auto candidate : {ReferentialAction::NoAction, ReferentialAction::Restrict,
                           ReferentialAction::Cascade, ReferentialAction::SetNull,
                           ReferentialAction::SetDefault}) {
        if (fileName(candidate) == text) {
            *action = candidate;
            return true;
        }
    }
    return false;
}

QString sqlKeyword(ReferentialAction action)
{
    return fileName(action).toUpper().replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString fileName(Deferrability deferrability)
{
    switch (deferrability) {
    case Deferrability::NotDeferrable:
        return QStringLiteral("not-deferrable");
    case Deferrability::DeferrableImmediate:
        return QStringLiteral("deferrable-initially-immediate");
    case Deferrability::DeferrableDeferred:
        return QStringLiteral("deferrable-initially-deferred");
    }
    return {};
}

bool fromFileName(const QString &text, Deferrability *deferrability)
{
    for (auto candidate : {Deferrability::NotDeferrable, Deferrability::DeferrableImmediate,
                           Deferrability::DeferrableDeferred}) {
        if (fileName(candidate) == text) {
            *deferrability = candidate;
            return true;
        }
    }
    return false;
}

QString fileName(MatchType match)
{
    return match == MatchType::Full ? QStringLiteral("full") : QStringLiteral("simple");
}

bool fromFileName(const QString &text, MatchType *match)
{
    if (text == QLatin1String("simple"))
        *match = MatchType::Simple;
    else if (text == QLatin1String("full"))
        *match = MatchType::Full;
    else
        return false;
    return true;
}

bool changesChildRows(ReferentialAction action)
{
    return action == ReferentialAction::Cascade || action == ReferentialAction::SetNull
           || action == ReferentialAction::SetDefault;
}

} // namespace ActionNames
