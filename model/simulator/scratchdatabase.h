#pragma once

#include "sampledata.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class Schema;
struct sqlite3;

// A row that could not be put into the scratch database, and why.
struct RejectedRow
{
    Id table = 0;
    QString tableName;
    QVector<QVariant> values; // parallel to the SampleTable's columns
    QString reason;
};

// The in-memory SQLite database the simulator works on: one uniquely named QSQLITE connection
// per instance, used only from the thread that created it. Foreign keys are switched on right
// after opening, outside any transaction (SQLite ignores the pragma inside one). Every
// statement is checked; error() holds the last failure in words.
//
// It is built from the schema's SQLite DDL and filled from SampleData; SampleData, not this
// database, is what the document keeps.
class ScratchDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;
    sqlite3 *handle() const;
    QString error() const { return m_error; }

    // Runs one statement; false with error() set on failure. Values are bound in order.
    bool exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row of a query; invalid QVariant on failure or no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    // Creates the tables from `statements` (each one SQL statement without ";").
    bool create(const QStringList &statements);
    // Creates the tables from the schema's SQLite DDL (ScratchSchema): a clause SQLite cannot
    // evaluate is left out and named in notSimulated(), never the cause of a failure.
    bool createFromSchema(const Schema &schema);
    // From this many tables the database uses SQLite's smallest page (see createFromSchema).
    static constexpr int SmallPagesFromTables = 500;
    // What of the schema the last createFromSchema() left out, one line each.
    const QStringList &notSimulated() const { return m_notSimulated; }

    enum class LoadMode {
        Strict, // any row that does not fit fails the whole load; nothing is kept
        Lenient, // rows that fit are kept, the others returned in *rejected
    };
    // Inserts the rows of `data` that belong to tables and columns of `schema` (by id), with
    // checks of foreign keys deferred to the end so that row order and cycles do not matter.
    bool load(const Schema &schema, const SampleData &data, LoadMode mode,
              QVector<RejectedRow> *rejected = nullptr);
    // Reads every table of `schema` back, rows in rowid order.
    bool read(const Schema &schema, SampleData *data);
    bool readTable(const Schema &schema, Id tableId, SampleTable *table);

    // Removes every row from every table of `schema` (foreign keys off for the purpose).
    bool clear(const Schema &schema);

    // `PRAGMA foreign_key_check` as (table, rowid, parent, fkid) rows.
    struct Violation
    {
        QString table;
        qlonglong rowId = 0;
        QString parent;
        int keyIndex = 0; // fkid: index in PRAGMA foreign_key_list(table)
    };
    bool foreignKeyViolations(QVector<Violation> *violations);

    static QString quote(const QString &identifier);

private:
    bool fail(const QString &what, const QString &why);
    bool failQuery(const QString &sql, const QSqlQuery &query);

    QString m_connectionName;
    bool m_open = false;
    QString m_error;
    QString m_reason; // the last failure in SQLite's words, without the statement
    QStringList m_notSimulated;
};
