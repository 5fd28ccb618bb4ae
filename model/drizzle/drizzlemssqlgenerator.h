#pragma once

#include <QCoreApplication>

#include "drizzlegenerator.h"

// drizzle-orm/mssql-core (SQL Server; Drizzle's 1.0 line only): IDENTITY for auto-increment,
// Unicode strings, and no RESTRICT (mapped to NO ACTION, which SQL Server checks the same way).
class DrizzleMsSqlGenerator : public DrizzleGenerator
{
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(DrizzleMsSqlGenerator)
public:
    DrizzleTarget target() const override { return DrizzleTarget::SqlServer; }

protected:
    QString tableFunction() const override;
    QString anyColumnType() const override;
    QString extraConfigType() const override;
    QStringList moduleIdentifiers() const override;
    QString columnBuilder(const Column &column, Imports *imports,
                          QStringList *notes) const override;
    QString autoIncrementCall(const Column &column, bool soleKey,
                              QStringList *notes) const override;
    QString sqlDefault(const Column &column) const override;
    QString actionSpelling(ReferentialAction action, const QString &event,
                           QStringList *notes) const override;
};
