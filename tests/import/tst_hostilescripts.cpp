#include "import/importer.h"
#include "import/importreport.h"
#include "schema.h"
#include "worklimit.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

// Broken and hostile scripts, one test per finding of the fuzzing in the field report (§6):
// no crash, no hang, and a report that says where and why. The same inputs are in
// tests/fuzz/regressions/, which the fuzz harnesses replay.
class TestHostileScripts : public QObject
{
    Q_OBJECT
private slots:
    void postgresTruncatedAfterAStatement_data();
    void postgresTruncatedAfterAStatement();
    void sqliteScriptEndingInCreate_data();
    void sqliteScriptEndingInCreate();
    void createOrAtTheEnd_data();
    void createOrAtTheEnd();
    void sqliteTableAsRecursiveSelect();
    void sqliteTableAsSelectKeepsSqliteColumns();
    void sqliteRunawayStatementStops();
    void sqliteCancelled();
    void commandLineReportsTheLimit();
    void columnNamedTwiceInAnyCase_data();
    void columnNamedTwiceInAnyCase();

private:
    static QString errors(const ImportReport &report);
};

QString TestHostileScripts::errors(const ImportReport &report)
{
    QStringList lines;
    for (const ImportReport::Note &note : report.notes) {
        if (note.severity == ImportReport::Severity::Error)
            lines << QStringLiteral("%1:%2: %3").arg(note.line).arg(note.column).arg(note.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void TestHostileScripts::postgresTruncatedAfterAStatement_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("error");
    // libpg_query's scanner fails on these with no statement array; the importer indexed it.
    QTest::newRow("string") << QStringLiteral(
        "CREATE TABLE a (id int);\nCREATE TABLE b (x text DEFAULT 'oops")
                            << QStringLiteral("2:32: The script cannot be split into statements: "
                                              "unterminated quoted string at or near \"'oops\"");
    QTest::newRow("quoted name")
        << QStringLiteral("CREATE TABLE a (id int);\nCREATE TABLE \"b (x text);\n")
        << QStringLiteral("2:14: The script cannot be split into statements: unterminated quoted "
                          "identifier at or near \"\"b (x text);\n\"");
    QTest::newRow("comment") << QStringLiteral(
        "CREATE TABLE a (id int);\n/* CREATE TABLE b (x text);\n")
                             << QStringLiteral("2:1: The script cannot be split into statements: "
                                               "unterminated /* comment at or near \"/* CREATE "
                                               "TABLE b (x text);\n\"");
    QTest::newRow("dollar quote")
        << QStringLiteral("CREATE TABLE a (id int);\n"
                          "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1;\n")
        << QStringLiteral("2:36: The script cannot be split into statements: unterminated "
                          "dollar-quoted string at or near \"$body$ SELECT 1;\n\"");
}

void TestHostileScripts::postgresTruncatedAfterAStatement()
{
    QFETCH(QString, script);
    QFETCH(QString, error);
    ImportReport report;
    const Schema schema = Importer::importScript(script, QStringLiteral("postgresql"), &report);
    QVERIFY(!report.isFatal());
    // What precedes the broken statement is read; the broken one is reported once.
    QCOMPARE(schema.tableCount(), 1);
    QVERIFY(schema.tableByName(QStringLiteral("a")));
    QCOMPARE(errors(report), error);
}

void TestHostileScripts::sqliteScriptEndingInCreate_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("tables");
    QTest::addColumn<QString>("error");
    QTest::newRow("only CREATE") << QStringLiteral("CREATE") << 0
                                 << QStringLiteral("1:1: SQLite rejected this statement: "
                                                   "incomplete input");
    QTest::newRow("CREATE TEMP last")
        << QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TEMP") << 1
        << QStringLiteral("2:1: SQLite rejected this statement: incomplete input");
    QTest::newRow("CREATE UNIQUE last")
        << QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE UNIQUE") << 1
        << QStringLiteral("2:1: SQLite rejected this statement: incomplete input");
}

void TestHostileScripts::sqliteScriptEndingInCreate()
{
    QFETCH(QString, script);
    QFETCH(int, tables);
    QFETCH(QString, error);
    ImportReport report;
    const Schema schema = Importer::importScript(script, QStringLiteral("sqlite"), &report);
    QVERIFY(!report.isFatal());
    QCOMPARE(schema.tableCount(), tables);
    QCOMPARE(errors(report), error);
}

void TestHostileScripts::createOrAtTheEnd_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("skipped");
    QTest::newRow("sqlserver CREATE OR")
        << QStringLiteral("sqlserver") << QStringLiteral("CREATE OR")
        << QStringLiteral("CREATE OR");
    QTest::newRow("sqlserver ALTER OR after GO")
        << QStringLiteral("sqlserver") << QStringLiteral("CREATE TABLE a (id int);\nGO\nALTER OR")
        << QStringLiteral("ALTER OR");
    QTest::newRow("mysql CREATE OR")
        << QStringLiteral("mysql") << QStringLiteral("CREATE OR") << QStringLiteral("CREATE OR");
    QTest::newRow("mysql ALTER OR")
        << QStringLiteral("mysql") << QStringLiteral("CREATE TABLE a (id int);\nALTER OR")
        << QStringLiteral("ALTER OR");
}

