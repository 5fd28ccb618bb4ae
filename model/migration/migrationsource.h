#pragma once

#include "schemamatch.h"

#include <QCoreApplication>
#include <QString>

class Schema;
class WorkLimit;

// One side of a comparison read from a file: a .joinery document, a SQL script (its dialect
// detected by the importer) or a SQLite database file. `joinery migrate` and File › Compare
// with… read their inputs here, so that both accept the same files.
class MigrationSource
{
    Q_DECLARE_TR_FUNCTIONS(MigrationSource)
public:
    static bool isJoineryFile(const QString &path);
    // False with *error set when the file is missing or cannot be read as a schema. `limit`
    // bounds (and with its cancel flag, stops) the import of a script or a database.
    static bool read(const QString &path, Schema *schema, QString *error,
                     WorkLimit *limit = nullptr);
    // By id only when both sides are .joinery documents of one lineage: imported scripts
    // number their objects from 1, so their ids say nothing about which object is which.
    static SchemaMatch::Mode matchMode(bool bothJoinery, const Schema &oldSchema,
                                       const Schema &newSchema);
};
