#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

class SchemaDiff;

// A rename the user may mean, guessed from a diff matched by name: a dropped and an added
// table that share most column names, or a dropped and an added column of one table with the
// same type (or the only dropped and the only added column of a table). Only the user can tell a rename from a drop and an add; a confirmed suggestion
// goes back to SchemaMatch::compute as a declared rename.
struct RenameSuggestion
{
    QString rename; // "old=new" (a table) or "table.old=new" (a column of the old table)
    QString description; // for people: "table customer → client"
    bool operator==(const RenameSuggestion &o) const
    {
        return rename == o.rename && description == o.description;
    }
};

class RenameSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(RenameSuggestions)
public:
    // Tables first, then columns, each in the new schema's order; every object appears in at
    // most one suggestion.
    static QVector<RenameSuggestion> find(const SchemaDiff &diff);

    // A dropped and an added table are a likely rename when at least this share of their
    // column names (of both together) is common to both.
    static constexpr double TableSimilarity = 0.5;
};
