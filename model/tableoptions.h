#pragma once

#include "id.h"

#include <QString>
#include <QVector>

// Table options that only some dialects have, kept so that a same-dialect export writes them back
// and a cross-dialect export can say what it leaves out. Every field at its default means "none".
struct TableOptions
{
    // SQLite
    bool withoutRowid = false;
    bool strict = false;

    // MySQL / MariaDB (as in SHOW CREATE TABLE)
    QString engine; // "InnoDB", "MyISAM" ...
    QString charset; // DEFAULT CHARSET
    QString collation; // the table's default collation
    QString rowFormat; // ROW_FORMAT=...
    QString autoIncrementStart; // AUTO_INCREMENT=n, the next value
    QString otherOptions; // anything else, as written (KEY_BLOCK_SIZE=8 ...)

    // PostgreSQL
    bool unlogged = false;
    QString partitionBy; // the parent's PARTITION BY clause, e.g. "RANGE (payment_date)"
    Id partitionOf = 0; // a partition: the id of its partitioned parent
    QString partitionBound; // a partition's "FOR VALUES ..." or "DEFAULT"
    QVector<Id> inherits; // INHERITS (...), ids of the parent tables in order
    QString storageParameters; // WITH (...) without the parentheses, e.g. "fillfactor=70"
    QString tablespace;

    bool isPartition() const { return partitionOf != 0; }
    bool operator==(const TableOptions &o) const
    {
        return withoutRowid == o.withoutRowid && strict == o.strict && engine == o.engine
            && charset == o.charset && collation == o.collation && rowFormat == o.rowFormat
            && autoIncrementStart == o.autoIncrementStart && otherOptions == o.otherOptions
            && unlogged == o.unlogged && partitionBy == o.partitionBy
            && partitionOf == o.partitionOf && partitionBound == o.partitionBound
            && inherits == o.inherits && storageParameters == o.storageParameters
            && tablespace == o.tablespace;
    }
    bool operator!=(const TableOptions &o) const { return !(*this == o); }
};