void TestHostileScripts::createOrAtTheEnd()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(QString, skipped);
    ImportReport report;
    const Schema schema = Importer::importScript(script, dialect, &report);
    QVERIFY(!report.isFatal());
    QCOMPARE(schema.tableCount(), script.contains(QLatin1String("TABLE a")) ? 1 : 0);
    QCOMPARE(errors(report), QString());
    QCOMPARE(report.skippedStatements, (QVector<QPair<QString, int>>{{skipped, 1}}));
}

void TestHostileScripts::sqliteTableAsRecursiveSelect()
{
    // Ran forever: the importer ran the query. Now SQLite is asked for the columns only.
    ImportReport report;
    const Schema schema = Importer::importScript(
        QStringLiteral("CREATE TABLE v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 "
                       "FROM c) SELECT x FROM c;\nCREATE INDEX v_x ON v(x);\n"),
        QStringLiteral("sqlite"), &report);
    QVERIFY2(!report.isFatal(), qPrintable(report.fatalError));
    QCOMPARE(errors(report), QString());
    const Table *v = schema.tableByName(QStringLiteral("v"));
    QVERIFY(v);
    QCOMPARE(v->columns.size(), 1);
    QCOMPARE(v->columns.at(0).name, QStringLiteral("x"));
    QCOMPARE(report.indexes, 1);
}

void TestHostileScripts::sqliteTableAsSelectKeepsSqliteColumns()
{
    // The columns are SQLite's own for the select: names and types from the expressions.
    ImportReport report;
    const Schema schema = Importer::importScript(
        QStringLiteral("CREATE TABLE s (a INTEGER, b TEXT, c NUMERIC(10,2));\n"
                       "INSERT INTO s VALUES (1, 'one', 1.5);\n"
                       "CREATE TABLE t AS SELECT a, b AS name, c, a + 1 AS next -- why not\n"
                       "  FROM s ORDER BY a LIMIT 5;\n"),
        QStringLiteral("sqlite"), &report);
    QCOMPARE(errors(report), QString());
    const Table *t = schema.tableByName(QStringLiteral("t"));
    QVERIFY(t);
    QStringList columns;
    for (const Column &column : t->columns)
        columns << column.name + QLatin1Char(' ') + column.type.toString();
    // SQLite declares a as INT, name as TEXT, c as NUM and the expression without a type.
    QCOMPARE(columns.join(QLatin1String(", ")),
             QStringLiteral("a integer, name text, c NUM, next blob"));
    // Kept exactly: declared without a type, which an export to SQLite writes back.
    const Column *next = t->columnByName(QStringLiteral("next"));
    QVERIFY(next && next->typeDeclared && next->declaredType.isEmpty());
    QCOMPARE(t->columnByName(QStringLiteral("c"))->declaredType, QStringLiteral("NUM"));
    QCOMPARE(report.notes.size(), 0);
}

