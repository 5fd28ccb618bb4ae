#include "differentialrun.h"

#include "import/importreport.h"
#include "import/sqliteimporter.h"
#include "schema.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulator.h"

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
    void restrictBlamed();
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
    // An UPDATE of an INTEGER PRIMARY KEY: the column and value, for the reference to follow
    // the rows it moves.
    QTest::addColumn<QString>("setColumn");
    QTest::addColumn<QString>("setValue");

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
                                 << QStringLiteral("DELETE FROM g WHERE id = 1") << false
                                 << QString() << QString();
    // The change log's own table had this name.
    QTest::newRow("table named like the log")
        << QStringLiteral("CREATE TABLE joinery_log (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, p INT REFERENCES joinery_log "
                          "ON DELETE CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO joinery_log VALUES (1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1)")}
        << QStringLiteral("joinery_log") << QString() << QStringLiteral("DELETE FROM joinery_log")
        << false << QString() << QString();
    // One row, two keys that set it NULL: one row set NULL.
    QTest::newRow("row reached by two keys")
        << QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, a INT REFERENCES p ON DELETE "
                          "SET NULL, b INT REFERENCES p ON DELETE SET NULL);\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1, 1)")}
        << QStringLiteral("p") << QStringLiteral("id = 1")
        << QStringLiteral("DELETE FROM p WHERE id = 1") << false << QString() << QString();
    // The same with rowids too far apart for the log's array over a table's rowids: its hash.
    QTest::newRow("rows reached by two keys, rowids far apart")
        << QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, a INT REFERENCES p ON DELETE "
                          "SET NULL, b INT REFERENCES p ON DELETE SET NULL);\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1, 1), "
                                      "(9000000000000000000, 1, 1)")}
        << QStringLiteral("p") << QStringLiteral("id = 1")
        << QStringLiteral("DELETE FROM p WHERE id = 1") << false << QString() << QString();
    QTest::newRow("column named rowid")
        << QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, \"rowid\" INT);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, \"rowid\" INT, a INT "
                          "REFERENCES p ON DELETE SET NULL, b INT REFERENCES p ON DELETE SET "
                          "NULL);\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1, 7)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1, 1, 1)")}
        << QStringLiteral("p") << QString() << QStringLiteral("DELETE FROM p") << false << QString()
        << QString();
    // Row 2 is the statement's own and reached by the key of row 1: one updated row.
    QTest::newRow("own row reached by a key")
        << QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, p INT REFERENCES t (id) ON UPDATE "
                          "CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (1, NULL)"),
                       QStringLiteral("INSERT INTO t VALUES (2, 1)")}
        << QStringLiteral("t") << QString() << QStringLiteral("UPDATE t SET id = id + 10") << false
        << QString() << QString();
    // The row moves to rowid 1, then its own key's cascade updates it there.
    QTest::newRow("moved row updated by its key")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, p DEFAULT 2 NOT NULL "
                          "REFERENCES t ON UPDATE CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (3, 3)")} << QStringLiteral("t")
        << QString() << QStringLiteral("UPDATE t SET id = 1") << false << QStringLiteral("\"id\"")
        << QStringLiteral("1");
    // Writing a row's own values changes nothing.
    QTest::newRow("update to the same values")
        << QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v INT);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (1, 1)"),
                       QStringLiteral("INSERT INTO t VALUES (2, 2)")}
        << QStringLiteral("t") << QString() << QStringLiteral("UPDATE t SET v = 1") << false
        << QString() << QString();
    // REPLACE removes row 1 (and, through the key, c's row); row 3 moves there.
    QTest::newRow("rows deleted by OR REPLACE")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INT);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, t INT REFERENCES t ON DELETE "
                          "CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (1, NULL)"),
                       QStringLiteral("INSERT INTO t VALUES (3, NULL)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1)")}
        << QStringLiteral("t") << QStringLiteral("id = 3")
        << QStringLiteral("UPDATE OR REPLACE t SET id = 1 WHERE id = 3") << false
        << QStringLiteral("\"id\"") << QStringLiteral("1");
    // Row 3 moves to id 1, REPLACE removes the old row 1 and its key sets row 3's f NULL;
    // SQLite lets it through. The change log's triggers (and recursive_triggers) made SQLite
    // plan it otherwise and refuse it ("constraint failed"); the pre-update hook changes
    // nothing in the plan.
    QTest::newRow("OR REPLACE that the log's triggers refused")
        << QStringLiteral("CREATE TABLE t0 (id INT PRIMARY KEY, u INT UNIQUE, v INT, f INT "
                          "REFERENCES t0 (u) ON DELETE SET NULL);\n")
        << QStringList{QStringLiteral("INSERT INTO t0 VALUES (1, 3, 3, 2)"),
                       QStringLiteral("INSERT INTO t0 VALUES (3, NULL, NULL, 2)"),
                       QStringLiteral("INSERT INTO t0 VALUES (2, 2, 1, 3)")}
        << QStringLiteral("t0") << QStringLiteral("v IS NULL")
        << QStringLiteral("UPDATE OR REPLACE t0 SET id = 1 WHERE v IS NULL") << true << QString()
        << QString();
    // OR REPLACE writes the default 7 for the NULL: row 1 keeps its values, row 2 is
    // updated. A BEFORE trigger saw the NULL and logged row 1 as updated too.
    QTest::newRow("default OR REPLACE writes for a NULL")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INT NOT NULL DEFAULT 7);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (1, 7)"),
                       QStringLiteral("INSERT INTO t VALUES (2, 1)")}
        << QStringLiteral("t") << QString() << QStringLiteral("UPDATE OR REPLACE t SET v = NULL")
        << false << QString() << QString();
    // u's UNIQUE index is made before the primary key's, so OR REPLACE meets u's conflict
    // first, removes the other row, and then fails on the primary key (SQLite refuses). The
    // scratch database wrote UNIQUE (u) after PRIMARY KEY (a, b) and let it through.
    QTest::newRow("column UNIQUE before a table PRIMARY KEY")
        << QStringLiteral("CREATE TABLE t1 (a INT, b INT, u INT UNIQUE, PRIMARY KEY (a, b));\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, f REFERENCES t1 (u) ON UPDATE "
                          "SET DEFAULT);\n")
        << QStringList{QStringLiteral("INSERT INTO t1 VALUES (3, 3, 3)"),
                       QStringLiteral("INSERT INTO t1 VALUES (NULL, NULL, 2)")}
        << QStringLiteral("t1") << QStringLiteral("b = 3")
        << QStringLiteral("UPDATE OR REPLACE t1 SET u = 2 WHERE b = 3") << false << QString()
        << QString();
    // '2' < 10 is false: TEXT sorts after numbers. The CHECK must reach the scratch database.
    QTest::newRow("CHECK of an imported SQLite table")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT CHECK (x IS NULL OR x "
                          "< 10), y INT REFERENCES t ON DELETE CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (1, NULL, 1)")} << QStringLiteral("t")
        << QString() << QStringLiteral("UPDATE t SET x = 2") << false << QString() << QString();
    // foreign_key_check finds a violation (the child's (1, 2) against the TEXT parent column)
    // that SQLite's count, which the COMMIT checks, does not hold.
    QTest::newRow("COMMIT decides deferred keys")
        << QStringLiteral(
               "CREATE TABLE t0 (id INTEGER PRIMARY KEY, u INT, w TEXT, v INT, f0_0, f0_1, "
               "UNIQUE (u, w), FOREIGN KEY (f0_0, f0_1) REFERENCES t0 (u, w) ON UPDATE "
               "RESTRICT);\n"
               "CREATE TABLE t1 (id INT PRIMARY KEY, v INT, f1_0 INT DEFAULT 2, f1_1 DEFAULT 2, "
               "FOREIGN KEY (f1_0, f1_1) REFERENCES t0 (u, w) ON DELETE SET NULL ON UPDATE SET "
               "DEFAULT DEFERRABLE INITIALLY DEFERRED);\n")
        << QStringList{QStringLiteral("INSERT INTO t0 VALUES (1, 1, '1', 3, 3, NULL)"),
                       QStringLiteral("INSERT INTO t0 VALUES (2, 3, '2', NULL, 2, NULL)"),
                       QStringLiteral("INSERT INTO t1 VALUES (2, 2, 1, NULL)"),
                       QStringLiteral("INSERT INTO t1 VALUES (3, 1, 3, 2)")}
        << QStringLiteral("t0") << QStringLiteral("v IS NULL")
        << QStringLiteral("DELETE FROM t0 WHERE v IS NULL") << false << QString() << QString();
}

