#include "serverscratch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <mutex>

namespace {

// Qt's MySQL driver counts its connections in a plain static int, and initialises and ends the
// client library (not thread-safe) as that count leaves and reaches zero: scratch databases on
// several threads open and close their connections one at a time.
std::mutex connectionMutex;

} // namespace

ServerScratch::ServerScratch(const EngineServer &server)
    : m_server(server)
    , m_name(EngineServer::uniqueDatabaseName(QStringLiteral("scratch")))
{
}

ServerScratch::~ServerScratch()
{
    const std::lock_guard<std::mutex> lock(connectionMutex);
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    if (m_created)
        m_server.dropScratchDatabase(m_name);
}

bool ServerScratch::open(QString *error)
{
    const std::lock_guard<std::mutex> lock(connectionMutex);
    if (!m_server.createScratchDatabase(m_name, error))
        return false;
    m_created = true;
    QSqlDatabase db = m_server.open(m_name, m_name);
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    // DROP SCHEMA … CASCADE lists what it dropped as a NOTICE, which libpq prints to stderr.
    m_open = m_server.kind() != EngineServer::Kind::PostgreSql
        || exec(QStringLiteral("SET client_min_messages = warning"), error);
    return m_open;
}

QSqlDatabase ServerScratch::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ServerScratch::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral("\nin: ") + sql;
    return false;
}

bool ServerScratch::reset(QString *error)
{
    if (m_server.kind() == EngineServer::Kind::MariaDb) {
        const QString name = QLatin1Char('`') + m_name + QLatin1Char('`');
        return exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name, error)
            && exec(QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE "
                                   "utf8mb4_unicode_ci")
                        .arg(name),
                    error)
            && exec(QStringLiteral("USE ") + name, error);
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral(
            "SELECT quote_ident(nspname) FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', "
            "'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE "
            "'pg\\_temp%'"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList schemas;
    while (query.next())
        schemas << query.value(0).toString();
    return (schemas.isEmpty()
            || exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schemas.join(QLatin1String(", "))),
                    error))
        && exec(QStringLiteral("CREATE SCHEMA public"), error);
}

EngineCatalog ServerScratch::catalog() const
{
    return m_server.kind() == EngineServer::Kind::PostgreSql
        ? EngineCatalog::readPostgres(database())
        : EngineCatalog::readMariaDb(database(), m_name);
}
