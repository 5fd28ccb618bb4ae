#pragma once

#include <QList>
#include <QString>

// The Drizzle ORM flavours Joinery writes: one per drizzle-orm "<dialect>-core" module.
enum class DrizzleTarget { SQLite, PostgreSQL, MySQL, SqlServer };

namespace DrizzleTargets {
QList<DrizzleTarget> all();
QString id(DrizzleTarget target); // "drizzle-sqlite", "drizzle-pg", "drizzle-mysql", "drizzle-mssql"
bool fromId(const QString &id, DrizzleTarget *target);
QString displayName(DrizzleTarget target); // "Drizzle ORM (PostgreSQL)"
QString coreModule(DrizzleTarget target);  // "drizzle-orm/pg-core"
// The dialect name drizzle-kit's configuration file expects ("postgresql", "mssql", ...).
QString kitDialect(DrizzleTarget target);
} // namespace DrizzleTargets
