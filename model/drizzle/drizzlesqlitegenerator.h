#pragma once

#include "drizzlegenerator.h"

// drizzle-orm/sqlite-core: SQLite's five storage classes; auto-increment is an option of the
// primary key.
class DrizzleSqliteGenerator : public DrizzleGenerator
{
public:
    DrizzleTarget target() const override { return DrizzleTarget::SQLite; }

protected:
    QString tableFunction() const override;
    QString anyColumnType() const override;
    QString extraConfigType() const override;
    QStringList moduleIdentifiers() const override;
    QString columnBuilder(const Column &column, Imports *imports,
                          QStringList *notes) const override;
    QString autoIncrementCall(const Column &column, bool soleKey,
                              QStringList *notes) const override;
    QString primaryKeyCall(const Column &column, QStringList *notes) const override;
};
