#pragma once

#include <QCoreApplication>

#include "drizzlegenerator.h"

// drizzle-orm/mysql-core (MySQL and MariaDB): unsigned integers, AUTO_INCREMENT; SET DEFAULT is
// mapped, since InnoDB rejects it (MariaDB silently stores RESTRICT).
class DrizzleMySqlGenerator : public DrizzleGenerator
{
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(DrizzleMySqlGenerator)
public:
    DrizzleTarget target() const override { return DrizzleTarget::MySQL; }

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
