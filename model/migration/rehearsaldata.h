#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SampleData;
class Schema;
class SchemaDiff;

// The data a rehearsal starts from, as the INSERT statements MigrationRehearsal loads into
// the old schema: a document's sample data, or the rows of a SQLite database file.
class RehearsalData
{
    Q_DECLARE_TR_FUNCTIONS(RehearsalData)
public:
    // `data` belongs to the diff's new schema when `dataIsNew`, else to its old one. Rows of
    // the new shape go back to the old one through the match: renamed tables and columns under
    // their old names, columns the old schema lacks left out (the old schema's defaults apply).
    static QByteArray fromSampleData(const SchemaDiff &diff, const SampleData &data,
                                     bool dataIsNew);
    // The rows of the old schema's tables (by name) in the SQLite database `path`, read from a
    // copy of the file so that the user's database is never opened for writing. Columns the
    // file lacks are left out; tables it lacks have no rows.
    static bool fromSqliteFile(const QString &path, const Schema &oldSchema, QByteArray *sql,
                               QString *error);
};
