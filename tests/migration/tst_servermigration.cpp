#include "enginecatalog.h"
#include "enginesupport.h"
#include "migrationharness.h"
#include "migrationscenarios.h"
#include "randomschemapair.h"
#include "servercaserunner.h"
#include "serverscratch.h"

#include "ddl/ddlgenerator.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "migration/migrationwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTest>

#include <map>
#include <memory>

// Every scenario, then several hundred seeded random pairs (the same as tst_randommigration's),
// on PostgreSQL 15 and MariaDB 10.11: the old schema exported and loaded with its rows, the
// migration run, then the catalog compared with a fresh export of the new schema, every kept row
// and value checked, no orphan left; a planted orphan makes the migration fail with the key's
// name. Cases share scratch databases and connections (ServerScratch), emptied between cases: a
// database and a connection per case cost more than the case itself. The random pairs of both
// engines run from the start, a few at a time on their own threads (ServerCaseRunner), while
// the scenarios and each other run: PostgreSQL's cases mostly wait for the processor, MariaDB's
// for its disk. Each row reports the outcome of its own pair.
class TestServerMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void postgres_data() { scenarios(QStringLiteral("postgresql")); }
    void postgres();
    void mariadb_data() { scenarios(QStringLiteral("mariadb")); }
    void mariadb();
    void golden_data();
    void golden();
    void enumValuesAndColumnOrder();
    void randomPostgres_data() { seeds(); }
    void randomPostgres();
    void randomMariaDb_data() { seeds(); }
    void randomMariaDb();

private:
    // Every engine's scenarios and the server's own.
    static QVector<MigrationScenario> scenarioList();
    static void scenarios(const QString &server);
    static void seeds();
    // The server's scratch database, opened on first use.
    ServerScratch *scratch(const EngineServer &server);
    static void run(ServerScratch *scratch, Dialect dialect);
    void runRandom(const EngineServer &server, Dialect dialect);
    ServerCaseRunner *runner(const EngineServer &server, Dialect dialect);

    std::map<EngineServer::Kind, std::unique_ptr<ServerScratch>> m_scratch;
    std::map<EngineServer::Kind, std::unique_ptr<ServerCaseRunner>> m_runners;
};

namespace {

// The random pairs per engine; JOINERY_SERVER_SEEDS asks for more (or fewer) in a longer run.
constexpr quint32 defaultSeeds = 300;
// Random pairs in flight per engine: three overlap the server's waits well on two cores.
constexpr int caseThreads = 3;

quint32 seedCount()
{
    bool given = false;
    const int count = qEnvironmentVariableIntValue("JOINERY_SERVER_SEEDS", &given);
    return given ? quint32(qMax(count, 0)) : defaultSeeds;
}

QStringList statementsOf(const QVector<DdlStatement> &statements)
{
    QStringList list;
    for (const DdlStatement &s : statements)
        list << s.sql;
    return list;
}

struct CaseOutcome
{
    QString failure; // empty when every check held
    QString migrationError; // the engine's message when the migration itself failed
    EngineCatalog migrated;
    EngineCatalog expected;
};

// One case in the emptied scratch database: the old schema exported and filled with `data`, the
// migration run, the kept rows compared with those before and the keys checked, the catalog
// read; then, emptied again, a fresh export of the new schema and its catalog. A failed
// migration is reported in migrationError (the orphan scenarios expect one).
CaseOutcome runCase(ServerScratch *scratch, const SchemaDiff &diff, const MigrationScript &script,
                    const QString &data, Dialect dialect)
{
    CaseOutcome outcome;
    const std::unique_ptr<DdlGenerator> generator = DdlGenerator::create(dialect);
    DdlOptions options;
    options.includeHeader = false;
    QSqlDatabase db = scratch->database();
    QString error;
    if (!scratch->reset(&error)
        || !MigrationHarness::execAll(
            db, statementsOf(generator->createScript(diff.oldSchema(), options).statements), &error)
        || !MigrationHarness::execAll(db, MigrationHarness::dataStatements(data), &error)) {
        outcome.failure = QStringLiteral("setup: ") + error;
        return outcome;
    }
    const QString before = MigrationHarness::keptRows(db, diff, true, *generator, &error);
    if (!error.isEmpty()) {
        outcome.failure = QStringLiteral("rows before: ") + error;
        return outcome;
    }
    if (!MigrationHarness::execAll(db, statementsOf(script.statements), &error)) {
        outcome.failure = QStringLiteral("migration: ") + error;
        outcome.migrationError = error;
        return outcome;
    }
    const QString after = MigrationHarness::keptRows(db, diff, false, *generator, &error);
    if (!error.isEmpty())
        outcome.failure = QStringLiteral("rows after: ") + error;
    else if (after != before)
        outcome.failure = QStringLiteral("rows differ\nbefore:\n%1after:\n%2").arg(before, after);
    const QStringList left = MigrationHarness::orphans(db, diff.newSchema(), *generator, &error);
    if (outcome.failure.isEmpty() && (!left.isEmpty() || !error.isEmpty()))
        outcome.failure = QStringLiteral("orphans: ") + left.join(QStringLiteral(", ")) + error;
    outcome.migrated = scratch->catalog();
    if (!scratch->reset(&error)
        || !MigrationHarness::execAll(
            db, statementsOf(generator->createScript(diff.newSchema(), options).statements),
            &error)) {
        if (outcome.failure.isEmpty())
            outcome.failure = QStringLiteral("new schema: ") + error;
        return outcome;
    }
    outcome.expected = scratch->catalog();
    if (outcome.failure.isEmpty() && (!outcome.migrated.isValid() || !outcome.expected.isValid()))
        outcome.failure = outcome.migrated.error + outcome.expected.error;
    if (outcome.failure.isEmpty()) {
        const QString difference = EngineCatalog::difference(outcome.expected, outcome.migrated);
        if (!difference.isEmpty())
            outcome.failure = QStringLiteral("catalog differs from a fresh export:\n") + difference;
    }
    return outcome;
}

// One random pair on a scratch database of the runner's thread: empty when it held.
QString randomCase(ServerScratch *scratch, quint32 seed, Dialect dialect)
{
    const RandomSchemaPair pair = RandomSchemaPair::generate(seed);
    SchemaMatch match;
    QString error;
    if (!match.compute(pair.before, pair.after, SchemaMatch::Mode::ById, {}, &error))
        return QStringLiteral("match: ") + error;
    const SchemaDiff diff(pair.before, pair.after, match);
    const MigrationScript script = MigrationWriter::write(diff, dialect);
    const QString context
        = pair.edits.join(QStringLiteral("; ")) + QLatin1Char('\n') + script.text();
    if (script.isRefused())
        return QStringLiteral("refused: ") + script.problemsText() + QLatin1Char('\n') + context;
    const CaseOutcome outcome = runCase(scratch, diff, script, pair.data, dialect);
    return outcome.failure.isEmpty() ? QString() : outcome.failure + QLatin1Char('\n') + context;
}

} // namespace

