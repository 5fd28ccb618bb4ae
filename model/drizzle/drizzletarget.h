#pragma once

#include "ddl/dialect.h"

#include <QList>
#include <QString>

// The Drizzle ORM flavours Joinery writes: one per drizzle-orm "<dialect>-core" module.
enum class DrizzleTarget { SQLite, PostgreSQL, MySQL, SqlServer };

namespace DrizzleTargets {
QList<DrizzleTarget> all();
QString
id(DrizzleTarget target); // "drizzle-sqlite", "drizzle-pg", "drizzle-mysql", "drizzle-mssql"
bool fromId(const QString &id, DrizzleTarget *target);
QString displayName(DrizzleTarget target); // "Drizzle ORM (PostgreSQL)"
QString coreModule(DrizzleTarget target); // "drizzle-orm/pg-core"
// The dialect name drizzle-kit's configuration file expects ("postgresql", "mssql", ...).
QString kitDialect(DrizzleTarget target);
// The SQL dialect whose rules apply to the module (its checks, the engine it runs on).
// drizzle-mysql serves MySQL and MariaDB alike; MySQL's rules are the stricter ones.
Dialect sqlDialect(DrizzleTarget target);
} // namespace DrizzleTargets
