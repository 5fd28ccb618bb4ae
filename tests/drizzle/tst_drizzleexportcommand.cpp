#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `joinery export FILE --dialect drizzle-*` as a user runs it: the real binary, its output
// (the same module as the golden file) and its exit status.
class TestDrizzleExportCommand : public QObject
{
    Q_OBJECT
private slots:
    void writesTheModule_data();
    void writesTheModule();
    void writesToAFile();
    void dialectErrorsGiveExitOne();
    void badInputGivesExitTwo_data();
    void badInputGivesExitTwo();
};

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run joinery(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(JOINERY_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString sample(const char *name)
{
    return QStringLiteral(JOINERY_SAMPLES_DIR "/") + QLatin1String(name);
}

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(JOINERY_SOURCE_DIR "/tests/drizzle/golden/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestDrizzleExportCommand::writesTheModule_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("dialect");
    QTest::newRow("shop pg") << "shop"
                             << "drizzle-pg";
    QTest::newRow("composite-key sqlite") << "composite-key"
                                          << "drizzle-sqlite";
    QTest::newRow("employees mysql") << "employees"
                                     << "drizzle-mysql";
    QTest::newRow("shop mssql") << "shop"
                                << "drizzle-mssql";
}

void TestDrizzleExportCommand::writesTheModule()
{
    QFETCH(QString, sample);
    QFETCH(QString, dialect);
    const Run run
        = joinery({QStringLiteral("export"),
                   QStringLiteral(JOINERY_SAMPLES_DIR "/") + sample + QStringLiteral(".joinery"),
                   QStringLiteral("--dialect"), dialect});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray expected = golden(sample + QLatin1Char('.') + dialect + QStringLiteral(".ts"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(run.out, expected);
}

void TestDrizzleExportCommand::writesToAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("schema.ts"));
    const Run run
        = joinery({QStringLiteral("export"), sample("shop.joinery"), QStringLiteral("--dialect"),
                   QStringLiteral("drizzle-pg"), QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), golden(QStringLiteral("shop.drizzle-pg.ts")));
}

void TestDrizzleExportCommand::dialectErrorsGiveExitOne()
{
    // The cycle sample's SET NULL key closes a cascade cycle: SQL Server refuses it (1785),
    // whether the SQL comes from Joinery or from drizzle-kit. The module is still written.
    const Run run = joinery({QStringLiteral("export"), sample("cycle.joinery"),
                             QStringLiteral("--dialect"), QStringLiteral("drizzle-mssql")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("sqlserver-cascade-paths"));
    QCOMPARE(run.out, golden(QStringLiteral("cycle.drizzle-mssql.ts")));
}

void TestDrizzleExportCommand::badInputGivesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList{QStringLiteral("export"),
                                                 QStringLiteral("/nonexistent.joinery"),
                                                 QStringLiteral("--dialect"),
                                                 QStringLiteral("drizzle-pg")}
                                  << "/nonexistent.joinery";
    QTest::newRow("unknown target")
        << QStringList{QStringLiteral("export"), sample("shop.joinery"),
                       QStringLiteral("--dialect"), QStringLiteral("drizzle-oracle")}
        << "drizzle-mssql";
    QTest::newRow("drop") << QStringList{QStringLiteral("export"), sample("shop.joinery"),
                                         QStringLiteral("--dialect"), QStringLiteral("drizzle-pg"),
                                         QStringLiteral("--drop")}
                          << "--drop";
    QTest::newRow("unwritable output")
        << QStringList{QStringLiteral("export"),    sample("shop.joinery"),
                       QStringLiteral("--dialect"), QStringLiteral("drizzle-pg"),
                       QStringLiteral("-o"),        QStringLiteral("/nonexistent/dir/schema.ts")}
        << "/nonexistent/dir/schema.ts";
}

void TestDrizzleExportCommand::badInputGivesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = joinery(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestDrizzleExportCommand)
#include "tst_drizzleexportcommand.moc"
