#include "throwawaydatabase.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInt throwAwayCounter;

} // namespace

ThrowAwayDatabase::ThrowAwayDatabase(const QString &adminConnection)
    : m_admin(adminConnection)
{
    // Lower case and [a-z0-9_] only: PostgreSQL folds unquoted names, MySQL's are file names,
    // and the name is spliced into DDL. The random part keeps two processes apart.
    const int number = throwAwayCounter.fetchAndAddRelaxed(1);
    m_name = QStringLiteral("%1%2_%3_%4")
                 .arg(QLatin1String(NamePrefix))
                 .arg(QCoreApplication::applicationPid())
                 .arg(number)
                 .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    m_connection = QStringLiteral("joinery-throwaway-%1-%2").arg(m_name).arg(number);
}

ThrowAwayDatabase::~ThrowAwayDatabase()
{
    drop();
}

bool ThrowAwayDatabase::create()
{
    QSqlDatabase admin = QSqlDatabase::database(m_admin, false);
    QSqlQuery query(admin);
    const bool mySql = admin.driverName() == QLatin1String("QMYSQL");
    const QString sql = mySql
        ? QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(m_name)
        : QStringLiteral("CREATE DATABASE %1").arg(m_name);
    if (!query.exec(sql)) {
        m_error = tr("Cannot create the throw-away database %1: %2")
                      .arg(m_name, query.lastError().databaseText().trimmed());
        return false;
    }
    m_created = true;
    return true;
}

QSqlDatabase ThrowAwayDatabase::open()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase open = QSqlDatabase::database(m_connection, false);
        if (open.isOpen())
            return open;
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase db
        = QSqlDatabase::cloneDatabase(QSqlDatabase::database(m_admin, false), m_connection);
    db.setDatabaseName(m_name);
    if (!db.open())
        m_error = tr("Cannot connect to the throw-away database %1: %2")
                      .arg(m_name, db.lastError().databaseText().trimmed());
    return db;
}

bool ThrowAwayDatabase::empty()
{
    QSqlDatabase db = open();
    QSqlQuery query(db);
    auto failed = [&] {
        m_error = tr("Cannot empty the throw-away database %1: %2")
                      .arg(m_name, query.lastError().databaseText().trimmed());
        return false;
    };
    if (!db.isOpen())
        return false;
    if (db.driverName() == QLatin1String("QMYSQL")) {
        // A MySQL database is a folder: dropping and creating it again is quick.
        if (!query.exec(QStringLiteral("DROP DATABASE %1").arg(m_name))
            || !query.exec(QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(m_name))
            || !query.exec(QStringLiteral("USE %1").arg(m_name)))
            return failed();
        return true;
    }
    // PostgreSQL: every schema the last use made, public among them, goes with its contents
    // (without a notice for each table).
    if (!query.exec(QStringLiteral("SET client_min_messages = warning"))
        || !query.exec(QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE "
                                      "'pg\\_%' AND nspname <> 'information_schema'")))
        return failed();
    QStringList schemas;
    while (query.next())
        schemas << query.value(0).toString();
    for (const QString &schema : std::as_const(schemas)) {
        const QString quoted = QLatin1Char('"')
            + QString(schema).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        if (!query.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(quoted)))
            return failed();
    }
    if (!query.exec(QStringLiteral("CREATE SCHEMA public")))
        return failed();
    return true;
}

bool ThrowAwayDatabase::drop()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (!m_created)
        return true;
    // PostgreSQL waits a few seconds for the closed session's backend to end before it
    // refuses; a refusal is reported, and the destructor tries again.
    QSqlQuery query(QSqlDatabase::database(m_admin, false));
    if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name))) {
        m_error = tr("Cannot drop the throw-away database %1: %2")
                      .arg(m_name, query.lastError().databaseText().trimmed());
        return false;
    }
    m_created = false;
    return true;
}
