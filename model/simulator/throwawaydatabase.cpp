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
    QSqlDatabase db
        = QSqlDatabase::cloneDatabase(QSqlDatabase::database(m_admin, false), m_connection);
    db.setDatabaseName(m_name);
    if (!db.open())
        m_error = tr("Cannot connect to the throw-away database %1: %2")
                      .arg(m_name, db.lastError().databaseText().trimmed());
    return db;
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
