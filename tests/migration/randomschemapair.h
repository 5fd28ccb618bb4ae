#pragma once

#include "schema.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// A random schema with rows, and a copy changed by random edits, from one seed: the material of
// the random migration tests. Both share ids (one document's lineage), so renames are exact.
// Tables reference only earlier tables (rows go in table order); key columns are nullable;
// names are plain lower-case identifiers that no engine reserves.
// Edits: rename a table or a column, add a column (nullable, or NOT NULL with a default), drop a
// column, change a key's actions, add a key (over a new nullable column), drop a key, add or
// drop an index, widen a VARCHAR, add a table under an existing one, drop a table nothing
// references.
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
};
