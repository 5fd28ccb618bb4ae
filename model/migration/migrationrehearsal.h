#pragma once

#include "migrationscript.h"
#include "schemadiff.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <atomic>

class ScratchDatabase;

// Runs a SQLite migration on a scratch copy holding data, before anyone runs it for real: the
// old schema built from its SQLite create script, the data loaded (a .sql file of INSERTs), then
// the migration's statements one by one. The plain shape runs the file as written; the D1 shape
// runs it as D1 does, inside one transaction with foreign keys on.
// Per kept table it compares the rows before and after: their number and a checksum of the
// values of the columns kept with an unchanged type. A lost row, a changed value, a failed
// statement or a row that PRAGMA foreign_key_check reports fails the rehearsal, naming it.
class MigrationRehearsal
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRehearsal)
public:
    struct TableRows
    {
        QString table; // the new name
        qint64 before = 0;
        qint64 after = 0;
        QByteArray checksumBefore;
        QByteArray checksumAfter;
        bool operator==(const TableRows &o) const
        {
            return table == o.table && before == o.before && after == o.after
                && checksumBefore == o.checksumBefore && checksumAfter == o.checksumAfter;
        }
    };

    struct Result
    {
        bool ok = false;
        bool badInput = false; // the data or the old schema would not load
        QString failure; // the first thing that went wrong, in words
        QVector<TableRows> tables; // the kept tables, in the new schema's order
        QStringList violations; // foreign_key_check rows, described
        bool afterRead = false; // false when the migration stopped: `after` is not known
        bool cancelled = false; // the cancel flag stopped it; `failure` says so
        QString toText() const;
    };

    // `dataSql`: INSERT statements (the text of a .sql data file); `where` names it in errors.
    // Setting `cancel` (from another thread: the GUI runs this on a worker) stops the loading
    // of the data and the migration's statements within SQLite's next thousand steps.
    static Result run(const SchemaDiff &diff, const MigrationScript &script,
                      const QByteArray &dataSql, const QString &where,
                      const std::atomic_bool *cancel = nullptr);

private:
    static bool tableRows(ScratchDatabase *db, const QString &table, const QStringList &columns,
                          qint64 *count, QByteArray *checksum, QString *error);
    static QStringList describeViolations(ScratchDatabase *db);
};
