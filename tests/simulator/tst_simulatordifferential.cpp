#include "differentialrun.h"

#include <QMap>

#include <QtTest>
#include <sqlite3.h>

// Joinery's simulation against plain SQLite running the same script, rows and statement:
// the verdict and, per table, the rows deleted, set NULL, set to their default and updated.
// The random cases come from a fixed seed; JOINERY_DIFFERENTIAL_CASES and
// JOINERY_DIFFERENTIAL_SEED change how many and which (JOINERY_DIFFERENTIAL_VERBOSE=1 prints
// every case that disagrees).
class tst_SimulatorDifferential : public QObject
{
    Q_OBJECT

private slots:
    void randomCases();
    void causes_data();
    void causes();
};

void tst_SimulatorDifferential::randomCases()
{
    const int cases = qEnvironmentVariableIsSet("JOINERY_DIFFERENTIAL_CASES")
        ? qEnvironmentVariableIntValue("JOINERY_DIFFERENTIAL_CASES")
        : 1200;
    const quint32 seed = qEnvironmentVariableIsSet("JOINERY_DIFFERENTIAL_SEED")
        ? quint32(qEnvironmentVariableIntValue("JOINERY_DIFFERENTIAL_SEED"))
        : 20261205u;
    const bool verbose = qEnvironmentVariableIntValue("JOINERY_DIFFERENTIAL_VERBOSE") != 0;
    DifferentialGenerator generator(seed);
    int agree = 0, refusedCases = 0;
    QMap<QString, int> byCause, byFeature;
    QStringList firstMismatches;
    for (int i = 0; i < cases; ++i) {
        DifferentialCase c;
        QString error;
        QVERIFY2(generator.generate(i, &c, &error), qPrintable(error));
        const DifferentialOutcome expected = DifferentialRun::reference(c);
        QVERIFY2(expected.built, qPrintable(expected.error + QLatin1Char('\n') + c.script));
        const DifferentialOutcome actual = DifferentialRun::joinery(c);
        refusedCases += expected.refused ? 1 : 0;
        const QStringList differences = DifferentialRun::differences(expected, actual);
        if (differences.isEmpty()) {
            ++agree;
            continue;
        }
        byCause[differences.join(QLatin1Char('+'))]++;
        for (const QString &f : c.features)
            byFeature[f]++;
        const QString report
            = QStringLiteral("case %1 [%2]: %3\n%4%5;\n%6%7\n  SQLite:  %8\n  Joinery: %9")
                  .arg(i)
                  .arg(c.features.join(QLatin1Char(' ')), differences.join(QLatin1Char('+')),
                       c.script, c.inserts.join(QLatin1String(";\n")),
                       c.defer ? QStringLiteral(";\nPRAGMA defer_foreign_keys = ON") : QString(),
                       QStringLiteral(";\n") + c.statement,
                       DifferentialRun::describe(expected) + QLatin1Char(' ') + expected.error,
                       DifferentialRun::describe(actual) + QLatin1Char(' ') + actual.error);
        if (verbose)
            qInfo("%s\n  scratch:\n%s", qPrintable(report),
                  qPrintable(actual.scratch.join(QLatin1String(";\n"))));
        if (firstMismatches.size() < 3)
            firstMismatches << report;
    }
    qInfo("differential against SQLite %s: %d cases (seed %u), %d refused by SQLite, %d agree, "
          "%d mismatches",
          sqlite3_libversion(), cases, seed, refusedCases, agree, cases - agree);
    for (auto it = byCause.cbegin(); it != byCause.cend(); ++it)
        qInfo("  mismatch %s: %d", qPrintable(it.key()), it.value());
    for (auto it = byFeature.cbegin(); it != byFeature.cend(); ++it)
        qInfo("  in cases with %s: %d", qPrintable(it.key()), it.value());
    QVERIFY2(cases >= 1, "no cases");
    QVERIFY2(agree == cases, qPrintable(firstMismatches.join(QLatin1String("\n\n"))));
}

// One row per cause of disagreement found and fixed: its minimal case. The statement runs on
// table `table`; `where` is its WHERE condition (what the reference counts as its own rows).
void tst_SimulatorDifferential::causes_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("inserts");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("defer");

    // SQLite runs the actions of the keys that reference a table in creation order: c's
    // RESTRICT is met before p's CASCADE would have removed c's row.
    QTest::newRow("table order") << QStringLiteral(
        "CREATE TABLE g (id INTEGER PRIMARY KEY);\n"
        "CREATE TABLE c (id INTEGER PRIMARY KEY, g INTEGER REFERENCES g ON "
        "DELETE CASCADE, p INTEGER REFERENCES p ON DELETE RESTRICT);\n"
        "CREATE TABLE p (id INTEGER PRIMARY KEY, g INTEGER REFERENCES g ON "
        "DELETE CASCADE);\n")
                                 << QStringList{QStringLiteral("INSERT INTO g VALUES (1)"),
                                                QStringLiteral("INSERT INTO p VALUES (1, 1)"),
                                                QStringLiteral("INSERT INTO c VALUES (1, 1, 1)")}
                                 << QStringLiteral("g") << QStringLiteral("id = 1")
                                 << QStringLiteral("DELETE FROM g WHERE id = 1") << false;
}

void tst_SimulatorDifferential::causes()
{
    QFETCH(QString, script);
    QFETCH(QStringList, inserts);
    QFETCH(QString, table);
    QFETCH(QString, where);
    QFETCH(QString, statement);
    QFETCH(bool, defer);
    DifferentialCase c;
    c.script = script;
    c.inserts = inserts;
    c.table = table;
    c.where = where;
    c.statement = statement;
    c.defer = defer;
    const DifferentialOutcome expected = DifferentialRun::reference(c);
    QVERIFY2(expected.built, qPrintable(expected.error));
    const DifferentialOutcome actual = DifferentialRun::joinery(c);
    QCOMPARE(DifferentialRun::describe(actual), DifferentialRun::describe(expected));
    QCOMPARE(DifferentialRun::differences(expected, actual), QStringList());
}

QTEST_GUILESS_MAIN(tst_SimulatorDifferential)
#include "tst_simulatordifferential.moc"
