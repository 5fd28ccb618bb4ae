#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

// The schema of a live database as its engine writes it: every table's SHOW CREATE TABLE on
// MySQL/MariaDB, `pg_dump --schema-only` on PostgreSQL. The script importers then read it, so a
// live import keeps all that a script import keeps (CHECKs, partitions, user types, sequences,
// index methods and predicates, table options, collations) and reports the same way what it
// leaves out. The catalog readers remain the fallback when this is not possible.
class ServerDdlReader
{
    Q_DECLARE_TR_FUNCTIONS(ServerDdlReader)
public:
    struct Result
    {
        QString script; // empty when it could not be produced; `error` says why
        QStringList
            skipped; // one statement kind per view, trigger, routine, event: CREATE VIEW ...
        QString error;
        bool mariaDb = false; // MySQL family: the server is MariaDB
    };

    // An open QMYSQL connection to `database`: SHOW CREATE TABLE of every base table.
    static Result mySql(QSqlDatabase &db, const QString &database);
    // pg_dump with the URL's host, port, user and database (the password through PGPASSWORD,
    // never on the command line). Fails, saying why, when no pg_dump is installed, when it is
    // older than the server, or after `timeoutSeconds`.
    static Result postgres(const QUrl &url, const QString &password, int timeoutSeconds = 120);
    // A CHECK as pg_dump prints it, written so that PostgreSQL stores it as the server has it.
    // The deparsed form of `col IN ('a', 'b')` on a varchar column, `(col)::text = ANY
    // ((ARRAY['a'::character varying, ...])::text[])`, is stored differently when parsed again
    // (each element cast on its own), so a dump and restore changes the catalog; the IN list
    // it came from gives the original back. Likewise `<> ALL` for NOT IN.
    static QString restorableCheck(const QString &deparsed);
    // The pg_dump to run: the newest of Debian's versioned ones, else the one on the PATH.
    static QString pgDumpProgram();
};
