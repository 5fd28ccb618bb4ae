#include "enginecatalog.h"
#include "migrationharness.h"
#include "migrationscenarios.h"

#include "ddl/sqlitegenerator.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "migration/migrationrehearsal.h"
#include "migration/migrationwriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// Every scenario on SQLite, in the plain shape (the file as written, on a connection with keys
// on, as applications open it) and in D1's (the whole file in one transaction, keys on). After
// each: the catalog equals a fresh export of the new schema, every kept row and value is there,
// no key is violated; the product's rehearsal agrees; a planted orphan fails and is named.
class TestSqliteMigration : public QObject
{
    Q_OBJECT

    static QVector<MigrationScenario> allScenarios()
    {
        return MigrationScenario::all() + MigrationScenario::sqliteOnly();
    }

private slots:
    void scenario_data();
    void scenario();
    void plantedOrphanFails_data();
    void plantedOrphanFails();
    void restrictChildRefusedInD1();
    void renameOntoDroppedName_data();
    void renameOntoDroppedName();
};

// AUTOINCREMENT counters, "name seq" lines; empty without sqlite_sequence.
static QString sequences(QSqlDatabase db)
{
    QSqlQuery query(db);
    QString text;
    if (!query.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence ORDER BY name")))
        return text;
    while (query.next())
        text += query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
            + QLatin1Char('\n');
    return text;
}

void TestSqliteMigration::scenario_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("d1");
    const QVector<MigrationScenario> scenarios = allScenarios();
    for (int i = 0; i < scenarios.size(); ++i) {
        QTest::newRow(qPrintable(scenarios.at(i).name + QStringLiteral(" plain"))) << i << false;
        QTest::newRow(qPrintable(scenarios.at(i).name + QStringLiteral(" d1"))) << i << true;
    }
}

void TestSqliteMigration::scenario()
{
    QFETCH(int, index);
    QFETCH(bool, d1);
    const MigrationScenario scenario = allScenarios().at(index);
    Schema oldSchema;
    Schema newSchema;
    SchemaMatch match;
    QString error;
    QVERIFY2(scenario.diff(&oldSchema, &newSchema, &match, &error), qPrintable(error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    QVERIFY(!diff.isEmpty());
    const MigrationScript script = MigrationWriter::write(diff, Dialect::SQLite, d1);
    QVERIFY2(!script.isRefused(), qPrintable(script.problemsText()));

    SqliteGenerator generator;
    DdlOptions options;
    options.includeHeader = false;
    QStringList statements;
    const QString connection = QStringLiteral("migrated");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const DdlStatement &s : generator.createScript(oldSchema, options).statements)
            statements << s.sql;
        QVERIFY2(MigrationHarness::execAll(db, statements, &error), qPrintable(error));
        QVERIFY2(MigrationHarness::execAll(
                     db, MigrationHarness::dataStatements(scenario.data + scenario.setup), &error),
                 qPrintable(error));
        const QString before
            = MigrationHarness::keptRows(db, diff, true, generator, &error) + sequences(db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        statements.clear();
        if (d1)
            statements << QStringLiteral("BEGIN");
        for (const DdlStatement &s : script.statements)
            statements << s.sql;
        if (d1)
            statements << QStringLiteral("COMMIT");
        QVERIFY2(MigrationHarness::execAll(db, statements, &error),
                 qPrintable(error + QStringLiteral("\n") + script.text()));
        const QString after
            = MigrationHarness::keptRows(db, diff, false, generator, &error) + sequences(db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(after, before);
        QCOMPARE(MigrationHarness::orphans(db, newSchema, generator, &error), QStringList());
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!check.next(), "foreign_key_check reports a row");
        const EngineCatalog migrated = EngineCatalog::readSqlite(db);
        db.close();

        QSqlDatabase fresh
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fresh"));
        fresh.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(fresh.open());
        statements.clear();
        for (const DdlStatement &s : generator.createScript(newSchema, options).statements)
            statements << s.sql;
        QVERIFY2(MigrationHarness::execAll(fresh, statements, &error), qPrintable(error));
        const EngineCatalog expected = EngineCatalog::readSqlite(fresh);
        fresh.close();
        QVERIFY2(migrated.isValid() && expected.isValid(),
                 qPrintable(migrated.error + expected.error));
        QVERIFY2(EngineCatalog::difference(expected, migrated).isEmpty(),
                 qPrintable(EngineCatalog::difference(expected, migrated) + script.text()));
    }
    QSqlDatabase::removeDatabase(connection);
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));

    // The product's own rehearsal reaches the same verdict.
    const MigrationRehearsal::Result rehearsal
        = MigrationRehearsal::run(diff, script, scenario.data.toUtf8(), scenario.name);
    QVERIFY2(rehearsal.ok, qPrintable(rehearsal.toText()));
    QVERIFY(rehearsal.afterRead);
    QVERIFY(!rehearsal.tables.isEmpty());
}

