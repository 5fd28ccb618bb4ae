#pragma once

#include "id.h"

#include <QString>

// A named sequence (PostgreSQL CREATE SEQUENCE). A `serial` column and an identity column own
// sequences the engine makes by itself; those are not Sequence objects. A column whose default
// is nextval('name') uses one of these, and `ownedBy` records ALTER SEQUENCE ... OWNED BY.
// Numbers are kept as text: empty means the engine's default, and bigint bounds fit.
struct Sequence
{
    Id id = 0;
    QString schemaName;
    QString name;
    QString dataType; // "" = bigint
    QString start;
    QString increment;
    QString minValue;
    QString maxValue;
    QString cache;
    bool cycle = false;
    Id ownedBy = 0; // a column id, or 0

    bool operator==(const Sequence &o) const
    {
        return id == o.id && schemaName == o.schemaName && name == o.name && dataType == o.dataType
            && start == o.start && increment == o.increment && minValue == o.minValue
            && maxValue == o.maxValue && cache == o.cache && cycle == o.cycle
            && ownedBy == o.ownedBy;
    }
    bool operator!=(const Sequence &o) const { return !(*this == o); }
};
