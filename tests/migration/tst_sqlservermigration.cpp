#include "migrationscenarios.h"

#include "import/importer.h"
#include "import/importreport.h"
#include "migration/migrationwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

// SQL Server has no engine in the test fixtures: its migrations are compared whole with golden
// files, one per scenario, and the error-1785 check runs on the resulting schema.
// JOINERY_UPDATE_GOLDEN=1 rewrites the files instead; a reviewer reads the diff.
class TestSqlServerMigration : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void cascadePathsRefused();
};

void TestSqlServerMigration::golden_data()
{
    QTest::addColumn<int>("index");
    const QVector<MigrationScenario> scenarios = MigrationScenario::all();
    for (int i = 0; i < scenarios.size(); ++i)
        QTest::newRow(qPrintable(scenarios.at(i).name)) << i;
}

void TestSqlServerMigration::golden()
{
    QFETCH(int, index);
    const MigrationScenario scenario = MigrationScenario::all().at(index);
    Schema oldSchema;
    Schema newSchema;
    SchemaMatch match;
    QString error;
    QVERIFY2(scenario.diff(&oldSchema, &newSchema, &match, &error), qPrintable(error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    MigrationScript script = MigrationWriter::write(diff, Dialect::SqlServer);
    script.header.clear(); // the version line would change the files on every release
    const QString actual = script.text() + QStringLiteral("-- problems:\n") + script.problemsText();
    const QString path
        = QStringLiteral(JOINERY_SOURCE_DIR "/tests/migration/golden/sqlserver/%1.sql")
              .arg(scenario.name);
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

void TestSqlServerMigration::cascadePathsRefused()
{
    // Two cascading paths from p to g (p → c → g and p → g): SQL Server refuses the second with
    // error 1785, so the migration that creates it is refused before anything runs.
    const QString before = QStringLiteral(
        "CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);\n"
        "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, pid INTEGER, CONSTRAINT fk_c_p FOREIGN "
        "KEY (pid) REFERENCES p (id) ON DELETE CASCADE);\n"
        "CREATE TABLE g (id INTEGER NOT NULL PRIMARY KEY, cid INTEGER, pid INTEGER, CONSTRAINT "
        "fk_g_c FOREIGN KEY (cid) REFERENCES c (id) ON DELETE CASCADE, CONSTRAINT fk_g_p FOREIGN "
        "KEY (pid) REFERENCES p (id));\n");
    QString after = before;
    after.replace(QStringLiteral("REFERENCES p (id));"),
                  QStringLiteral("REFERENCES p (id) ON DELETE CASCADE);"));
    ImportReport report;
    const Schema oldSchema = Importer::importScript(before, QStringLiteral("sqlite"), &report);
    const Schema newSchema = Importer::importScript(after, QStringLiteral("sqlite"), &report);
    SchemaMatch match;
    QString error;
    QVERIFY(match.compute(oldSchema, newSchema, SchemaMatch::Mode::ByName, {}, &error));
    const SchemaDiff diff(oldSchema, newSchema, match);
    const MigrationScript script = MigrationWriter::write(diff, Dialect::SqlServer);
    QVERIFY(script.isRefused());
    QVERIFY2(script.problemsText().contains(QStringLiteral("1785")),
             qPrintable(script.problemsText()));
    QVERIFY(!MigrationWriter::write(diff, Dialect::PostgreSQL).isRefused());
}

QTEST_APPLESS_MAIN(TestSqlServerMigration)
#include "tst_sqlservermigration.moc"
