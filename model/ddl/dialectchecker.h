#pragma once

#include "dialect.h"

#include "../problem.h"

#include <QCoreApplication>
#include <QVector>

class Schema;

// The problems a schema has for one dialect, before any engine sees the script: actions the
// dialect rejects or changes, SQL Server's cascade paths (error 1785), MySQL/MariaDB's key type
// rules and cascade limits, names over the dialect's limit or clashing in its scope. Every
// problem has `dialect` set to Dialects::id(dialect).
class DialectChecker
{
    Q_DECLARE_TR_FUNCTIONS(DialectChecker)
public:
    static QVector<Problem> check(const Schema &schema, Dialect dialect);

private:
    static QVector<Problem> checkSchema(const Schema &schema, Dialect dialect);
    static QVector<Problem> checkKeys(const Schema &schema, Dialect dialect);
    static QVector<Problem> checkAutoIncrement(const Schema &schema, Dialect dialect);
    static QVector<Problem> checkSingleAutoIncrement(const Schema &schema, Dialect dialect);
    static QVector<Problem> checkNames(const Schema &schema, Dialect dialect);
    // Types, defaults, CHECKs and generated columns of a schema in another dialect, as the
    // generator translates them: what has no counterpart is an error (the script leaves a
    // default or CHECK out, or writes the type as declared), what loses something a warning.
    static QVector<Problem> checkTranslations(const Schema &schema, Dialect dialect);
};
