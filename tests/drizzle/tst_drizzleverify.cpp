#include "ddl/ddlgenerator.h"
#include "drizzle/drizzlegenerator.h"
#include "drizzlecases.h"
#include "drizzlecatalog.h"
#include "drizzletoolchain.h"
#include "enginesupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// Drizzle's own tools judge Joinery's Drizzle export. For every case and target:
// 1. `tsc --noEmit` (strict) type-checks the module, against the pinned stable line
//    (drizzle-orm 0.45, sqlite/pg/mysql) and the pinned 1.0 release candidate (all four: the
//    only line with mssql-core);
// 2. `drizzle-kit export` turns it into the SQL Drizzle would run;
// 3. that SQL runs on the real engine (SQLite in memory, the PostgreSQL and MariaDB test
//    servers) and the engine's catalog must match the schema: tables, columns, primary keys,
//    and keys with their columns, parents and actions;
// 4. Joinery's own SQL export of the schema runs on the same engine, and both catalogs must
//    be the same. SQL Server has no engine here: the key clauses of Drizzle's script are
//    compared with the schema's and with those of Joinery's SQL Server script.
// Without node and npm the test skips, except in CI (CI=true), where it fails.
class TestDrizzleVerify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typeCheck_data();
    void typeCheck();
    void exportAndRun_data();
    void exportAndRun();

private:
    DrizzleToolchain *toolchainFor(DrizzleTarget target) const;
    bool runOnEngine(const QStringList &statements, DrizzleTarget target, DrizzleCatalog *catalog,
                     QString *error);

    std::unique_ptr<DrizzleToolchain> m_stable;
    std::unique_ptr<DrizzleToolchain> m_beta;
    QHash<QString, DrizzleToolchain::Result> m_typeChecks;
};

