#include "column.h"

bool Column::operator==(const Column &o) const
{
    return id == o.id && name == o.name && type == o.type && isUnsigned == o.isUnsigned
           && collation == o.collation && nullable == o.nullable
           && defaultValue == o.defaultValue && autoIncrement == o.autoIncrement
           && comment == o.comment;
}