void TestServerMigration::initTestCase()
{
    const std::pair<const char *, Dialect> engines[] = {
        {"JOINERY_POSTGRES_ENV", Dialect::PostgreSQL}, {"JOINERY_MARIADB_ENV", Dialect::MariaDB}};
    for (const auto &[variable, dialect] : engines) {
        const EngineServer server = EngineServer::fromEnvironment(variable);
        if (server.available())
            runner(server, dialect)->queue(1, seedCount());
    }
}

void TestServerMigration::cleanupTestCase()
{
    m_runners.clear();
    m_scratch.clear();
}

ServerScratch *TestServerMigration::scratch(const EngineServer &server)
{
    std::unique_ptr<ServerScratch> &scratch = m_scratch[server.kind()];
    if (!scratch) {
        scratch = std::make_unique<ServerScratch>(server);
        QString error;
        if (!scratch->open(&error))
            qWarning("cannot open a scratch database: %s", qPrintable(error));
    }
    return scratch.get();
}

QVector<MigrationScenario> TestServerMigration::scenarioList()
{
    return MigrationScenario::all() + MigrationScenario::serverOnly();
}

void TestServerMigration::scenarios(const QString &server)
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("orphan");
    QTest::addColumn<bool>("validateLater");
    const QVector<MigrationScenario> all = scenarioList();
    // PostgreSQL runs every scenario a second time with keys added NOT VALID, then validated.
    const QVector<bool> shapes
        = server == QLatin1String("postgresql") ? QVector<bool>{false, true} : QVector<bool>{false};
    for (bool later : shapes) {
        const QString suffix = later ? QStringLiteral(" validate-later") : QString();
        for (int i = 0; i < all.size(); ++i) {
            if (!all.at(i).server.isEmpty() && all.at(i).server != server)
                continue;
            QTest::newRow(qPrintable(all.at(i).name + suffix)) << i << false << later;
            if (!all.at(i).orphan.isEmpty())
                QTest::newRow(qPrintable(all.at(i).name + QStringLiteral(" orphan") + suffix))
                    << i << true << later;
        }
    }
}

