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

Problem Problem::make(Severity severity, const char *code, Id objectId, const QString &object,
                      const QString &message)
{
    Problem p;
    p.severity = severity;
    p.code = QLatin1String(code);
    p.objectId = objectId;
    p.object = object;
    p.message = message;
    return p;
}
