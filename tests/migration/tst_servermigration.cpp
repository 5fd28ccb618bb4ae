#include "enginecatalog.h"
#include "enginesupport.h"
#include "migrationharness.h"
#include "migrationscenarios.h"
#include "randomschemapair.h"

#include "ddl/ddlgenerator.h"
#include "migration/migrationwriter.h"

#include <QSqlError>
#include <QTest>

// Every scenario on PostgreSQL 15 and MariaDB 10.11: the old schema exported and loaded with its
// rows, the migration run, then the catalog compared with a fresh export of the new schema,
// every kept row and value checked, no orphan left; a planted orphan makes the migration fail
// with the key's name.
class TestServerMigration : public QObject
{
    Q_OBJECT

private slots:
    void postgres_data() { scenarios(); }
    void postgres();
    void mariadb_data() { scenarios(); }
    void mariadb();
    void randomPostgres_data() { seeds(); }
    void randomPostgres();
    void randomMariaDb_data() { seeds(); }
    void randomMariaDb();

private:
    static void scenarios();
    static void seeds();
    static void runRandom(const EngineServer &server, Dialect dialect);
    static void run(const EngineServer &server, Dialect dialect);
    static EngineCatalog catalog(const EngineServer &server, QSqlDatabase db,
                                 const QString &database);
};

void TestServerMigration::scenarios()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("orphan");
    const QVector<MigrationScenario> all = MigrationScenario::all();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(qPrintable(all.at(i).name)) << i << false;
        if (!all.at(i).orphan.isEmpty())
            QTest::newRow(qPrintable(all.at(i).name + QStringLiteral(" orphan"))) << i << true;
    }
}

EngineCatalog TestServerMigration::catalog(const EngineServer &server, QSqlDatabase db,
                                           const QString &database)
{
    return server.kind() == EngineServer::Kind::PostgreSql
        ? EngineCatalog::readPostgres(db)
        : EngineCatalog::readMariaDb(db, database);
}