void TestServerMigration::run(ServerScratch *scratch, Dialect dialect)
{
    QFETCH(int, index);
    QFETCH(bool, orphan);
    QFETCH(bool, validateLater);
    const MigrationScenario scenario = scenarioList().at(index);
    Schema oldSchema;
    Schema newSchema;
    SchemaMatch match;
    QString error;
    QVERIFY2(scenario.diff(&oldSchema, &newSchema, &match, &error), qPrintable(error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    const MigrationScript script = MigrationWriter::write(diff, dialect, false, validateLater);
    QVERIFY2(!script.isRefused(), qPrintable(script.problemsText()));
    // An orphan scenario adds a key over rows: later, it goes in NOT VALID and is validated.
    if (orphan && validateLater)
        QVERIFY2(script.text().contains(QLatin1String(" NOT VALID;"))
                     && script.text().contains(QLatin1String("VALIDATE CONSTRAINT fk_n_p")),
                 qPrintable(script.text()));
    QString data = scenario.data;
    if (orphan)
        data += QLatin1Char('\n') + scenario.orphan;
    const CaseOutcome outcome = runCase(scratch, diff, script, data, dialect);
    if (orphan) {
        // The engine checks the new key over the rows (no checks switched off) and names it.
        QVERIFY2(!outcome.migrationError.isEmpty(), qPrintable(outcome.failure + script.text()));
        QVERIFY2(outcome.migrationError.contains(QStringLiteral("fk_n_p")),
                 qPrintable(outcome.migrationError));
        return;
    }
    QVERIFY2(outcome.failure.isEmpty(),
             qPrintable(outcome.failure + QLatin1Char('\n') + script.text()));
}

void TestServerMigration::postgres()
{
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_POSTGRES_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    ServerScratch *database = scratch(server);
    QVERIFY2(database->isOpen(), "no scratch database (see the warning above)");
    run(database, Dialect::PostgreSQL);
}

void TestServerMigration::mariadb()
{
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_MARIADB_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    ServerScratch *database = scratch(server);
    QVERIFY2(database->isOpen(), "no scratch database (see the warning above)");
    run(database, Dialect::MariaDB);
}

void TestServerMigration::golden_data()
{
    QTest::addColumn<int>("index");
    const QVector<MigrationScenario> all = scenarioList();
    for (int i = 0; i < all.size(); ++i) {
        if (!all.at(i).server.isEmpty())
            QTest::newRow(qPrintable(all.at(i).name)) << i;
    }
}

// The server-only scenarios' scripts compared whole with golden files (no engine needed);
// JOINERY_UPDATE_GOLDEN=1 rewrites them instead, and a reviewer reads the diff.
void TestServerMigration::golden()
{
    QFETCH(int, index);
    const MigrationScenario scenario = scenarioList().at(index);
    Schema oldSchema;
    Schema newSchema;
    SchemaMatch match;
    QString error;
    QVERIFY2(scenario.diff(&oldSchema, &newSchema, &match, &error), qPrintable(error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    MigrationScript script = MigrationWriter::write(
        diff, scenario.server == QLatin1String("mariadb") ? Dialect::MariaDB : Dialect::PostgreSQL);
    script.header.clear(); // the version line would change the files on every release
    const QString actual = script.text() + QStringLiteral("-- problems:\n") + script.problemsText();
    const QString path = QStringLiteral(JOINERY_SOURCE_DIR "/tests/migration/golden/%1/%2.sql")
                             .arg(scenario.server, scenario.name);
    if (qEnvironmentVariableIntValue("JOINERY_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

namespace {

MigrationScript postgresMigration(const QString &before, const QString &after)
{
    ImportReport report;
    const Schema oldSchema = Importer::importScript(before, QStringLiteral("postgresql"), &report);
    const Schema newSchema = Importer::importScript(after, QStringLiteral("postgresql"), &report);
    SchemaMatch match;
    QString error;
    match.compute(oldSchema, newSchema, SchemaMatch::Mode::ByName, {}, &error);
    return MigrationWriter::write(SchemaDiff(oldSchema, newSchema, match), Dialect::PostgreSQL);
}

} // namespace

// What PostgreSQL cannot do is refused or noted with the reason; a value renamed in place is a
// rename.
void TestServerMigration::enumValuesAndColumnOrder()
{
    const QString before = QStringLiteral(
        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n"
        "CREATE TABLE p (id INTEGER NOT NULL, a INTEGER, b INTEGER, PRIMARY KEY (id));\n");
    QString after = before;
    after.replace(QStringLiteral("'ok'"), QStringLiteral("'fine'"));
    MigrationScript script = postgresMigration(before, after);
    QVERIFY2(!script.isRefused(), qPrintable(script.problemsText()));
    QCOMPARE(script.statements.size(), 1);
    QCOMPARE(script.statements.at(0).sql,
             QStringLiteral("ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'"));

    after = before;
    after.replace(QStringLiteral("'ok', "), QString());
    script = postgresMigration(before, after);
    QVERIFY(script.isRefused());
    QVERIFY2(script.problemsText().contains(QStringLiteral("cannot drop the enum value 'ok'")),
             qPrintable(script.problemsText()));

    after = before;
    after.replace(QStringLiteral("a INTEGER, b INTEGER"), QStringLiteral("b INTEGER, a INTEGER"));
    script = postgresMigration(before, after);
    QVERIFY(!script.isRefused());
    QVERIFY(script.statements.isEmpty());
    QVERIFY2(script.problemsText().contains(QStringLiteral("cannot reorder")),
             qPrintable(script.problemsText()));
}

void TestServerMigration::seeds()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= seedCount(); ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

ServerCaseRunner *TestServerMigration::runner(const EngineServer &server, Dialect dialect)
{
    std::unique_ptr<ServerCaseRunner> &runner = m_runners[server.kind()];
    if (!runner)
        runner = std::make_unique<ServerCaseRunner>(
            server, caseThreads, [dialect](ServerScratch *scratch, quint32 number) {
                return randomCase(scratch, number, dialect);
            });
    return runner.get();
}

void TestServerMigration::runRandom(const EngineServer &server, Dialect dialect)
{
    QFETCH(quint32, seed);
    const QString failure = runner(server, dialect)->take(seed, seedCount());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
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
