#include "problem.h"

QString Problem::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Problem::toLine() const
{
    return QStringLiteral("%1 %2 %3: %4").arg(severityName(severity), code, object, message);
}
