#pragma once

#include "id.h"
#include "referentialaction.h"

#include <QString>
#include <QVector>

struct ForeignKey
{
    Id id = 0;
    QString name;
    Id childTable = 0;
    QVector<Id> childColumns; // parallel to parentColumns, of equal length
    Id parentTable = 0;
    QVector<Id> parentColumns;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    Deferrability deferrability = Deferrability::NotDeferrable;
    MatchType match = MatchType::Simple;
    // PostgreSQL 15: ON DELETE SET NULL (columns) / SET DEFAULT (columns), a subset of
    // childColumns; empty: all of them.
    QVector<Id> deleteSetColumns;

    bool isSelfReference() const { return childTable == parentTable; }
    bool uses(Id columnId) const
    {
        return childColumns.contains(columnId) || parentColumns.contains(columnId);
    }
    bool operator==(const ForeignKey &o) const;
    bool operator!=(const ForeignKey &o) const { return !(*this == o); }
};
