#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `joinery` binary as a user would, without a display.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void checkCleanSample_data();
    void checkCleanSample();
    void checkReportsErrors();
    void checkUnreadableFile();
    void checkUsageErrors();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(JOINERY_BINARY)));
}

TestCli::Result TestCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless subcommands must not need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JOINERY_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("joinery did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::helpAndVersion()
{
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("Joinery " JOINERY_VERSION));

    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("check FILE")));

    const Result checkHelp = run({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(checkHelp.exitCode, 0);
    QVERIFY(checkHelp.out.contains(QStringLiteral("severity code object: message")));
}

void TestCli::checkCleanSample_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f :
         QDir(QStringLiteral(JOINERY_SAMPLES_DIR)).entryList({QStringLiteral("*.joinery")}))
        QTest::newRow(qPrintable(f)) << QStringLiteral(JOINERY_SAMPLES_DIR "/") + f;
}

void TestCli::checkCleanSample()
{
    QFETCH(QString, file);
    const Result r = run({QStringLiteral("check"), file});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QString());
    QCOMPARE(r.exitCode, 0);
}

void TestCli::checkReportsErrors()
{
    // The shop sample with reviews.author_id made NOT NULL: its ON DELETE SET NULL must fail.
    QFile sample(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray data = sample.readAll();
    // Format 2 writes "nullable" only when false.
    const QByteArray before = "\"name\": \"author_id\",\n";
    const QByteArray after
        = "\"name\": \"author_id\",\n                        \"nullable\": false,\n";
    QVERIFY(data.contains(before));
    data.replace(before, after);
    const QString path = m_dir.filePath(QStringLiteral("broken.joinery"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();

    const Result r = run({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out,
             QStringLiteral("error fk-set-null-not-nullable reviews.fk_reviews_author: Foreign key "
                            "\"fk_reviews_author\" is ON DELETE SET NULL but reviews.author_id is "
                            "NOT NULL: every such change of a referenced parent row will fail.\n"));
}

void TestCli::checkUnreadableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.joinery"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": 1, \"schema\": ");
    out.close();
    const Result r = run({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QStringLiteral(
                 "joinery check: garbage.joinery: Invalid JSON at line 1, column 25")),
             qPrintable(r.err));

    const Result missing
        = run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("nope.joinery"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("Cannot open")));
}

void TestCli::checkUsageErrors()
{
    QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
    QCOMPARE(
        run({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
