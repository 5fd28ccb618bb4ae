#pragma once

#include "drizzle/drizzletarget.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Schema;

// What the engine's catalog says about a schema, in a form two sources can be compared by:
// tables, their columns in order, primary key columns in order, and foreign keys as
// "child(a,b) -> parent(x,y) ON DELETE ... ON UPDATE ..." (sorted; names left out, since
// Drizzle names unnamed keys its own way).
struct DrizzleCatalog
{
    QMap<QString, QStringList> columns; // table → columns in order
    // table → "name type NULL|NOT NULL" in order, as the engine reports it (SQLite: without
    // the type). Only two catalogs read from engines are compared by this.
    QMap<QString, QStringList> columnDetails;
    QMap<QString, QStringList> primaryKeys; // table → key columns in order (absent: none)
    QStringList foreignKeys;
    // Constraint names of the foreign keys, where the engine keeps them (not SQLite).
    QStringList keyNames;

    // What the schema should look like on the engine `target` runs on, with the action
    // mappings the dialect forces (MySQL: RESTRICT = NO ACTION, no SET DEFAULT; SQL Server:
    // no RESTRICT).
    static DrizzleCatalog fromSchema(const Schema &schema, DrizzleTarget target);
    // An open connection's catalog (QSQLITE, QPSQL: the public schema, QMYSQL: the connection's
    // database), reduced from EngineCatalog's facts. On failure returns false and says why.
    static bool fromDatabase(QSqlDatabase db, DrizzleTarget target, DrizzleCatalog *catalog,
                             QString *error);
    // Only the key clauses of SQL Server statements, for the dialect no engine runs here. Reads
    // drizzle-kit's `ALTER TABLE [t] ADD CONSTRAINT [n] FOREIGN KEY ([a]) REFERENCES [p]([x])`
    // and Joinery's (--quote-all) `CREATE TABLE [t] (... CONSTRAINT [n] FOREIGN KEY ([a])
    // REFERENCES [p] ([x]) ON DELETE ...)` alike.
    static QStringList foreignKeysFromMsSqlStatements(const QStringList &statements);

    static QString keyText(const QString &child, const QStringList &childColumns,
                           const QString &parent, const QStringList &parentColumns,
                           QString onDelete, QString onUpdate, DrizzleTarget target);
    // A readable difference, empty when equal; withDetails also compares columnDetails.
    QString difference(const DrizzleCatalog &expected, bool withDetails = false) const;
};
