#pragma once

#include "schema.h"

#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

// A random schema with rows, and a copy changed by random edits, from one seed: the material of
// the random migration tests. Both share ids (one document's lineage), so renames are exact.
// Tables reference earlier tables or themselves (rows go in table order, a self-reference points
// at an earlier row); some have a composite primary key (id, part), referenced by two-column
// keys; key columns are nullable; names are plain lower-case identifiers that no engine
// reserves.
// Edits: rename a table or any column (key columns too); add a column (nullable, or NOT NULL
// with a default); drop a column; change a column's type (INTEGER to BIGINT, a VARCHAR wider or
// to TEXT), nullability (NOT NULL only where no row holds NULL) or default; change a key's
// actions; add a key (over new nullable columns, one per parent key column) or a
// self-reference; drop a key; add or drop an index or a UNIQUE constraint (over (column, id), so
// that the rows never violate it); widen a primary key column to BIGINT with every column that
// references it; add a table under an existing one; drop a table nothing else references.
struct RandomSchemaPair
{
    Schema before;
    Schema after;
    QString data; // INSERT statements for `before`, one a line
    QStringList edits; // what was done, for failure messages

    static RandomSchemaPair generate(quint32 seed);

private:
    void buildBefore(QRandomGenerator *random);
    void fillData(QRandomGenerator *random);
    void edit(QRandomGenerator *random);
    void editColumn(QRandomGenerator *random, Table *table);
    void addKey(Table *table, const Table &parent, const QString &suffix, QRandomGenerator *random);

    QSet<Id> m_withoutNulls; // columns of `before` in which no row holds NULL
};
