#include "foreignkey.h"

bool ForeignKey::operator==(const ForeignKey &o) const
{
    return id == o.id && name == o.name && childTable == o.childTable
        && childColumns == o.childColumns && parentTable == o.parentTable
        && parentColumns == o.parentColumns && onDelete == o.onDelete && onUpdate == o.onUpdate
        && deferrability == o.deferrability && match == o.match
        && deleteSetColumns == o.deleteSetColumns;
}
