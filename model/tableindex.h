#pragma once

#include "id.h"

#include <QString>
#include <QVector>

struct TableIndex
{
    Id id = 0;
    QString name;
    QVector<Id> columns; // ordered column ids of the owning table
    bool unique = false;

    bool operator==(const TableIndex &o) const
    {
        return id == o.id && name == o.name && columns == o.columns && unique == o.unique;
    }
};