namespace {
QString moduleFile(const QString &caseName, DrizzleTarget target)
{
    return QStringLiteral("%1.%2.ts").arg(caseName, DrizzleTargets::id(target));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Each package set type-checks its modules in one tsc run: a tsconfig listing them.
QByteArray tsconfig(const QStringList &files)
{
    QStringList quoted;
    for (const QString &file : files)
        quoted << QLatin1Char('"') + file + QLatin1Char('"');
    return QStringLiteral(
               "{\n  \"compilerOptions\": {\n    \"strict\": true,\n    \"noEmit\": true,\n"
               "    \"target\": \"es2022\",\n    \"module\": \"esnext\",\n"
               "    \"moduleResolution\": \"bundler\",\n    \"skipLibCheck\": true,\n"
               "    \"types\": []\n  },\n  \"files\": [%1]\n}\n")
        .arg(quoted.join(QLatin1String(", ")))
        .toUtf8();
}
} // namespace

void TestDrizzleVerify::initTestCase()
{
    const QString missing = DrizzleToolchain::missingTools();
    if (!missing.isEmpty()) {
        if (EngineServer::requiredByCi())
            QFAIL(qPrintable(missing));
        QSKIP(qPrintable(missing + QStringLiteral(": Drizzle verification skipped")));
    }
    const QString source = QStringLiteral(JOINERY_SOURCE_DIR "/tests/drizzle/npm/");
    const QString install = QStringLiteral(JOINERY_DRIZZLE_NPM_DIR "/");
    m_stable = std::make_unique<DrizzleToolchain>(QStringLiteral("stable"),
                                                  source + QStringLiteral("stable"),
                                                  install + QStringLiteral("stable"));
    m_beta = std::make_unique<DrizzleToolchain>(
        QStringLiteral("beta"), source + QStringLiteral("beta"), install + QStringLiteral("beta"));
    for (DrizzleToolchain *toolchain : {m_stable.get(), m_beta.get()}) {
        QString error;
        QVERIFY2(toolchain->install(&error), qPrintable(error));
    }

    // Every module goes to the beta set (type-checked there, mssql exported there); the
    // sqlite, pg and mysql modules also to the stable set, which exports them.
    QHash<QString, QStringList> files;
    for (const DrizzleCase &c : drizzleCases()) {
        for (DrizzleTarget target : DrizzleTargets::all()) {
            const QByteArray text = DrizzleGenerator::create(target)->generate(c.schema).toUtf8();
            QList<DrizzleToolchain *> sets{m_beta.get()};
            if (target != DrizzleTarget::SqlServer)
                sets << m_stable.get();
            for (DrizzleToolchain *toolchain : sets) {
                const QString name = moduleFile(c.name, target);
                QVERIFY(writeFile(toolchain->runDir() + QLatin1Char('/') + name, text));
                files[toolchain->packageSet()] << name;
            }
        }
    }
    for (DrizzleToolchain *toolchain : {m_stable.get(), m_beta.get()}) {
        const QString config = toolchain->runDir() + QStringLiteral("/tsconfig.json");
        QVERIFY(writeFile(config, tsconfig(files.value(toolchain->packageSet()))));
        m_typeChecks.insert(toolchain->packageSet(), toolchain->typeCheck(config));
    }
}

DrizzleToolchain *TestDrizzleVerify::toolchainFor(DrizzleTarget target) const
{
    return target == DrizzleTarget::SqlServer ? m_beta.get() : m_stable.get();
}

void TestDrizzleVerify::typeCheck_data()
{
    QTest::addColumn<QString>("packageSet");
    QTest::newRow("stable: drizzle-orm 0.45.4, sqlite/pg/mysql") << QStringLiteral("stable");
    QTest::newRow("beta: drizzle-orm 1.0.0-rc.5, all targets") << QStringLiteral("beta");
}

void TestDrizzleVerify::typeCheck()
{
    QFETCH(QString, packageSet);
    const DrizzleToolchain::Result result = m_typeChecks.value(packageSet);
    QVERIFY2(result.ok(),
             qPrintable(QStringLiteral("tsc --noEmit failed (exit %1):\n%2%3")
                            .arg(result.exitCode)
                            .arg(result.output, result.errors)));
}

void TestDrizzleVerify::exportAndRun_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<int>("target");
    for (const DrizzleCase &c : drizzleCases()) {
        for (DrizzleTarget target : DrizzleTargets::all())
            QTest::newRow(qPrintable(moduleFile(c.name, target))) << c.name << int(target);
    }
}

bool TestDrizzleVerify::runOnEngine(const QStringList &statements, DrizzleTarget target,
                                    DrizzleCatalog *catalog, QString *error)
{
    static int connection = 0;
    const QString connectionName = QStringLiteral("drizzle_verify_%1").arg(++connection);
    EngineServer server;
    QString database;
    bool ok = false;
    {
        QSqlDatabase db;
        if (target == DrizzleTarget::SQLite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(QStringLiteral(":memory:"));
            db.open();
        } else {
            server = EngineServer::fromEnvironment(target == DrizzleTarget::PostgreSQL
                                                       ? "JOINERY_POSTGRES_ENV"
                                                       : "JOINERY_MARIADB_ENV");
            database = EngineServer::uniqueDatabaseName(QStringLiteral("drizzle"));
            if (!server.createScratchDatabase(database, error))
                return false;
            db = server.open(connectionName, database);
        }
        if (!db.isOpen()) {
            *error = db.lastError().text();
        } else {
            ok = true;
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    *error = QStringLiteral("the engine refused Drizzle's SQL: %1\n  in: %2")
                                 .arg(query.lastError().text(), statement);
                    ok = false;
                    break;
                }
            }
            if (ok)
                ok = DrizzleCatalog::fromDatabase(db, target, catalog, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!database.isEmpty())
        server.dropScratchDatabase(database);
    return ok;
}

