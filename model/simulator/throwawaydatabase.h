#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A database made on a server for one simulation, `joinery_sim_<unique>`, and dropped again
// when this object goes: on success, on a refused statement and on any failure half way, so
// that a simulation never leaves anything behind and never writes to the user's own database.
class ThrowAwayDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ThrowAwayDatabase)
public:
    // `adminConnection`: an open connection to the server (the URL's database), used for
    // nothing but CREATE and DROP DATABASE.
    explicit ThrowAwayDatabase(const QString &adminConnection);
    ~ThrowAwayDatabase();
    ThrowAwayDatabase(const ThrowAwayDatabase &) = delete;
    ThrowAwayDatabase &operator=(const ThrowAwayDatabase &) = delete;

    static constexpr const char *NamePrefix = "joinery_sim_";

    bool create();
    // A connection to the new database, with the admin connection's host, user and password
    // (the open one again when called twice). It belongs to this object: copies of it must be
    // gone before drop().
    QSqlDatabase open();
    // Removes everything the last use built, for the next one: cheaper than a new database,
    // which takes PostgreSQL half a second. False with error() set.
    bool empty();
    // Closes the connection and drops the database; false with error() set when the server
    // refused (the destructor tries once more, quietly).
    bool drop();

    QString name() const { return m_name; }
    QString error() const { return m_error; }

private:
    QString m_admin;
    QString m_name;
    QString m_connection;
    QString m_error;
    bool m_created = false;
};
