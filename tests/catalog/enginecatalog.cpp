#include "enginecatalog.h"

#include <QSet>

QString EngineCatalog::difference(const EngineCatalog &expected, const EngineCatalog &actual)
{
    QStringList lines;
    if (!expected.isValid())
        lines << QStringLiteral("! expected catalog: ") + expected.error;
    if (!actual.isValid())
        lines << QStringLiteral("! actual catalog: ") + actual.error;
    const QSet<QString> have(actual.facts.cbegin(), actual.facts.cend());
    const QSet<QString> want(expected.facts.cbegin(), expected.facts.cend());
    for (const QString &fact : expected.facts) {
        if (!have.contains(fact))
            lines << QStringLiteral("- ") + fact;
    }
    for (const QString &fact : actual.facts) {
        if (!want.contains(fact))
            lines << QStringLiteral("+ ") + fact;
    }
    return lines.join(QLatin1Char('\n'));
}

QString EngineCatalog::quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString EngineCatalog::actionName(const QString &engineSpelling)
{
    return engineSpelling.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}
