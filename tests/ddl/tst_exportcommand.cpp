#include "ddl/ddlgenerator.h"
#include "schemareader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `joinery export` and `joinery check --dialect` as a user runs them: the real binary, its
// output and its exit status.
class TestExportCommand : public QObject
{
    Q_OBJECT
private slots:
    void writesTheGeneratorsScript_data();
    void writesTheGeneratorsScript();
    void errorsGiveExitOneAndStillWrite();
    void unreadableInputGivesExitTwo();
    void checkIncludesTheDialectsProblems();
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

static Run joinery(const QStringList &arguments)
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

static QString sample(const QString &name)
{
    return QStringLiteral(JOINERY_SAMPLES_DIR "/") + name;
}

void TestExportCommand::writesTheGeneratorsScript_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("shop sqlite") << "shop.joinery"
                                 << "sqlite" << QStringList{};
    QTest::newRow("shop postgresql quoted")
        << "shop.joinery"
        << "postgresql" << QStringList{QStringLiteral("--quote-all")};
    QTest::newRow("cycle mariadb drop") << "cycle.joinery"
                                        << "mariadb" << QStringList{QStringLiteral("--drop")};
    QTest::newRow("composite mysql") << "composite-key.joinery"
                                     << "mysql" << QStringList{};
}

void TestExportCommand::writesTheGeneratorsScript()
{
    QFETCH(QString, file);
    QFETCH(QString, dialect);
    QFETCH(QStringList, flags);
    SchemaReader reader;
    QVERIFY(reader.readFile(sample(file)));
    Dialect d;
    QVERIFY(Dialects::fromId(dialect, &d));
    DdlOptions options;
    options.quoteAllIdentifiers = flags.contains(QStringLiteral("--quote-all"));
    const auto generator = DdlGenerator::create(d);
    const QString expected = flags.contains(QStringLiteral("--drop"))
        ? generator->dropScript(reader.schema(), options).text()
        : generator->createScript(reader.schema(), options).text();

    const Run toStdout = joinery(
        QStringList{QStringLiteral("export"), sample(file), QStringLiteral("--dialect"), dialect}
        + flags);
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(QString::fromUtf8(toStdout.out), expected);

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.sql"));
    const Run toFile
        = joinery(QStringList{QStringLiteral("export"), sample(file), QStringLiteral("--dialect"),
                              dialect, QStringLiteral("-o"), out}
                  + flags);
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), expected);
}

void TestExportCommand::errorsGiveExitOneAndStillWrite()
{
    // The employees' self-reference is ON DELETE SET NULL: SQL Server error 1785.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("employees.sql"));
    const Run run = joinery({QStringLiteral("export"), sample(QStringLiteral("employees.joinery")),
                             QStringLiteral("--dialect"), QStringLiteral("sqlserver"),
                             QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("error sqlserver-cascade-paths employees.fk_employees_manager"),
             run.err.constData());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    const int note = text.indexOf(QStringLiteral("-- ERROR sqlserver-cascade-paths"));
    QVERIFY2(note > 0, qPrintable(text));
    // The note sits right above the statement that creates the key.
    QVERIFY(text.indexOf(QStringLiteral("CREATE TABLE employees")) > note);
    QVERIFY(text.contains(QStringLiteral("CONSTRAINT fk_employees_manager FOREIGN KEY")));
}

void TestExportCommand::unreadableInputGivesExitTwo()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.joinery"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QCOMPARE(joinery({QStringLiteral("export"), broken, QStringLiteral("--dialect"),
                      QStringLiteral("sqlite")})
                 .exitCode,
             2);
    QCOMPARE(joinery({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.joinery")),
                      QStringLiteral("--dialect"), QStringLiteral("sqlite")})
                 .exitCode,
             2);
    const Run unknown = joinery({QStringLiteral("export"), sample(QStringLiteral("shop.joinery")),
                                 QStringLiteral("--dialect"), QStringLiteral("oracle")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown dialect"));
}

void TestExportCommand::checkIncludesTheDialectsProblems()
{
    const Run plain
        = joinery({QStringLiteral("check"), sample(QStringLiteral("employees.joinery"))});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains("sqlserver-cascade-paths"));
    const Run sqlServer
        = joinery({QStringLiteral("check"), sample(QStringLiteral("employees.joinery")),
                   QStringLiteral("--dialect"), QStringLiteral("sqlserver")});
    QCOMPARE(sqlServer.exitCode, 1);
    QVERIFY2(
        sqlServer.out.contains("error sqlserver-cascade-paths employees.fk_employees_manager: "),
        sqlServer.out.constData());
    QVERIFY(sqlServer.out.contains(
        "warning dialect-action-changed employees.fk_employees_department: "));
    const Run postgres
        = joinery({QStringLiteral("check"), sample(QStringLiteral("employees.joinery")),
                   QStringLiteral("--dialect"), QStringLiteral("postgresql")});
    QCOMPARE(postgres.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
