#pragma once

#include "dialect.h"

#include "../problem.h"
#include "../schema.h"

#include <QCoreApplication>
#include <QVector>

// A schema written in one dialect, as it must be to exist in another: names made unique where
// the target's scope is wider than the source's (per-table index names into PostgreSQL or
// SQLite, per-table key names into MySQL) and fitted to the target's length limit; collations
// mapped to the target's own or left out; index features the target lacks (methods, operator
// classes, INCLUDE, partial predicates, FULLTEXT, expression parts) left out. Each change is
// a problem of its own, so `check --dialect` and the script's comments say the same.
struct CrossDialectSchema
{
    Q_DECLARE_TR_FUNCTIONS(CrossDialectSchema)
public:
    Schema schema;
    QVector<Problem> problems;

    // True when `schema`'s texts are in a known dialect other than `target`'s.
    static bool isTranslated(const Schema &schema, Dialect target);
    static CrossDialectSchema prepare(const Schema &schema, Dialect target);
};