void TestServerMigration::run(const EngineServer &server, Dialect dialect)
{
    QFETCH(int, index);
    QFETCH(bool, orphan);
    const MigrationScenario scenario = MigrationScenario::all().at(index);
    Schema oldSchema;
    Schema newSchema;
    SchemaMatch match;
    QString error;
    QVERIFY2(scenario.diff(&oldSchema, &newSchema, &match, &error), qPrintable(error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    const MigrationScript script = MigrationWriter::write(diff, dialect);
    QVERIFY2(!script.isRefused(), qPrintable(script.problemsText()));
    const std::unique_ptr<DdlGenerator> generator = DdlGenerator::create(dialect);
    DdlOptions options;
    options.includeHeader = false;
    auto statementsOf = [](const QVector<DdlStatement> &statements) {
        QStringList list;
        for (const DdlStatement &s : statements)
            list << s.sql;
        return list;
    };

    const QString migratedName = EngineServer::uniqueDatabaseName(QStringLiteral("migrated"));
    const QString freshName = EngineServer::uniqueDatabaseName(QStringLiteral("fresh"));
    QVERIFY2(server.createScratchDatabase(migratedName, &error), qPrintable(error));
    QVERIFY2(server.createScratchDatabase(freshName, &error), qPrintable(error));
    EngineCatalog migrated;
    EngineCatalog expected;
    {
        QSqlDatabase db = server.open(migratedName, migratedName);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY2(
            MigrationHarness::execAll(
                db, statementsOf(generator->createScript(oldSchema, options).statements), &error),
            qPrintable(error));
        QString data = scenario.data;
        if (orphan)
            data += QLatin1Char('\n') + scenario.orphan;
        QVERIFY2(MigrationHarness::execAll(db, MigrationHarness::dataStatements(data), &error),
                 qPrintable(error));
        const QString before = MigrationHarness::keptRows(db, diff, true, *generator, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const bool migratedOk
            = MigrationHarness::execAll(db, statementsOf(script.statements), &error);
        if (orphan) {
            // The engine checks the new key over the rows (no checks switched off) and names it.
            QVERIFY2(!migratedOk, qPrintable(script.text()));
            QVERIFY2(error.contains(QStringLiteral("fk_n_p")), qPrintable(error));
        } else {
            QVERIFY2(migratedOk, qPrintable(error + QStringLiteral("\n") + script.text()));
            QCOMPARE(MigrationHarness::keptRows(db, diff, false, *generator, &error), before);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(MigrationHarness::orphans(db, newSchema, *generator, &error), QStringList());
            migrated = catalog(server, db, migratedName);
        }
        db.close();
        QSqlDatabase fresh = server.open(freshName, freshName);
        QVERIFY2(MigrationHarness::execAll(
                     fresh, statementsOf(generator->createScript(newSchema, options).statements),
                     &error),
                 qPrintable(error));
        expected = catalog(server, fresh, freshName);
        fresh.close();
    }
    QSqlDatabase::removeDatabase(migratedName);
    QSqlDatabase::removeDatabase(freshName);
    server.dropScratchDatabase(migratedName);
    server.dropScratchDatabase(freshName);
    if (orphan)
        return;
    QVERIFY2(migrated.isValid() && expected.isValid(), qPrintable(migrated.error + expected.error));
    QVERIFY2(EngineCatalog::difference(expected, migrated).isEmpty(),
             qPrintable(EngineCatalog::difference(expected, migrated) + script.text()));
}

void TestServerMigration::postgres()
{
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_POSTGRES_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    run(server, Dialect::PostgreSQL);
}

void TestServerMigration::mariadb()
{
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_MARIADB_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    run(server, Dialect::MariaDB);
}

void TestServerMigration::seeds()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestServerMigration::runRandom(const EngineServer &server, Dialect dialect)
{
    // The same random pairs as tst_randommigration (the first seeds), on the server: the old
    // schema exported and filled, migrated, then compared with a fresh export of the new one.
    QFETCH(quint32, seed);
    const RandomSchemaPair pair = RandomSchemaPair::generate(seed);
    SchemaMatch match;
    QString error;
    QVERIFY(match.compute(pair.before, pair.after, SchemaMatch::Mode::ById, {}, &error));
    const SchemaDiff diff(pair.before, pair.after, match);
    const MigrationScript script = MigrationWriter::write(diff, dialect);
    const QString context
        = pair.edits.join(QStringLiteral("; ")) + QLatin1Char('\n') + script.text();
    QVERIFY2(!script.isRefused(), qPrintable(context + script.problemsText()));
    const std::unique_ptr<DdlGenerator> generator = DdlGenerator::create(dialect);
    DdlOptions options;
    options.includeHeader = false;
    auto statementsOf = [](const QVector<DdlStatement> &statements) {
        QStringList list;
        for (const DdlStatement &s : statements)
            list << s.sql;
        return list;
    };
    const QString migratedName = EngineServer::uniqueDatabaseName(QStringLiteral("rmigrated"));
    const QString freshName = EngineServer::uniqueDatabaseName(QStringLiteral("rfresh"));
    QVERIFY2(server.createScratchDatabase(migratedName, &error), qPrintable(error));
    QVERIFY2(server.createScratchDatabase(freshName, &error), qPrintable(error));
    QString failure;
    EngineCatalog migrated;
    EngineCatalog expected;
    {
        QSqlDatabase db = server.open(migratedName, migratedName);
        QString before;
        if (!MigrationHarness::execAll(
                db, statementsOf(generator->createScript(pair.before, options).statements), &error)
            || !MigrationHarness::execAll(db, MigrationHarness::dataStatements(pair.data), &error))
            failure = QStringLiteral("setup: ") + error;
        else
            before = MigrationHarness::keptRows(db, diff, true, *generator, &error);
        if (failure.isEmpty()
            && !MigrationHarness::execAll(db, statementsOf(script.statements), &error))
            failure = QStringLiteral("migration: ") + error;
        if (failure.isEmpty()) {
            const QString after = MigrationHarness::keptRows(db, diff, false, *generator, &error);
            if (after != before)
                failure = QStringLiteral("rows differ:\n%1---\n%2").arg(before, after);
            const QStringList left = MigrationHarness::orphans(db, pair.after, *generator, &error);
            if (!left.isEmpty())
                failure = QStringLiteral("orphans: ") + left.join(QStringLiteral(", "));
            migrated = catalog(server, db, migratedName);
        }
        db.close();
        QSqlDatabase fresh = server.open(freshName, freshName);
        if (failure.isEmpty()
            && !MigrationHarness::execAll(
                fresh, statementsOf(generator->createScript(pair.after, options).statements),
                &error))
            failure = QStringLiteral("new schema: ") + error;
        expected = catalog(server, fresh, freshName);
        fresh.close();
    }
    QSqlDatabase::removeDatabase(migratedName);
    QSqlDatabase::removeDatabase(freshName);
    server.dropScratchDatabase(migratedName);
    server.dropScratchDatabase(freshName);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + context));
    QVERIFY2(EngineCatalog::difference(expected, migrated).isEmpty(),
             qPrintable(EngineCatalog::difference(expected, migrated) + context));
}

void TestServerMigration::randomPostgres()
{
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_POSTGRES_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    runRandom(server, Dialect::PostgreSQL);
}

void TestServerMigration::randomMariaDb()
{
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_MARIADB_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    runRandom(server, Dialect::MariaDB);
}

QTEST_APPLESS_MAIN(TestServerMigration)
#include "tst_servermigration.moc"
