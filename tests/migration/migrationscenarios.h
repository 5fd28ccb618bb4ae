#pragma once

#include "migration/schemadiff.h"

#include <QString>
#include <QStringList>
#include <QVector>

// The migration scenarios every engine test runs: a schema before and after (PostgreSQL scripts
// in the portable subset, read by the PostgreSQL importer, which keeps CHECK constraints; so
// that each engine gets them through the same import), the renames the user declares, and the
// rows the old schema holds. Each follows one requirement of migrations.md §4.
struct MigrationScenario
{
    QString name;
    QString oldSql;
    QString newSql;
    QStringList renames;
    QString data; // INSERT statements, valid on SQLite, PostgreSQL and MariaDB
    // A row without a parent that only the migration's new key would catch; the migration must
    // fail naming `orphanNamed`.
    QString orphan;
    QString orphanNamed;
    // Read as this dialect's script; SQLite-only scenarios ("sqlite") keep what only SQLite has
    // (AUTOINCREMENT, triggers).
    QString dialect = QStringLiteral("postgresql");
    // Statements run after the data on the engine tests' own connection (not by the rehearsal,
    // which loads INSERTs only), e.g. a DELETE that leaves AUTOINCREMENT above the highest id.
    QString setup;
    // The one server engine ("postgresql", "mariadb") that runs a serverOnly() scenario.
    QString server;
    // What the script importer does not read (PostgreSQL UNLOGGED, WITH (...)), set on the two
    // imported schemas.
    void (*adjust)(Schema *oldSchema, Schema *newSchema) = nullptr;

    static QVector<MigrationScenario> all();
    // What only one server engine has: PostgreSQL types, sequences and table options, MariaDB
    // table options and column order. Run by tst_servermigration on that engine alone.
    static QVector<MigrationScenario> serverOnly();
    static QVector<MigrationScenario> sqliteOnly();
    // The two schemas imported and matched by name with the renames; false and a message when
    // the scenario itself is broken.
    bool diff(Schema *oldSchema, Schema *newSchema, SchemaMatch *match, QString *error) const;
};
