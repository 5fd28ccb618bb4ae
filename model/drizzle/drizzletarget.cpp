#include "drizzletarget.h"

#include <QCoreApplication>

namespace {
struct TargetInfo
{
    DrizzleTarget target;
    const char *id;
    const char *core;
    const char *kitDialect;
    const char *engine;
    Dialect dialect;
};

const TargetInfo targets[] = {
    {DrizzleTarget::SQLite, "drizzle-sqlite", "drizzle-orm/sqlite-core", "sqlite", "SQLite",
     Dialect::SQLite},
    {DrizzleTarget::PostgreSQL, "drizzle-pg", "drizzle-orm/pg-core", "postgresql", "PostgreSQL",
     Dialect::PostgreSQL},
    {DrizzleTarget::MySQL, "drizzle-mysql", "drizzle-orm/mysql-core", "mysql", "MySQL",
     Dialect::MySQL},
    {DrizzleTarget::SqlServer, "drizzle-mssql", "drizzle-orm/mssql-core", "mssql", "SQL Server",
     Dialect::SqlServer},
};

const TargetInfo &info(DrizzleTarget target)
{
    for (const TargetInfo &t : targets) {
        if (t.target == target)
            return t;
    }
    return targets[0];
}
} // namespace

QList<DrizzleTarget> DrizzleTargets::all()
{
    QList<DrizzleTarget> result;
    for (const TargetInfo &t : targets)
        result << t.target;
    return result;
}

QString DrizzleTargets::id(DrizzleTarget target)
{
    return QLatin1String(info(target).id);
}

bool DrizzleTargets::fromId(const QString &id, DrizzleTarget *target)
{
    for (const TargetInfo &t : targets) {
        if (id.compare(QLatin1String(t.id), Qt::CaseInsensitive) == 0) {
            *target = t.target;
            return true;
        }
    }
    return false;
}

QString DrizzleTargets::displayName(DrizzleTarget target)
{
    return QCoreApplication::translate("DrizzleTargets", "Drizzle ORM (%1)")
        .arg(QLatin1String(info(target).engine));
}

QString DrizzleTargets::coreModule(DrizzleTarget target)
{
    return QLatin1String(info(target).core);
}

QString DrizzleTargets::kitDialect(DrizzleTarget target)
{
    return QLatin1String(info(target).kitDialect);
}

Dialect DrizzleTargets::sqlDialect(DrizzleTarget target)
{
    return info(target).dialect;
}
