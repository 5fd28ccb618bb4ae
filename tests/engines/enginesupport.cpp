#include "enginesupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

bool isSafeIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

EngineServer EngineServer::fromEnvironment(const char *envVar)
{
    EngineServer server;
    const QString variable = QString::fromLatin1(envVar);
    if (variable.contains(QLatin1String("POSTGRES"), Qt::CaseInsensitive))
        server.m_kind = Kind::PostgreSql;
    else if (variable.contains(QLatin1String("MARIADB"), Qt::CaseInsensitive)
             || variable.contains(QLatin1String("MYSQL"), Qt::CaseInsensitive))
        server.m_kind = Kind::MariaDb;

    const QString path = qEnvironmentVariable(envVar);
    if (path.isEmpty()) {
        server.m_reason = QStringLiteral("%1 is not set; run this test through ctest so the "
                                         "engine fixture starts the server")
                              .arg(variable);
        return server;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        server.m_reason = QStringLiteral("cannot read %1 (%2): did the engine fixture run?")
                              .arg(path, file.errorString());
        return server;
    }

    QHash<QString, QString> values;
    QTextStream stream(&file);
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 1));
    }

    const QString status = values.value(QStringLiteral("status"));
    if (status != QLatin1String("ok")) {
        const QString reason = values.value(QStringLiteral("reason"), QStringLiteral("unknown reason"));
        server.m_reason = QStringLiteral("%1 server not available (%2): %3")
                              .arg(variable, status.isEmpty() ? QStringLiteral("no status") : status, reason);
        return server;
    }

    server.m_host = values.value(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    server.m_port = values.value(QStringLiteral("port")).toInt();
    server.m_user = values.value(QStringLiteral("user"));
    server.m_password = values.value(QStringLiteral("password"));
    server.m_database = values.value(QStringLiteral("database"));

    if (server.m_kind == Kind::Unknown) {
        server.m_reason = QStringLiteral("cannot tell the engine kind from %1").arg(variable);
        return server;
    }
    // A missing Qt driver plugin looks exactly like a missing server to the
    // test author, so report it the same way (skip locally, fail in CI).
    if (!QSqlDatabase::isDriverAvailable(server.driverName())) {
        server.m_reason = QStringLiteral("Qt SQL driver %1 is not installed (Debian: %2)")
                              .arg(server.driverName(),
                                   server.m_kind == Kind::PostgreSql ? QStringLiteral("libqt6sql6-psql")
                                                                     : QStringLiteral("libqt6sql6-mysql"));
        return server;
    }
    server.m_available = true;
    return server;
}

bool EngineServer::requiredByCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QString EngineServer::driverName() const
{
    switch (m_kind) {
    case Kind::PostgreSql:
        return QStringLiteral("QPSQL");
    case Kind::MariaDb:
        return QStringLiteral("QMYSQL");
    case Kind::Unknown:
        break;
    }
    return {};
}

QSqlDatabase EngineServer::open(const QString &connectionName, const QString &databaseName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(databaseName.isEmpty() ? m_database : databaseName);
    // Bounded connect so a dead server fails the test instead of hanging it
    // until the CTest timeout.
    db.setConnectOptions(m_kind == Kind::PostgreSql ? QStringLiteral("connect_timeout=10")
                                                    : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
    db.open();
    return db;
}

bool EngineServer::runAdminStatement(const QString &statement, QString *error) const
{
    static QAtomicInteger<int> counter;
    const QString connectionName =
        QStringLiteral("joinery_engine_admin_%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = open(connectionName);
        if (!db.isOpen()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok && error)
                *error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

bool EngineServer::createScratchDatabase(const QString &name, QString *error) const
{
    if (!m_available) {
        if (error)
            *error = m_reason;
        return false;
    }
    if (!isSafeIdentifier(name)) {
        if (error)
            *error = QStringLiteral("invalid scratch database name '%1'").arg(name);
        return false;
    }
    // A crashed earlier test may have left the database behind.
    if (!dropScratchDatabase(name, error))
        return false;
    const QString statement = m_kind == Kind::PostgreSql
        ? QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name)
        : QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci").arg(name);
    return runAdminStatement(statement, error);
}

bool EngineServer::dropScratchDatabase(const QString &name, QString *error) const
{
    if (!m_available) {
        if (error)
            *error = m_reason;
        return false;
    }
    if (!isSafeIdentifier(name)) {
        if (error)
            *error = QStringLiteral("invalid scratch database name '%1'").arg(name);
        return false;
    }
    // WITH (FORCE) (PostgreSQL 13+) ends sessions a test forgot to close,
    // which would otherwise make DROP DATABASE fail.
    const QString statement = m_kind == Kind::PostgreSql
        ? QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name)
        : QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(name);
    return runAdminStatement(statement, error);
}

QString EngineServer::uniqueDatabaseName(const QString &prefix)
{
    static QAtomicInteger<int> counter;
    // Lower case: PostgreSQL folds unquoted names and MariaDB may be case
    // insensitive on some file systems, so avoid surprises either way.
    return QStringLiteral("%1_%2_%3")
        .arg(prefix.toLower())
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}