void TestSqliteMigration::plantedOrphanFails_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("d1");
    const QVector<MigrationScenario> scenarios = MigrationScenario::all();
    for (int i = 0; i < scenarios.size(); ++i) {
        if (scenarios.at(i).orphan.isEmpty())
            continue;
        QTest::newRow(qPrintable(scenarios.at(i).name + QStringLiteral(" plain"))) << i << false;
        QTest::newRow(qPrintable(scenarios.at(i).name + QStringLiteral(" d1"))) << i << true;
    }
}

void TestSqliteMigration::plantedOrphanFails()
{
    QFETCH(int, index);
    QFETCH(bool, d1);
    const MigrationScenario scenario = allScenarios().at(index);
    Schema oldSchema;
    Schema newSchema;
    SchemaMatch match;
    QString error;
    QVERIFY2(scenario.diff(&oldSchema, &newSchema, &match, &error), qPrintable(error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    const MigrationScript script = MigrationWriter::write(diff, Dialect::SQLite, d1);
    const QString data = scenario.data + QLatin1Char('\n') + scenario.orphan;
    const MigrationRehearsal::Result rehearsal
        = MigrationRehearsal::run(diff, script, data.toUtf8(), scenario.name);
    QVERIFY(!rehearsal.ok);
    QVERIFY(!rehearsal.badInput);
    QCOMPARE(rehearsal.violations.size(), 1);
    QVERIFY2(
        rehearsal.violations.first().startsWith(scenario.orphanNamed + QStringLiteral(" row ")),
        qPrintable(rehearsal.violations.first()));
    QVERIFY2(rehearsal.violations.first().contains(QStringLiteral("pid=999")),
             qPrintable(rehearsal.violations.first()));
}

void TestSqliteMigration::restrictChildRefusedInD1()
{
    // D1 cannot rebuild a parent whose child says ON DELETE RESTRICT: the DROP's implicit
    // DELETE fails at once, deferred or not. The plain shape switches keys off and can.
    const QString before = QStringLiteral(
        "CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY, name TEXT);\n"
        "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, pid INTEGER REFERENCES p (id) ON "
        "DELETE RESTRICT);\n");
    QString after = before;
    after.replace(QStringLiteral("name TEXT"), QStringLiteral("name TEXT NOT NULL DEFAULT ''"));
    ImportReport report;
    const Schema oldSchema = Importer::importScript(before, QStringLiteral("sqlite"), &report);
    const Schema newSchema = Importer::importScript(after, QStringLiteral("sqlite"), &report);
    SchemaMatch match;
    QString error;
    QVERIFY(match.compute(oldSchema, newSchema, SchemaMatch::Mode::ByName, {}, &error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    const MigrationScript d1 = MigrationWriter::write(diff, Dialect::SQLite, true);
    QVERIFY(d1.isRefused());
    QVERIFY2(d1.problemsText().contains(QStringLiteral("ON DELETE RESTRICT of c")),
             qPrintable(d1.problemsText()));
    QVERIFY(!MigrationWriter::write(diff, Dialect::SQLite, false).isRefused());
}

void TestSqliteMigration::renameOntoDroppedName_data()
{
    QTest::addColumn<bool>("d1");
    QTest::newRow("plain") << false;
    QTest::newRow("d1") << true;
}

void TestSqliteMigration::renameOntoDroppedName()
{
    // b goes and a takes its name: the DROP must come before the RENAME.
    QFETCH(bool, d1);
    ImportReport report;
    const Schema oldSchema = Importer::importScript(
        QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);\n"
                       "CREATE TABLE b (id INTEGER PRIMARY KEY, y TEXT);\n"),
        QStringLiteral("sqlite"), &report);
    const Schema newSchema = Importer::importScript(
        QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, x TEXT);\n"),
        QStringLiteral("sqlite"), &report);
    SchemaMatch match;
    QString error;
    QVERIFY(match.compute(oldSchema, newSchema, SchemaMatch::Mode::ByName, {QStringLiteral("a=b")},
                          &error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    const MigrationScript script = MigrationWriter::write(diff, Dialect::SQLite, d1);
    QVERIFY(script.losesData());
    const MigrationRehearsal::Result result = MigrationRehearsal::run(
        diff, script,
        QByteArrayLiteral("INSERT INTO a VALUES (1, 'q');\nINSERT INTO b VALUES (5, 'r');\n"),
        QStringLiteral("data"));
    QVERIFY2(result.ok, qPrintable(result.toText() + script.text()));
    QCOMPARE(result.tables.size(), 1);
    QCOMPARE(result.tables.first().table, QStringLiteral("b"));
    QCOMPARE(result.tables.first().after, 1);
}

QTEST_APPLESS_MAIN(TestSqliteMigration)
#include "tst_sqlitemigration.moc"
