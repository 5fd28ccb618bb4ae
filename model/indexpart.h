#pragma once

#include <QString>

// One element of an index beyond its column: an expression in place of the column, the sort
// order, collation, operator class and, for MySQL/MariaDB, the prefix length. Every field at its
// default means "the column, ascending, as the engine would by default".
struct IndexPart
{
    QString expression; // non-empty: an expression part (its column id is 0), as written
    QString collation;
    QString operatorClass; // PostgreSQL, e.g. "text_pattern_ops", "gin_trgm_ops"
    bool descending = false;
    QString nullsOrder; // PostgreSQL: "" (default), "FIRST" or "LAST"
    int prefixLength = 0; // MySQL/MariaDB KEY (name(10)); 0: the whole column

    bool isDefault() const
    {
        return expression.isEmpty() && collation.isEmpty() && operatorClass.isEmpty() && !descending
            && nullsOrder.isEmpty() && prefixLength == 0;
    }
    bool operator==(const IndexPart &o) const
    {
        return expression == o.expression && collation == o.collation
            && operatorClass == o.operatorClass && descending == o.descending
            && nullsOrder == o.nullsOrder && prefixLength == o.prefixLength;
    }
    bool operator!=(const IndexPart &o) const { return !(*this == o); }
};
