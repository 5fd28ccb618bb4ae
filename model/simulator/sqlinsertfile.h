#pragma once

#include "sampledata.h"

#include <QCoreApplication>
#include <QString>

class Schema;
class ScratchDatabase;
class WorkLimit;

// Sample data as a .sql file of INSERT statements.
//
// Reading runs the statements on the scratch database, each one prepared by SQLite under an
// authorizer that allows nothing but INSERT into the schema's tables (BEGIN and COMMIT lines,
// as dumps have them, are skipped). Key checks are deferred to the end, so the order of the
// statements does not matter; any failure leaves the database as it was and names the line.
// The file is not trusted: the work SQLite does for it is bounded by a WorkLimit (the given
// one, with the caller's Cancel and progress, or a default one), and a NUL byte refuses it.
class SqlInsertFile
{
    Q_DECLARE_TR_FUNCTIONS(SqlInsertFile)
public:
    static bool load(ScratchDatabase *db, const QString &path, QString *error,
                     WorkLimit *limit = nullptr);
    static bool loadText(ScratchDatabase *db, const QByteArray &text, const QString &where,
                         QString *error, WorkLimit *limit = nullptr);

    // Parents first; one INSERT per row; values as SQL literals.
    static QString toText(const Schema &schema, const SampleData &data);
    static bool save(const Schema &schema, const SampleData &data, const QString &path,
                     QString *error);

    static QString literal(const QVariant &value);
};