void TestDrizzleVerify::exportAndRun()
{
    QFETCH(QString, caseName);
    QFETCH(int, target);
    const DrizzleTarget drizzleTarget = DrizzleTarget(target);
    Schema schema;
    for (const DrizzleCase &c : drizzleCases()) {
        if (c.name == caseName)
            schema = c.schema;
    }
    if (drizzleTarget == DrizzleTarget::PostgreSQL || drizzleTarget == DrizzleTarget::MySQL) {
        const EngineServer server = EngineServer::fromEnvironment(
            drizzleTarget == DrizzleTarget::PostgreSQL ? "JOINERY_POSTGRES_ENV"
                                                       : "JOINERY_MARIADB_ENV");
        JOINERY_REQUIRE_ENGINE(server);
    }

    DrizzleToolchain *toolchain = toolchainFor(drizzleTarget);
    const QString module
        = toolchain->runDir() + QLatin1Char('/') + moduleFile(caseName, drizzleTarget);
    const DrizzleToolchain::Result exported
        = toolchain->exportSql(module, DrizzleTargets::kitDialect(drizzleTarget));
    QVERIFY2(exported.ok() && !exported.output.trimmed().isEmpty(),
             qPrintable(QStringLiteral("drizzle-kit export failed (exit %1):\n%2\n%3")
                            .arg(exported.exitCode)
                            .arg(exported.output, exported.errors)));
    // Kept next to the module for whoever reads a failure.
    writeFile(module + QStringLiteral(".sql"), exported.output.toUtf8());

    // Joinery's SQL export for the same dialect: drizzle-mysql writes MySQL (CHAR(36) UUIDs,
    // where Joinery's MariaDB dialect has MariaDB's own UUID type), run here on MariaDB.
    const Dialect sqlDialect = DrizzleTargets::sqlDialect(drizzleTarget);
    DdlOptions options;
    options.quoteAllIdentifiers = true;
    QStringList joineryStatements;
    for (const DdlStatement &statement :
         DdlGenerator::create(sqlDialect)->createScript(schema, options).statements)
        joineryStatements << statement.sql;

    const DrizzleCatalog expected = DrizzleCatalog::fromSchema(schema, drizzleTarget);
    if (drizzleTarget == DrizzleTarget::SqlServer) {
        const QStringList keys = DrizzleCatalog::foreignKeysFromMsSqlStatements(
            DrizzleToolchain::statements(exported.output));
        QCOMPARE(keys, expected.foreignKeys);
        QCOMPARE(keys, DrizzleCatalog::foreignKeysFromMsSqlStatements(joineryStatements));
        return;
    }
    DrizzleCatalog drizzle;
    QString error;
    QVERIFY2(
        runOnEngine(DrizzleToolchain::statements(exported.output), drizzleTarget, &drizzle, &error),
        qPrintable(error));
    QString difference = drizzle.difference(expected);
    // Names survive: foreignKey() carries them, .references() is used only for Drizzle's own.
    // (SQLite's catalog keeps no key names, and drizzle-kit writes none for it.)
    for (Id keyId :
         drizzleTarget == DrizzleTarget::SQLite ? QVector<Id>() : schema.foreignKeyIds()) {
        const QString name = schema.foreignKey(keyId)->name;
        if (!name.isEmpty() && !drizzle.keyNames.contains(name))
            difference += QStringLiteral("\nkey name \"%1\" missing from the catalog").arg(name);
    }
    QVERIFY2(difference.isEmpty(),
             qPrintable(QStringLiteral("Drizzle's catalog against the schema:\n") + difference));

    DrizzleCatalog joinery;
    QVERIFY2(
        runOnEngine(joineryStatements, drizzleTarget, &joinery, &error),
        qPrintable(
            QStringLiteral("Joinery's own %1 script: %2").arg(Dialects::id(sqlDialect), error)));
    difference = drizzle.difference(joinery, true);
    QVERIFY2(
        difference.isEmpty(),
        qPrintable(QStringLiteral("Drizzle's catalog against Joinery's SQL export (expected):\n")
                   + difference));
}

QTEST_GUILESS_MAIN(TestDrizzleVerify)
#include "tst_drizzleverify.moc"
