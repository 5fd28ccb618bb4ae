#pragma once

#include "ddl/dialect.h"

#include <QCoreApplication>
#include <QString>

class Schema;
struct Column;

// What the schema's target dialect does not take of a column or table feature,
// for the panels: they mark the field with ⚠ and show the reason beside it, as the key panel
// does for referential actions. Every reason is a fact about the engine; an empty string means
// the target takes the feature as it is (or no target dialect is chosen, and there is nothing
// to judge by).
class DialectAdvice
{
    Q_DECLARE_TR_FUNCTIONS(DialectAdvice)
public:
    enum class Feature {
        Unsigned,
        IdentityAlways,
        IdentityByDefault,
        GeneratedVirtual,
        OnUpdate,
        CheckNoInherit,
    };
    // The dialect families whose table options Joinery keeps.
    enum class OptionFamily { SQLite, MySql, PostgreSql };

    static QString reason(const Schema &schema, Feature feature);
    static QString reason(Dialect target, Feature feature);
    // A column's collation: SQLite knows three unless the application registers more.
    static QString collationReason(const Schema &schema, const QString &collation);
    // Options of another family than the target's: not written for the target.
    static QString optionsReason(const Schema &schema, OptionFamily family);
    static bool belongsTo(Dialect dialect, OptionFamily family);
    // "⚠ " + reason, or empty: what the panels put in their advice labels.
    static QString marked(const QString &reason);
};
