#include "ddl/ddlgenerator.h"
#include "simulator/changelog.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulator.h"
#include "testschema.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <ctime>

using RA = ReferentialAction;

// A cascade that deletes 1,000,000 rows through a three-level chain
// (1,000 a ← 99,000 b ← 900,000 c), run by the simulator (change log, attribution, rollback)
// against the same bare DELETE in the sqlite3 shell on the same schema and data, both in
// memory. The target is a ratio of at most 1.5 (no index is added: the same
// schema, data and statement on both sides).
class bench_Simulator : public QObject
{
    Q_OBJECT

private:
    TestSchema m_schema;
    QStringList m_ddl;
    QStringList m_data;

    static double median(QVector<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    }

    // Seconds the shell reports for the DELETE alone (.timer): wall clock, or with `cpu`
    // user + sys, which the other processes on a shared machine disturb less.
    double shellSeconds(bool cpu = false)
    {
        QString script = QStringLiteral("PRAGMA foreign_keys = ON;\n");
        for (const QString &sql : m_ddl + m_data)
            script += sql + QStringLiteral(";\n");
        script
            += QStringLiteral(".timer on\nDELETE FROM a;\n.timer off\nSELECT count(*) FROM c;\n");
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral(":memory:")});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const QString out = QString::fromUtf8(shell.readAllStandardOutput());
        static const QRegularExpression timer(
            QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
        const QRegularExpressionMatch m = timer.match(out);
        if (!m.hasMatch() || !out.trimmed().endsWith(QLatin1Char('0'))) {
            qWarning("sqlite3 shell output: %s %s", qPrintable(out),
                     shell.readAllStandardError().constData());
            return -1;
        }
        return cpu ? m.captured(2).toDouble() + m.captured(3).toDouble() : m.captured(1).toDouble();
    }

    static double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        m_schema.table(QStringLiteral("a"),
                       {QStringLiteral("id integer pk"), QStringLiteral("name text")});
        m_schema.table(QStringLiteral("b"),
                       {QStringLiteral("id integer pk"), QStringLiteral("a_id integer notnull"),
                        QStringLiteral("name text")});
        m_schema.table(QStringLiteral("c"),
                       {QStringLiteral("id integer pk"), QStringLiteral("b_id integer notnull"),
                        QStringLiteral("name text")});
        m_schema.key(QStringLiteral("fk_b_a"), QStringLiteral("b"), {QStringLiteral("a_id")},
                     QStringLiteral("a"), {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        m_schema.key(QStringLiteral("fk_c_b"), QStringLiteral("c"), {QStringLiteral("b_id")},
                     QStringLiteral("b"), {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        for (const DdlStatement &s :
             DdlGenerator::create(Dialect::SQLite)->createScript(m_schema.schema).statements)
            m_ddl.append(s.sql);
        m_data = {
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                "INSERT INTO a SELECT i, 'a' || i FROM n"),
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 99000) "
                "INSERT INTO b SELECT i, (i % 1000) + 1, 'b' || i FROM n"),
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 900000) "
                "INSERT INTO c SELECT i, (i % 99000) + 1, 'c' || i FROM n"),
        };
    }

    void simulatedCascade()
    {
        ScratchDatabase db;
        QVERIFY(db.create(m_ddl + m_data));
        Simulator simulator(&db, m_schema.schema);
        SimulationResult result;
        QBENCHMARK
        {
            result = simulator.run({QStringLiteral("DELETE FROM a"), false, false});
        }
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
        QCOMPARE(result.changedRows, 1000000);
    }

    void bareDeleteInShell()
    {
        const double seconds = shellSeconds();
        QVERIFY(seconds > 0);
        qInfo("sqlite3 shell, bare DELETE: %.3f s", seconds);
    }

    // Where the simulator's time goes, in CPU seconds: the same DELETE without the change log
    // in this process, the DELETE with it, reading and attributing the log, and the rollback.
    void phases()
    {
        ScratchDatabase db;
        QVERIFY(db.create(m_ddl + m_data));
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        double cpu = cpuSeconds();
        QVERIFY(db.exec(QStringLiteral("DELETE FROM a")));
        const double bare = cpuSeconds() - cpu;
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")));
        ChangeLog log(&db, m_schema.schema);
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        QVERIFY(log.install());
        cpu = cpuSeconds();
        QVERIFY(db.exec(QStringLiteral("DELETE FROM a")));
        const double statement = cpuSeconds() - cpu;
        QVERIFY(log.remove());
        cpu = cpuSeconds();
        SimulationResult result;
        QVERIFY(log.read(&result));
        const double read = cpuSeconds() - cpu;
        cpu = cpuSeconds();
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")));
        const double rollback = cpuSeconds() - cpu;
        qInfo("CPU: bare DELETE in this process %.3f s; DELETE with change log %.3f s, reading "
              "and attributing 1,000,000 log rows %.3f s, rollback %.3f s",
              bare, statement, read, rollback);
        QCOMPARE(result.changedRows, 1000000);
    }

    void ratio()
    {
        ScratchDatabase db;
        QVERIFY(db.create(m_ddl + m_data));
        Simulator simulator(&db, m_schema.schema);
        QVector<double> simulated, bare, simulatedCpu, bareCpu;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            const SimulationResult r
                = simulator.run({QStringLiteral("DELETE FROM a"), false, false});
            simulatedCpu.append(cpuSeconds() - cpu);
            simulated.append(timer.nsecsElapsed() / 1e9);
            QVERIFY(r.ok);
            bare.append(shellSeconds());
            bareCpu.append(shellSeconds(true));
        }
        const double s = median(simulated), b = median(bare);
        const double sc = median(simulatedCpu), bc = median(bareCpu);
        qInfo("1,000,000 rows through a three-level cascade (median of 5): simulator %.3f s wall, "
              "%.3f s CPU (log, attribution, rollback); sqlite3 shell bare DELETE %.3f s wall, "
              "%.3f s CPU; ratio %.2f wall, %.2f CPU (target <= 1.5)",
              s, sc, b, bc, s / b, sc / bc);
    }
};

QTEST_GUILESS_MAIN(bench_Simulator)
#include "bench_simulator.moc"
