#pragma once

#include "dialect.h"

#include "../problem.h"

#include <QCoreApplication>
#include <QVector>

class Schema;

// Table options another dialect's generator does not write: PostgreSQL's partitioning,
// inheritance, UNLOGGED, storage parameters and tablespaces; SQLite's STRICT and WITHOUT
// ROWID; MySQL/MariaDB's engine and its options. Each is a problem that names the table and
// says what the script does instead, so nothing is left out without a word.
class TableOptionsChecker
{
    Q_DECLARE_TR_FUNCTIONS(TableOptionsChecker)
public:
    static QVector<Problem> check(const Schema &schema, Dialect dialect);
};