void tst_SimulatorDifferential::causes()
{
    QFETCH(QString, script);
    QFETCH(QStringList, inserts);
    QFETCH(QString, table);
    QFETCH(QString, where);
    QFETCH(QString, statement);
    QFETCH(bool, defer);
    QFETCH(QString, setColumn);
    QFETCH(QString, setValue);
    DifferentialCase c;
    c.setColumn = setColumn;
    c.setValue = setValue;
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

// SQLite stops at the RESTRICT; the NO ACTION key, which foreign_key_check lists first (it
// goes from the last table created), is not what refused the statement.
void tst_SimulatorDifferential::restrictBlamed()
{
    ImportReport report;
    const Schema schema = SqliteImporter::importScript(
        QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                       "CREATE TABLE r (id INTEGER PRIMARY KEY, p INT CONSTRAINT fk_r REFERENCES "
                       "p ON DELETE RESTRICT);\n"
                       "CREATE TABLE n (id INTEGER PRIMARY KEY, p INT CONSTRAINT fk_n REFERENCES "
                       "p ON DELETE NO ACTION);\n"),
        &report);
    ScratchDatabase db;
    QVERIFY(db.isOpen() && db.createFromSchema(schema));
    for (const char *sql :
         {"INSERT INTO p VALUES (1)", "INSERT INTO n VALUES (1, 1)", "INSERT INTO r VALUES (1, 1)"})
        QVERIFY2(db.exec(QLatin1String(sql)), qPrintable(db.error()));
    Simulator simulator(&db, schema);
    const SimulationResult result = simulator.run({QStringLiteral("DELETE FROM p"), false, false});
    QVERIFY(!result.ok);
    QCOMPARE(SimulationResult::keyLabel(schema, result.error.foreignKey), QStringLiteral("fk_r"));
    QCOMPARE(result.error.keyAction, ReferentialAction::Restrict);
}

QTEST_GUILESS_MAIN(tst_SimulatorDifferential)
#include "tst_simulatordifferential.moc"
