#pragma once

#include "problem.h"

#include <QCoreApplication>
#include <QVector>

class Schema;
struct Table;
struct ForeignKey;

// Dialect-independent checks. Split by what each check reads, so that ProblemTracker can rerun
// only the parts an edit touched:
// - checkTable reads one table;
// - checkForeignKey reads one key and its two tables;
// - checkNames reads every name in the schema (uniqueness), and is cheap.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    static QVector<Problem> validate(const Schema &schema);

    static QVector<Problem> checkTable(const Schema &schema, const Table &table);
    static QVector<Problem> checkForeignKey(const Schema &schema, const ForeignKey &key);
    static QVector<Problem> checkNames(const Schema &schema);

    // Errors first, then warnings, then by object and code: the order `check` prints.
    static void sort(QVector<Problem> *problems);
};
