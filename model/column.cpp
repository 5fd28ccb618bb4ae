#include "column.h"

bool Column::operator==(const Column &o) const
{
    return id == o.id && name == o.name && type == o.type && declaredType == o.declaredType
        && typeDeclared == o.typeDeclared && isUnsigned == o.isUnsigned && collation == o.collation
        && nullable == o.nullable && defaultValue == o.defaultValue
        && onUpdateValue == o.onUpdateValue && autoIncrement == o.autoIncrement
        && identity == o.identity && identityOptions == o.identityOptions
        && generatedExpression == o.generatedExpression && generatedStored == o.generatedStored
        && comment == o.comment;
}
