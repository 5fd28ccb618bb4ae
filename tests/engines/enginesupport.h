#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtTest/QTest>

// Access to the throw-away database servers that the CTest fixtures
// (postgres.sh / mariadb.sh) start for the engine tests.
//
// The fixture writes an engine.env file and CTest tells the test where it is
// through an environment variable (JOINERY_POSTGRES_ENV / JOINERY_MARIADB_ENV).
// Going through a file instead of passing host/port directly lets the port be
// chosen at test time, when it is known to be free, rather than at configure
// time.
class EngineServer
{
public:
    enum class Kind { Unknown, PostgreSql, MariaDb };

    // Reads the env file named by the environment variable envVar. Never
    // fails: problems end up in unavailableReason() so tests can skip or fail
    // with a useful message.
    static EngineServer fromEnvironment(const char *envVar);

    // True in CI (CI=true), where a missing engine must fail the test run
    // instead of silently skipping the tests that need it.
    static bool requiredByCi();

    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    Kind kind() const { return m_kind; }
    QString driverName() const;
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    // The database the server always has (postgres / none for MariaDB).
    QString defaultDatabase() const { return m_database; }

    // Adds and opens a connection. The caller checks isOpen()/lastError() and
    // must call QSqlDatabase::removeDatabase(connectionName) when done.
    // An empty databaseName means the server's default database.
    QSqlDatabase open(const QString &connectionName, const QString &databaseName = {}) const;

    // Creates an empty database (dropping a leftover of the same name first),
    // so each test starts from a clean slate. MariaDB databases use utf8mb4.
    // Names are restricted to [A-Za-z0-9_] because they are spliced into DDL.
    bool createScratchDatabase(const QString &name, QString *error = nullptr) const;
    bool dropScratchDatabase(const QString &name, QString *error = nullptr) const;

    // A database name that is unique per process and call, e.g. for tests
    // that run concurrently against the same server.
    static QString uniqueDatabaseName(const QString &prefix = QStringLiteral("joinery"));

private:
    bool runAdminStatement(const QString &statement, QString *error) const;

    Kind m_kind = Kind::Unknown;
    bool m_available = false;
    QString m_reason;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
};

// Skips the current test function when the server is not there, or fails it
// when running in CI, where every engine is expected to be installed.
#define JOINERY_REQUIRE_ENGINE(server)                                                    \
    do {                                                                                  \
        if (!(server).available()) {                                                      \
            const QByteArray joineryEngineReason = (server).unavailableReason().toUtf8(); \
            if (EngineServer::requiredByCi())                                             \
                QFAIL(joineryEngineReason.constData());                                   \
            else                                                                          \
                QSKIP(joineryEngineReason.constData());                                   \
        }                                                                                 \
    } while (false)
