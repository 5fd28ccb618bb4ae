#pragma once

#include "enginecatalog.h"
#include "enginesupport.h"

#include <QSqlDatabase>
#include <QString>

// One scratch database on a test server for a whole test run, reached through one connection
// and emptied between cases. Creating a database (PostgreSQL copies a template) and opening a
// connection (a new PostgreSQL backend reads its catalog caches cold) cost more than a whole
// migration case, so hundreds of cases can only share them:
// - PostgreSQL: reset() drops every user schema with CASCADE and re-creates public;
// - MariaDB: reset() drops and re-creates the database (a database is MariaDB's schema) and
//   makes it current again on the same connection.
// The migration scripts change no session state (no SET, no open transaction), so a reused
// connection behaves like a new one. Scratch databases may live on different threads, each used
// on the thread that opened it.
class ServerScratch
{
public:
    explicit ServerScratch(const EngineServer &server);
    ~ServerScratch();
    ServerScratch(const ServerScratch &) = delete;
    ServerScratch &operator=(const ServerScratch &) = delete;

    // Creates the database and connects; false with the reason.
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    // Leaves an empty database behind, as if freshly created.
    bool reset(QString *error);
    QSqlDatabase database() const;
    EngineCatalog catalog() const;

private:
    bool exec(const QString &sql, QString *error) const;

    EngineServer m_server;
    QString m_name; // database and connection name
    bool m_created = false; // dropped again by the destructor
    bool m_open = false;
};