void TestHostileScripts::sqliteRunawayStatementStops()
{
    // A MATERIALIZED WITH is computed before the LIMIT 0 is looked at: the work limit stops it.
    WorkLimit limit;
    limit.setStatementSteps(1'000'000);
    ImportReport report;
    const Schema schema = Importer::importScript(
        QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                       "CREATE TABLE v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                       "FROM c),\n  d AS MATERIALIZED (SELECT count(*) AS n FROM c) SELECT d.n "
                       "FROM d, d AS e;\n"),
        QStringLiteral("sqlite"), &report, &limit);
    QVERIFY(report.isFatal());
    QCOMPARE(schema.tableCount(), 0);
    QCOMPARE(limit.stop(), WorkLimit::Stop::StatementLimit);
    QCOMPARE(report.fatalError,
             QStringLiteral("Line 2: This statement was stopped after 1,000,000 steps of work, the "
                            "most one statement may take (a recursive WITH that never ends does "
                            "this). Nothing is imported."));
}

void TestHostileScripts::sqliteCancelled()
{
    std::atomic_bool cancel{true};
    WorkLimit limit;
    limit.setCancelFlag(&cancel);
    for (const QString &dialect : Importer::dialects()) {
        ImportReport report;
        const Schema schema = Importer::importScript(
            QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"), dialect, &report, &limit);
        QVERIFY2(report.isFatal(), qPrintable(dialect));
        QCOMPARE(report.fatalError, QStringLiteral("Cancelled. Nothing is imported."));
        QCOMPARE(schema.tableCount(), 0);
    }
}

void TestHostileScripts::commandLineReportsTheLimit()
{
    // The real binary, with the default limit: exit 2 and the reason, in seconds, not never.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forever.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "CREATE TABLE v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c),\n"
        "  d AS MATERIALIZED (SELECT count(*) AS n FROM c) SELECT d.n FROM d, d AS e;\n");
    file.close();
    QProcess process;
    process.start(
        QStringLiteral(JOINERY_BINARY),
        {QStringLiteral("import"), path, QStringLiteral("--dialect"), QStringLiteral("sqlite")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             QStringLiteral("Could not import %1: Line 1: This statement was stopped after "
                            "100,000,000 steps of work, the most one statement may take (a "
                            "recursive WITH that never ends does this). Nothing is imported.\n")
                 .arg(path));
}

void TestHostileScripts::columnNamedTwiceInAnyCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlserver") << QStringLiteral("sqlserver");
    QTest::newRow("mysql") << QStringLiteral("mysql");
}

// Found by fuzz_import_sqlserver: SQL Server and MySQL match column names ignoring case, so
// "x" and "X" are one column, named twice. The engines refuse that in a key or an index; the
// import left the duplicate in the model, which broke its integrity. Each is now left out with
// an error that says where.
void TestHostileScripts::columnNamedTwiceInAnyCase()
{
    QFETCH(QString, dialect);
    const QString script
        = QStringLiteral("CREATE TABLE p (id INT, Code INT, PRIMARY KEY (id, ID));\n"
                         "CREATE TABLE q (k INT PRIMARY KEY, a INT, UNIQUE (a, A));\n"
                         "CREATE TABLE c (x INT, y INT, FOREIGN KEY (x, X) REFERENCES q (k, a));\n"
                         "CREATE INDEX i ON c (y, Y);\n");
    ImportReport report;
    const Schema schema = Importer::importScript(script, dialect, &report);
    QCOMPARE(errors(report),
             QStringLiteral(
                 "1:35: The primary key of \"p\" names column \"id\" twice; the key is left out.\n"
                 "2:43: Unique constraint UNIQUE (a, A) on \"q\" names column \"a\" twice; it is "
                 "left out.\n"
                 "4:14: Index i on \"c\" names column \"y\" twice; it is left out.\n"
                 "3:31: Foreign key from \"c\" to \"q\" is left out: it names column \"x\" of "
                 "\"c\" twice."));
    QCOMPARE(schema.tableCount(), 3);
    QCOMPARE(schema.foreignKeyCount(), 0);
    for (const Id id : schema.tableIds()) {
        const Table *table = schema.table(id);
        QVERIFY(table->primaryKey.size() <= 1);
        QVERIFY(table->uniqueConstraints.isEmpty());
        QVERIFY(table->indexes.isEmpty());
    }
}

QTEST_MAIN(TestHostileScripts)
#include "tst_hostilescripts.moc"
