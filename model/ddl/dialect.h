#pragma once

#include <QList>
#include <QString>

enum class Dialect { SQLite, PostgreSQL, MySQL, MariaDB, SqlServer };

namespace Dialects {
QList<Dialect> all();
QString id(Dialect dialect); // "sqlite", "postgresql", "mysql", "mariadb", "sqlserver"
bool fromId(const QString &id, Dialect *dialect);
QString displayName(Dialect dialect); // "SQLite", "PostgreSQL", ...
// MySQL and MariaDB: one syntax and one set of key rules (InnoDB).
inline bool isMySqlFamily(Dialect dialect)
{
    return dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
}
} // namespace Dialects
