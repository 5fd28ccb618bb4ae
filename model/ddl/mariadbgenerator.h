#pragma once

#include "mysqlgenerator.h"

// MariaDB 10.11 writes what MySQL 8 does, except that it has a native UUID type.
class MariaDbGenerator : public MySqlGenerator
{
public:
    Dialect dialect() const override { return Dialect::MariaDB; }

protected:
    QString uuidType() const override { return QStringLiteral("UUID"); }
};
