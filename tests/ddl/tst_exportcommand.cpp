#include "ddl/ddlgenerator.h"
#include "schemareader.h"
#include "schemawriter.h"
#include "syntheticschema.h"

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
    void severalDialectsEqualOneByOne_data();
    void severalDialectsEqualOneByOne();
    void severalDialectsNeedAFolder();
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

void TestExportCommand::severalDialectsEqualOneByOne_data()
{
    QTest::addColumn<QString>("file"); // a sample, or "generated"
    QTest::addColumn<QString>("dialects");
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("shop all") << "shop.joinery" << "all" << QStringList{};
    QTest::newRow("employees all (SQL Server errors)") << "employees.joinery" << "all"
                                                       << QStringList{};
    QTest::newRow("cycle list with drizzle")
        << "cycle.joinery" << "postgresql, drizzle-pg,sqlserver" << QStringList{};
    QTest::newRow("composite all drop quoted")
        << "composite-key.joinery" << "all"
        << QStringList{QStringLiteral("--drop"), QStringLiteral("--quote-all")};
    QTest::newRow("generated 400 tables all") << "generated" << "all,drizzle-mysql"
                                              << QStringList{};
}

// `--dialect all -o FOLDER` writes, for each dialect, byte for byte what the export of that
// dialect alone writes, and reports the same errors (each line saying its dialect).
void TestExportCommand::severalDialectsEqualOneByOne()
{
    QFETCH(QString, file);
    QFETCH(QString, dialects);
    QFETCH(QStringList, flags);
    QTemporaryDir dir;
    QString input = sample(file);
    if (file == QLatin1String("generated")) {
        input = dir.filePath(QStringLiteral("generated.joinery"));
        QString error;
        QVERIFY2(SchemaWriter::save(SyntheticSchema::largeDocument(400), input, &error),
                 qPrintable(error));
    }
    const QString folder = dir.filePath(QStringLiteral("out/nested"));
    const Run together = joinery(QStringList{QStringLiteral("export"), input,
                                             QStringLiteral("--dialect"), dialects,
                                             QStringLiteral("-o"), folder}
                                 + flags);
    QVERIFY2(together.exitCode == 0 || together.exitCode == 1, together.err.constData());
    QVERIFY(together.out.isEmpty());
    QStringList ids;
    for (const QString &part : dialects.split(QLatin1Char(','))) {
        if (part.trimmed() == QLatin1String("all"))
            ids << QStringLiteral("sqlite") << QStringLiteral("postgresql")
                << QStringLiteral("mysql") << QStringLiteral("mariadb")
                << QStringLiteral("sqlserver");
        else
            ids << part.trimmed();
    }
    const QString base = QFileInfo(input).completeBaseName();
    int worst = 0;
    QByteArray expectedErrors;
    for (const QString &id : std::as_const(ids)) {
        const Run alone = joinery(QStringList{QStringLiteral("export"), input,
                                              QStringLiteral("--dialect"), id}
                                  + flags);
        worst = std::max(worst, alone.exitCode);
        for (const QByteArray &line : alone.err.split('\n')) {
            if (!line.isEmpty())
                expectedErrors += id.toUtf8() + ": " + line + '\n';
        }
        const QString suffix = id.startsWith(QLatin1String("drizzle")) ? QStringLiteral("ts")
                                                                        : QStringLiteral("sql");
        QFile written(QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(base, id, suffix)));
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
        const QByteArray bytes = written.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes == alone.out, qPrintable(id));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), ids.size());
    QCOMPARE(together.exitCode, worst);
    QCOMPARE(together.err, expectedErrors);
}

void TestExportCommand::severalDialectsNeedAFolder()
{
    const Run noFolder = joinery({QStringLiteral("export"), sample(QStringLiteral("shop.joinery")),
                                  QStringLiteral("--dialect"), QStringLiteral("all")});
    QCOMPARE(noFolder.exitCode, 2);
    QVERIFY(noFolder.err.contains("-o FOLDER"));
    QVERIFY(noFolder.out.isEmpty());
    const Run unknown = joinery({QStringLiteral("export"), sample(QStringLiteral("shop.joinery")),
                                 QStringLiteral("--dialect"), QStringLiteral("sqlite,oracle"),
                                 QStringLiteral("-o"), QStringLiteral("/nonexistent/x")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown dialect \"oracle\""));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
