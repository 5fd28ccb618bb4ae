#pragma once

#include "../ddl/dialect.h"
#include "../id.h"
#include "rowdiff.h"
#include "sampledata.h"
#include "simulationresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class ThrowAwayDatabase;

class Schema;

// Runs one DELETE or UPDATE on a real PostgreSQL or MySQL/MariaDB server: the schema (the
// dialect's DDL from DdlGenerator) and the sample data are built in a throw-away database
// (ThrowAwayDatabase, dropped in every case), every table's rows are read before the
// statement and again inside its transaction, which is always rolled back, and the effects
// are the difference (RowDiff, EffectTree). No triggers are installed: MySQL's cascades fire
// none, and the rows say everything.
//
// The statement must have passed the SQLite StatementGuard first (one DELETE or UPDATE on a
// table of the schema, nothing else); it is sent to the engine as the user wrote it.
class EngineSimulation
{
    Q_DECLARE_TR_FUNCTIONS(EngineSimulation)
public:
    // postgresql:// (or postgres://), mysql:// or mariadb:// USER@HOST:PORT/DATABASE.
    static bool isEngineUrl(const QString &url);

    EngineSimulation(const QString &url, const QString &password);
    ~EngineSimulation();
    EngineSimulation(const EngineSimulation &) = delete;
    EngineSimulation &operator=(const EngineSimulation &) = delete;

    // Connects to the URL's database (used only to create and drop the throw-away one) and
    // reads the server's version; false with error() set.
    bool connect();
    // After connect(): PostgreSQL, MySQL or MariaDB (told apart by the server's version).
    Dialect dialect() const { return m_dialect; }
    // "PostgreSQL 15.5 (Debian 15.5-0+deb12u1)", "MariaDB 10.11.6-MariaDB-0+deb12u1".
    QString version() const { return m_version; }
    QString error() const { return m_error; }
    // After run(): why the throw-away database could not be dropped; empty when it was.
    QString cleanupError() const { return m_cleanupError; }

    // `table`: the statement's table in the schema. The result's badInput is set when the
    // schema or the data cannot be built on the engine (error.message says why); otherwise
    // ok, or refused with the engine's own message. `defer`: SET CONSTRAINTS ALL DEFERRED on
    // PostgreSQL (its DEFERRABLE keys wait for the end of the transaction, which is simulated
    // before the rollback); MySQL and MariaDB defer nothing, as the SQLite simulation says.
    SimulationResult run(const Schema &schema, const SampleData &data, const QString &statement,
                         Id table, bool deleting, bool defer = false);

    // Many runs in a row (a test's random cases): one throw-away database serves them all,
    // emptied before each run, and is dropped by endBatch() (or the destructor). False with
    // error() set.
    bool beginBatch();
    bool endBatch();

private:
    bool build(QSqlDatabase &db, const Schema &schema, const SampleData &data);
    bool load(QSqlDatabase &db, const Schema &schema, const SampleData &data);
    bool snapshot(QSqlDatabase &db, const Schema &schema,
                  QHash<Id, QVector<QVector<QVariant>>> *rows);
    void explainRefusal(const Schema &schema, const QString &code, bool deleting,
                        SimulationResult *result) const;

    QString m_url;
    QString m_password;
    QString m_connection;
    Dialect m_dialect = Dialect::PostgreSQL;
    QString m_version;
    QString m_error;
    QString m_cleanupError;
    std::unique_ptr<ThrowAwayDatabase> m_batch;
};
