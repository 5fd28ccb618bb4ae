#pragma once

#include "id.h"
#include "referentialaction.h"

#include <QString>
#include <QVector>

struct UniqueConstraint
{
    UniqueConstraint() = default;
    UniqueConstraint(Id id, const QString &name, const QVector<Id> &columns)
        : id(id)
        , name(name)
        , columns(columns)
    {
    }

    Id id = 0;
    QString name;
    QVector<Id> columns; // ordered column ids of the owning table
    Deferrability deferrability = Deferrability::NotDeferrable; // PostgreSQL
    bool nullsNotDistinct = false; // PostgreSQL 15 UNIQUE NULLS NOT DISTINCT

    bool operator==(const UniqueConstraint &o) const
    {
        return id == o.id && name == o.name && columns == o.columns
            && deferrability == o.deferrability && nullsNotDistinct == o.nullsNotDistinct;
    }
};
