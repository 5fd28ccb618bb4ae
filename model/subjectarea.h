#pragma once

#include "id.h"

#include <QColor>
#include <QString>
#include <QVector>

// A named, coloured group of tables ("subject area", a "layer" in MySQL Workbench, a "tag" or
// "layer" in pgModeler): a way to find one's place in a big diagram, drawn as a tinted region
// behind its tables. It holds table ids only, in the order the user added them; a table may be
// in several areas or in none. Nothing of it reaches the DDL.
struct SubjectArea
{
    Id id = 0;
    QString name;
    QColor color; // invalid: the canvas's default tint
    QVector<Id> tables;

    bool operator==(const SubjectArea &o) const
    {
        return id == o.id && name == o.name && color == o.color && tables == o.tables;
    }
    bool operator!=(const SubjectArea &o) const { return !(*this == o); }
};
