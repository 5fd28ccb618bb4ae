#pragma once

#include "../datatype.h"

#include <QString>

// Maps a type as an engine spells it ("int(11) unsigned", "nvarchar(max)", "int8",
// "character varying(40)", "serial") to Joinery's logical type. What has no logical equivalent
// stays a Custom type holding the text as written, so nothing is lost, only not generalised.
namespace TypeMapper {

struct Mapped
{
    DataType type;
    bool isUnsigned = false;
    bool autoIncrement = false; // serial, bigserial, smallserial
};

// `dialect` is the import's dialect id ("sqlite", "postgresql", "mysql", "sqlserver"); it
// decides the few names that differ (SQL Server's bit is a boolean, MySQL's is a bit field).
Mapped map(const QString &engineType, const QString &dialect);

} // namespace TypeMapper
