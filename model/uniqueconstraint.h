#pragma once

#include "id.h"

#include <QString>
#include <QVector>

struct UniqueConstraint
{
    Id id = 0;
    QString name;
    QVector<Id> columns; // ordered column ids of the owning table

    bool operator==(const UniqueConstraint &o) const
    {
        return id == o.id && name == o.name && columns == o.columns;
    }
};
