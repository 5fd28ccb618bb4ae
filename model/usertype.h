#pragma once

#include "checkconstraint.h"
#include "id.h"

#include <QString>
#include <QStringList>
#include <QVector>

// A type the schema defines itself (PostgreSQL CREATE TYPE / CREATE DOMAIN), used by columns
// through their declared type. Enum values are kept exactly, spaces and case included.
struct UserType
{
    enum class Kind {
        Enum, // CREATE TYPE name AS ENUM ('a', 'b')
        Domain, // CREATE DOMAIN name AS base [COLLATE] [DEFAULT] [NOT NULL] [CHECK ...]
        Other, // composite, range ...: `definition` holds everything after the name, verbatim
    };

    Id id = 0;
    Kind kind = Kind::Enum;
    QString schemaName; // "" : the default schema
    QString name;
    QStringList values; // Enum
    QString baseType; // Domain: the declared base type, e.g. "integer", "character varying(40)"
    QString collation; // Domain
    QString defaultValue; // Domain, as written
    bool notNull = false; // Domain
    QVector<CheckConstraint> checks; // Domain: CHECK (VALUE ...) constraints, ids unused (0)
    QString definition; // Other: e.g. "AS (x integer, y integer)" or "AS RANGE (subtype = ...)"
    QString comment;

    bool operator==(const UserType &o) const
    {
        return id == o.id && kind == o.kind && schemaName == o.schemaName && name == o.name
            && values == o.values && baseType == o.baseType && collation == o.collation
            && defaultValue == o.defaultValue && notNull == o.notNull && checks == o.checks
            && definition == o.definition && comment == o.comment;
    }
    bool operator!=(const UserType &o) const { return !(*this == o); }
};
