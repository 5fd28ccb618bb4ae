#pragma once

#include <QCoreApplication>

#include "drizzlegenerator.h"

// drizzle-orm/sqlite-core: SQLite's five storage classes; auto-increment is an option of the
// primary key.
class DrizzleSqliteGenerator : public DrizzleGenerator
{
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(DrizzleSqliteGenerator)
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
