#pragma once

#include "sequence.h"
#include "usertype.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class Schema;

// What SchemaObjectsDialog refuses before it pushes its command: the same name twice (types,
// sequences and tables share PostgreSQL's namespace of relations and types), an empty name, an
// enum without values or with a value twice, a domain without a base type, a sequence number
// that is not an integer, and removing or renaming a type that columns or domains still use, or
// a sequence that column defaults draw from (nextval), since they would then name nothing.
class SchemaObjectsCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaObjectsCheck)
public:
    // The first problem, as a sentence for the dialog; empty when the lists can be applied.
    static QString problem(const Schema &schema, const QStringList &extensions,
                           const QVector<UserType> &types, const QVector<Sequence> &sequences);

    // "table.column" of every column declared with the type (arrays of it included).
    static QStringList columnsUsing(const Schema &schema, const QString &typeName);
    // "table.column" of every column whose default draws from the sequence (nextval).
    static QStringList columnsUsingSequence(const Schema &schema, const QString &sequenceName);
    // Whether a declared type such as `public."Mood"[]` names `typeName` (the same test serves
    // a sequence named in nextval('public."Seq"')).
    static bool declaresType(const QString &declaredType, const QString &typeName);

private:
    static QString typeProblem(const UserType &type);
    static QString sequenceProblem(const Sequence &sequence);
    static QString removedTypeProblem(const Schema &schema, const QVector<UserType> &types);
    static QString removedSequenceProblem(const Schema &schema, const QVector<Sequence> &sequences);
};
