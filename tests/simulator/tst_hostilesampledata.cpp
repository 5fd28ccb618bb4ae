#include "simulator/sqlinsertfile.h"
#include "simulatortestsupport.h"
#include "worklimit.h"

#include <QProcess>
#include <QTemporaryDir>

#include <atomic>

// Broken and hostile sample-data files (field report §6): a NUL byte hung the loader, a
// recursive WITH ran forever. Each stops with a message naming the file and the line, and the
// database is left as it was. The same inputs are in tests/fuzz/regressions/sampledata/.
class tst_HostileSampleData : public QObject
{
    Q_OBJECT

private:
    TestSchema m_s;

    // Rows in p and c.
    static int rows(ScratchDatabase *db)
    {
        return db
            ->scalar(QStringLiteral("SELECT (SELECT count(*) FROM p) + (SELECT count(*) "
                                    "FROM c)"))
            .toInt();
    }

    // A literal with the NUL bytes in it.
    template<int N>
    static QByteArray bytes(const char (&text)[N])
    {
        return QByteArray(text, N - 1);
    }

    // Counts an endless recursion, in constant memory, until stopped.
    static QByteArray endlessCount()
    {
        return "INSERT INTO p (id, name) VALUES (1, 'one');\n"
               "INSERT INTO p (id, name)\n"
               "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)\n"
               "SELECT count(*), 'all' FROM n;\n";
    }

private slots:
    void initTestCase()
    {
        m_s.table(QStringLiteral("p"),
                  {QStringLiteral("id integer pk"), QStringLiteral("name text")});
        m_s.table(QStringLiteral("c"),
                  {QStringLiteral("id integer pk"), QStringLiteral("pid integer")});
        m_s.key(QStringLiteral("fk_c_p"), QStringLiteral("c"), {QStringLiteral("pid")},
                QStringLiteral("p"), {QStringLiteral("id")});
    }

