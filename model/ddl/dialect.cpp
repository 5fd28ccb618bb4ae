#include "dialect.h"

namespace Dialects {

QList<Dialect> all()
{
    return {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::MariaDB,
            Dialect::SqlServer};
}

QString id(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("sqlite");
    case Dialect::PostgreSQL:
        return QStringLiteral("postgresql");
    case Dialect::MySQL:
        return QStringLiteral("mysql");
    case Dialect::MariaDB:
        return QStringLiteral("mariadb");
    case Dialect::SqlServer:
        return QStringLiteral("sqlserver");
    }
    return {};
}

bool fromId(const QString &text, Dialect *dialect)
{
    const QString wanted = text.trimmed().toLower();
    for (Dialect candidate : all()) {
        if (id(candidate) == wanted) {
            *dialect = candidate;
            return true;
        }
    }
    // Common spellings people type on the command line.
    if (wanted == QLatin1String("postgres") || wanted == QLatin1String("pg")) {
        *dialect = Dialect::PostgreSQL;
        return true;
    }
    if (wanted == QLatin1String("mssql") || wanted == QLatin1String("tsql")) {
        *dialect = Dialect::SqlServer;
        return true;
    }
    return false;
}

QString displayName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("SQLite");
    case Dialect::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Dialect::MySQL:
        return QStringLiteral("MySQL");
    case Dialect::MariaDB:
        return QStringLiteral("MariaDB");
    case Dialect::SqlServer:
        return QStringLiteral("SQL Server");
    }
    return {};
}

} // namespace Dialects
