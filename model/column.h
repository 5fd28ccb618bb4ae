#pragma once

#include "datatype.h"
#include "id.h"

#include <QString>

struct Column
{
    Id id = 0;
    QString name;
    DataType type;
    bool isUnsigned = false; // integers only; MySQL/MariaDB care, others ignore it
    QString collation;       // empty: the table's or database's default
    bool nullable = true;
    QString defaultValue;    // an SQL expression as written; empty means no DEFAULT clause
    bool autoIncrement = false;
    QString comment;

    bool hasDefault() const { return !defaultValue.trimmed().isEmpty(); }
    bool operator==(const Column &other) const;
    bool operator!=(const Column &other) const { return !(*this == other); }
};