    void nulByteRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("between statements")
            << bytes("INSERT INTO p (id) VALUES (1);\n\0\nINSERT INTO p (id) VALUES (2);\n")
            << QStringLiteral(
                   "x.sql, line 2: the file holds a NUL byte; it is not an SQL text file.");
        QTest::newRow("in a string")
            << bytes(
                   "INSERT INTO p (id) VALUES (1);\n\nINSERT INTO p (id, name) VALUES (2, 'a\0b');")
            << QStringLiteral(
                   "x.sql, line 3: the file holds a NUL byte; it is not an SQL text file.");
        QTest::newRow("last byte") << bytes("INSERT INTO p (id) VALUES (1);\0")
                                   << QStringLiteral("x.sql, line 1: the file holds a NUL byte; it "
                                                     "is not an SQL text file.");
    }

    void nulByteRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        QString message;
        QVERIFY(!SqlInsertFile::loadText(db.get(), text, QStringLiteral("x.sql"), &message));
        QCOMPARE(message, error);
        QCOMPARE(rows(db.get()), 0);
    }

    void lineNumbersAfterManyStatements()
    {
        // The line of a failure is still right when counted as the statements go.
        QByteArray text;
        for (int i = 1; i <= 500; ++i)
            text += "INSERT INTO p (id, name) VALUES (" + QByteArray::number(i) + ", 'a\nb');\n";
        text += "/* a comment\n over two lines */\n   INSERT INTO nowhere VALUES (1);\n";
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        QString message;
        QVERIFY(!SqlInsertFile::loadText(db.get(), text, QStringLiteral("x.sql"), &message));
        QCOMPARE(message, QStringLiteral("x.sql, line 1001: no such table: nowhere"));
        QCOMPARE(rows(db.get()), 0);
    }

    void rawDataIsRead()
    {
        // A QByteArray over memory it does not own has no terminating NUL of its own.
        static const char text[] = "INSERT INTO p (id, name) VALUES (1, 'x');INSERT INTO p (id) "
                                   "VALUES (2);XXXX";
        const QByteArray raw = QByteArray::fromRawData(text, int(sizeof text) - 5);
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        QString message;
        QVERIFY2(SqlInsertFile::loadText(db.get(), raw, QStringLiteral("x.sql"), &message),
                 qPrintable(message));
        QCOMPARE(rows(db.get()), 2);
    }

    void recursiveWithStopsAtTheLimit()
    {
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        WorkLimit limit;
        limit.setStatementSteps(2'000'000);
        QString message;
        QVERIFY(!SqlInsertFile::loadText(db.get(), endlessCount(), QStringLiteral("x.sql"),
                                         &message, &limit));
        QCOMPARE(limit.stop(), WorkLimit::Stop::StatementLimit);
        QCOMPARE(
            message,
            QStringLiteral("x.sql, line 2: This statement was stopped after 2,000,000 steps of "
                           "work, the most one statement may take (a recursive WITH that "
                           "never ends does this)."));
        QCOMPARE(rows(db.get()), 0);
    }

    void manySmallStatementsStopAtTheTotal()
    {
        // Each statement stays under its own limit; together they pass the file's budget.
        QByteArray text;
        for (int i = 1; i <= 50; ++i)
            text += "INSERT INTO p (id, name) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT "
                    "x + 1 FROM n WHERE x < 20000) SELECT "
                + QByteArray::number(i) + ", count(*) FROM n;\n";
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        WorkLimit limit;
        limit.setStatementSteps(1'000'000);
        limit.setStepsPerByte(100);
        QString message;
        QVERIFY(
            !SqlInsertFile::loadText(db.get(), text, QStringLiteral("x.sql"), &message, &limit));
        QCOMPARE(limit.stop(), WorkLimit::Stop::TotalLimit);
        QVERIFY2(message.startsWith(QLatin1String("x.sql, line ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(": Stopped here after %L1 steps of work, the "
                                                 "most a file of this size may take.")
                                      .arg(1'000'000 + 100 * text.size())),
                 qPrintable(message));
        QCOMPARE(rows(db.get()), 0);
        // The same file with the default budget loads.
        WorkLimit defaults;
        QVERIFY2(
            SqlInsertFile::loadText(db.get(), text, QStringLiteral("x.sql"), &message, &defaults),
            qPrintable(message));
        QCOMPARE(rows(db.get()), 50);
    }

    void cancelled()
    {
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        std::atomic_bool cancel{true};
        WorkLimit limit;
        limit.setCancelFlag(&cancel);
        QString message;
        QVERIFY(!SqlInsertFile::loadText(db.get(), endlessCount(), QStringLiteral("x.sql"),
                                         &message, &limit));
        QCOMPARE(message, QStringLiteral("x.sql, line 1: Cancelled."));
        QCOMPARE(rows(db.get()), 0);
    }

    void progressReported()
    {
        QByteArray text;
        for (int i = 1; i <= 100; ++i)
            text += "INSERT INTO p (id) VALUES (" + QByteArray::number(i) + ");\n";
        auto db = buildScratch(m_s.schema, {});
        QVERIFY(db);
        WorkLimit limit;
        QVector<QPair<qint64, qint64>> seen;
        limit.setProgressFunction([&](qint64 done, qint64 total) { seen.append({done, total}); });
        QString message;
        QVERIFY(SqlInsertFile::loadText(db.get(), text, QStringLiteral("x.sql"), &message, &limit));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first(), (QPair<qint64, qint64>(0, text.size())));
    }

    void commandLineReportsTheLimit()
    {
        // `joinery simulate --data` with the default limit: exit 2 and the reason, in seconds.
        QTemporaryDir dir;
        QFile data(dir.filePath(QStringLiteral("forever.sql")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("INSERT INTO users (id, email)\n"
                   "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)\n"
                   "SELECT count(*), 'all' FROM n;\n");
        data.close();
        QProcess process;
        process.start(QStringLiteral(JOINERY_BINARY),
                      {QStringLiteral("simulate"),
                       QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery"),
                       QStringLiteral("--data"), data.fileName(), QStringLiteral("--delete"),
                       QStringLiteral("users")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String(
                     "forever.sql, line 1: This statement was stopped after 100,000,000 steps of "
                     "work, the most one statement may take (a recursive WITH that never ends "
                     "does this).")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(tst_HostileSampleData)
#include "tst_hostilesampledata.moc"
