#pragma once

#include "../id.h"

#include <QSet>
#include <QString>
#include <QVector>

class Schema;
struct Table;

// Names the generator has to invent (indexes on key columns, unnamed keys): readable, within the
// dialect's length limit, and clashing with no name the schema already uses.
//
// The schema's names are collected on the first indexName(), not on construction: the
// per-object hooks (a table's qualified name, one column's SQL) make one of these per call, and
// a migration of 5,000 tables makes thousands of calls that never invent a name. `schema` must
// outlive this object.
class GeneratedNames
{
public:
    GeneratedNames(const Schema &schema, int maxBytes);

    // "ix_<table>_<col>_<col>", made unique by a numeric suffix; the name is then taken.
    QString indexName(const Table &table, const QVector<Id> &columnIds);

    // The name itself when it fits in maxBytes of UTF-8 (0: no limit); otherwise a prefix plus
    // a hash of the whole name, so that two long names sharing a prefix stay distinct.
    static QString fit(const QString &name, int maxBytes);

private:
    void collectUsedNames();

    const Schema &m_schema;
    bool m_collected = false;
    QSet<QString> m_used; // lower case: engines compare these names without case
    int m_maxBytes;
};
