#include "differentialgenerator.h"
#include "enginedifferentialrun.h"
#include "enginesupport.h"
#include "simulator/enginesimulation.h"
#include "simulator/throwawaydatabase.h"

#include <QMap>
#include <QSqlQuery>
#include <QTest>

// The differential test's random cases (DifferentialGenerator, in the forms the engine takes)
// run by Joinery's simulation under the target engine's rules and by the real PostgreSQL 15 and
// MariaDB 10.11 that the suite starts: the verdict and every table's totals must agree, or
// Joinery's result must mark the case as not simulated (counted apart). Every mismatch is
// printed as a case to paste into the engine's client.
//
// JOINERY_ENGINE_DIFFERENTIAL_CASES and JOINERY_ENGINE_DIFFERENTIAL_SEED change how many cases
// and which; JOINERY_ENGINE_DIFFERENTIAL_VERBOSE=1 prints every mismatch, not the first three.
class tst_EngineDifferential : public QObject
{
    Q_OBJECT

private slots:
    void randomCases_data() { engines(); }
    void randomCases();
    void causes_data();
    void causes();

private:
    static void engines();
    static EngineServer server(const QString &engine);
    static QString url(const EngineServer &server);
    static QString dialect(const EngineServer &server);
    static QStringList leftovers(const EngineServer &server);
};

void tst_EngineDifferential::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgres") << QStringLiteral("JOINERY_POSTGRES_ENV");
    QTest::newRow("mariadb") << QStringLiteral("JOINERY_MARIADB_ENV");
}

EngineServer tst_EngineDifferential::server(const QString &engine)
{
    return EngineServer::fromEnvironment(engine.toLatin1().constData());
}

// EngineSimulation uses the URL's database only to create and drop its throw-away ones.
QString tst_EngineDifferential::url(const EngineServer &server)
{
    const bool postgres = server.kind() == EngineServer::Kind::PostgreSql;
    return QStringLiteral("%1://%2@%3:%4/%5")
        .arg(postgres ? QStringLiteral("postgresql") : QStringLiteral("mariadb"), server.userName(),
             server.host())
        .arg(server.port())
        .arg(postgres ? QStringLiteral("postgres") : QStringLiteral("mysql"));
}

QString tst_EngineDifferential::dialect(const EngineServer &server)
{
    return server.kind() == EngineServer::Kind::PostgreSql ? QStringLiteral("postgresql")
                                                           : QStringLiteral("mariadb");
}

QStringList tst_EngineDifferential::leftovers(const EngineServer &server)
{
    const QString connection = QStringLiteral("engine-differential-leftovers");
    QStringList names;
    {
        QSqlDatabase db = server.open(connection);
        QSqlQuery q(db);
        q.exec(server.kind() == EngineServer::Kind::PostgreSql
                   ? QStringLiteral("SELECT datname FROM pg_database")
                   : QStringLiteral("SHOW DATABASES"));
        while (q.next()) {
            if (q.value(0).toString().startsWith(QLatin1String(ThrowAwayDatabase::NamePrefix)))
                names << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

void tst_EngineDifferential::randomCases()
{
    QFETCH(QString, engine);
    const EngineServer s = server(engine);
    JOINERY_REQUIRE_ENGINE(s);
    const int cases = qEnvironmentVariableIsSet("JOINERY_ENGINE_DIFFERENTIAL_CASES")
        ? qEnvironmentVariableIntValue("JOINERY_ENGINE_DIFFERENTIAL_CASES")
        : 100;
    const quint32 seed = qEnvironmentVariableIsSet("JOINERY_ENGINE_DIFFERENTIAL_SEED")
        ? quint32(qEnvironmentVariableIntValue("JOINERY_ENGINE_DIFFERENTIAL_SEED"))
        : 20261205u;
    const bool verbose = qEnvironmentVariableIntValue("JOINERY_ENGINE_DIFFERENTIAL_VERBOSE") != 0;
    const bool postgres = s.kind() == EngineServer::Kind::PostgreSql;
    EngineSimulation simulation(url(s), s.password());
    QVERIFY2(simulation.connect(), qPrintable(simulation.error()));
    // One throw-away database for all the cases, emptied before each.
    QVERIFY2(simulation.beginBatch(), qPrintable(simulation.error()));
    DifferentialGenerator generator(seed,
                                    postgres ? DifferentialGenerator::Engine::PostgreSQL
                                             : DifferentialGenerator::Engine::MariaDB);
    int agree = 0, notSimulated = 0, marked = 0, refused = 0, unbuilt = 0;
    QMap<QString, int> byCause, byFeature;
    QStringList firstMismatches;
    for (int i = 0; i < cases; ++i) {
        DifferentialCase c;
        QString error;
        QVERIFY2(generator.generate(i, &c, &error), qPrintable(error));
        const EngineDifferentialOutcome outcome
            = EngineDifferentialRun::run(c, dialect(s), &simulation);
        QVERIFY2(simulation.cleanupError().isEmpty(), qPrintable(simulation.cleanupError()));
        marked += outcome.notSimulated.isEmpty() ? 0 : 1;
        refused += outcome.engineBuilt && !outcome.engine.ok ? 1 : 0;
        if (outcome.agrees()) {
            ++agree;
            continue;
        }
        if (outcome.built && outcome.engineBuilt && !outcome.notSimulated.isEmpty()) {
            ++notSimulated;
            continue;
        }
        QString cause = outcome.error.section(QLatin1Char(':'), 0, 0);
        if (!outcome.engineBuilt)
            ++unbuilt;
        for (const SimulationDifference &d : outcome.differences)
            cause += (cause.isEmpty() ? QString() : QStringLiteral("+")) + d.what;
        byCause[cause]++;
        for (const QString &f : c.features)
            byFeature[f]++;
        const QString report = QStringLiteral("case %1 (seed %2) ").arg(i).arg(seed)
            + EngineDifferentialRun::report(c, outcome);
        if (verbose)
            qInfo("%s\n", qPrintable(report));
        if (firstMismatches.size() < 3)
            firstMismatches << report;
    }
    QVERIFY2(simulation.endBatch(), qPrintable(simulation.cleanupError()));
    const int mismatches = cases - agree - notSimulated;
    qInfo("differential against %s: %d cases (seed %u), %d refused by the engine, %d agree, %d "
          "not simulated (of %d marked so), %d mismatches (%d the engine could not build)",
          qPrintable(simulation.version()), cases, seed, refused, agree, notSimulated, marked,
          mismatches, unbuilt);
    for (auto it = byCause.cbegin(); it != byCause.cend(); ++it)
        qInfo("  mismatch %s: %d", qPrintable(it.key()), it.value());
    for (auto it = byFeature.cbegin(); it != byFeature.cend(); ++it)
        qInfo("  in cases with %s: %d", qPrintable(it.key()), it.value());
    QCOMPARE(leftovers(s), QStringList());
    QVERIFY2(cases >= 1, "no cases");
    QVERIFY2(mismatches == 0, qPrintable(firstMismatches.join(QLatin1String("\n\n"))));
}

// One row per cause of disagreement found and fixed: its minimal case, on its engine.
void tst_EngineDifferential::causes_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("inserts");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("defer");
    QTest::addColumn<QString>("expected"); // Joinery's answer, which must be the engine's too
    const QString pg = QStringLiteral("JOINERY_POSTGRES_ENV");
    const QString maria = QStringLiteral("JOINERY_MARIADB_ENV");

    // The statement's own UPDATE sets a key column NULL: its rows are updated, not set NULL.
    const QString ownSetNull = QStringLiteral(
        "CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY, u INT UNIQUE);\n"
        "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, f INT REFERENCES p (u) ON DELETE "
        "CASCADE);\n");
    const QStringList ownSetNullRows{QStringLiteral("INSERT INTO p VALUES (1, 3)"),
                                     QStringLiteral("INSERT INTO t VALUES (2, NULL)"),
                                     QStringLiteral("INSERT INTO t VALUES (3, 3)")};
    for (const bool defer : {false, true}) {
        for (const QString &engine : {pg, maria}) {
            QTest::addRow("own update to NULL, %s%s", engine == pg ? "postgres" : "mariadb",
                          defer ? ", deferred" : "")
                << engine << ownSetNull << ownSetNullRows << QStringLiteral("UPDATE t SET f = NULL")
                << defer
                << QStringLiteral("succeeds; t: deleted 0 set-null 0 set-default 0 updated 1");
        }
    }
    // InnoDB refuses to delete a row that references itself through a RESTRICT (or NO ACTION)
    // key; SQLite and PostgreSQL let it go.
    const QString selfRow = QStringLiteral(
        "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, u INT UNIQUE, f INT, FOREIGN KEY (f) "
        "REFERENCES t (u) ON DELETE NO ACTION);\n");
    const QStringList selfRowRows{QStringLiteral("INSERT INTO t VALUES (1, 1, NULL)"),
                                  QStringLiteral("INSERT INTO t VALUES (3, 3, 3)")};
    QTest::newRow("row referencing itself deleted, mariadb")
        << maria << selfRow << selfRowRows << QStringLiteral("DELETE FROM t WHERE id = 3") << false
        << QStringLiteral("refused: Cannot delete or update a parent row: a foreign key "
                          "constraint fails");
    QTest::newRow("row referencing itself deleted, postgres")
        << pg << selfRow << selfRowRows << QStringLiteral("DELETE FROM t WHERE id = 3") << false
        << QStringLiteral("succeeds; t: deleted 1 set-null 0 set-default 0 updated 0");
    // MariaDB refuses the table: SET NULL on a NOT NULL column; a CHECK on a column that a key's
    // action writes (the SET DEFAULT that the export leaves out does not count).
    QTest::newRow("SET NULL on NOT NULL, mariadb")
        << maria
        << QStringLiteral("CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, p INT NOT NULL "
                          "REFERENCES p ON DELETE SET NULL);\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1)")}
        << QStringLiteral("DELETE FROM p") << false << QStringLiteral("schema refused");
    QTest::newRow("CHECK on a cascaded column, mariadb")
        << maria
        << QStringLiteral("CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, p INT CHECK (p < 10) "
                          "REFERENCES p ON UPDATE CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1)")}
        << QStringLiteral("DELETE FROM p") << false << QStringLiteral("schema refused");
    QTest::newRow("CHECK on a SET DEFAULT column, mariadb")
        << maria
        << QStringLiteral("CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, p INT CHECK (p < 10) "
                          "REFERENCES p ON DELETE SET DEFAULT);\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1)")}
        << QStringLiteral("DELETE FROM p") << false
        << QStringLiteral("refused: Cannot delete or update a parent row: a foreign key "
                          "constraint fails");
    // ON UPDATE CASCADE from a nullable column into a NOT NULL one: MariaDB refuses the table
    // when ON DELETE is RESTRICT (written, or SET DEFAULT left out), takes it with NO ACTION.
    for (const char *onDelete : {"RESTRICT", "SET DEFAULT", "NO ACTION"}) {
        const bool refused = qstrcmp(onDelete, "NO ACTION") != 0;
        QTest::addRow("UPDATE CASCADE from nullable to NOT NULL, ON DELETE %s, mariadb", onDelete)
            << maria
            << QStringLiteral("CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY, u INT UNIQUE);\n"
                              "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, p INT NOT NULL "
                              "REFERENCES p (u) ON DELETE %1 ON UPDATE CASCADE);\n")
                   .arg(QLatin1String(onDelete))
            << QStringList{QStringLiteral("INSERT INTO p VALUES (1, 1)"),
                           QStringLiteral("INSERT INTO c VALUES (1, 1)")}
            << QStringLiteral("UPDATE p SET u = 2") << false
            << (refused ? QStringLiteral("schema refused")
                        : QStringLiteral("succeeds; p: deleted 0 set-null 0 set-default 0 updated "
                                         "1; c: deleted 0 set-null 0 set-default 0 updated 1"));
    }
    // InnoDB visits the rows by primary key, SQLite by rowid: (2, 3) meets the old (3, 3) on
    // MariaDB. Not simulated, with the reason.
    QTest::newRow("UNIQUE checked in the engine's order, mariadb")
        << maria
        << QStringLiteral("CREATE TABLE t (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b));\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (3, 3)"),
                       QStringLiteral("INSERT INTO t VALUES (2, 3)")}
        << QStringLiteral("UPDATE t SET a = a + 1") << false
        << QStringLiteral("not simulated: refused: Duplicate entry '3-3' for key 'PRIMARY'");
    QTest::newRow("RESTRICT checked in the engine's order, mariadb")
        << maria
        << QStringLiteral("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, f INT REFERENCES t (id) "
                          "ON DELETE RESTRICT);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (3, 1)"),
                       QStringLiteral("INSERT INTO t VALUES (1, NULL)")}
        << QStringLiteral("DELETE FROM t") << false
        << QStringLiteral("not simulated: refused: Cannot delete or update a parent row: a "
                          "foreign key constraint fails");
    // PostgreSQL checks t0_f0_0_fkey (RESTRICT, made first) before the cascade of f1_0 has
    // removed row 1, which SQLite removes first.
    QTest::newRow("RESTRICT before another key's cascade, postgres")
        << pg
        << QStringLiteral("CREATE TABLE t0 (id INTEGER NOT NULL PRIMARY KEY, v INT, f0_0 INTEGER "
                          "REFERENCES t0 (id) ON DELETE RESTRICT, f1_0 INTEGER REFERENCES t0 (id) "
                          "ON DELETE CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO t0 VALUES (1, 1, 3, 3)"),
                       QStringLiteral("INSERT INTO t0 VALUES (2, 1, NULL, 2)"),
                       QStringLiteral("INSERT INTO t0 VALUES (3, 2, NULL, 1)")}
        << QStringLiteral("DELETE FROM t0 WHERE v = 2") << false
        << QStringLiteral("not simulated: refused: update or delete on table \"t0\" violates "
                          "foreign key constraint \"t0_f0_0_fkey\" on table \"t0\"");
    // PostgreSQL: rows of a self-referencing table that come child first load all the same.
    QTest::newRow("self-reference child first, postgres")
        << pg
        << QStringLiteral("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, f INT REFERENCES t (id) "
                          "ON DELETE CASCADE);\n")
        << QStringList{QStringLiteral("INSERT INTO t VALUES (2, 1)"),
                       QStringLiteral("INSERT INTO t VALUES (1, NULL)")}
        << QStringLiteral("DELETE FROM t WHERE id = 1") << false
        << QStringLiteral("succeeds; t: deleted 2 set-null 0 set-default 0 updated 0");
}

void tst_EngineDifferential::causes()
{
    QFETCH(QString, engine);
    QFETCH(QString, script);
    QFETCH(QStringList, inserts);
    QFETCH(QString, statement);
    QFETCH(bool, defer);
    QFETCH(QString, expected);
    const EngineServer s = server(engine);
    JOINERY_REQUIRE_ENGINE(s);
    EngineSimulation simulation(url(s), s.password());
    QVERIFY2(simulation.connect(), qPrintable(simulation.error()));
    DifferentialCase c;
    c.script = script;
    c.inserts = inserts;
    c.statement = statement;
    c.defer = defer;
    const EngineDifferentialOutcome outcome
        = EngineDifferentialRun::run(c, dialect(s), &simulation);
    if (expected == QLatin1String("schema refused")) {
        QVERIFY2(outcome.engineRefusedSchema,
                 qPrintable(EngineDifferentialRun::report(c, outcome)));
        QVERIFY2(outcome.agrees(), qPrintable(EngineDifferentialRun::report(c, outcome)));
        QCOMPARE(leftovers(s), QStringList());
        return;
    }
    QVERIFY2(outcome.built && outcome.engineBuilt, qPrintable(outcome.error));
    const bool marked = expected.startsWith(QLatin1String("not simulated: "));
    if (marked)
        expected.remove(0, int(qstrlen("not simulated: ")));
    // The engine's first line, up to the parenthesis that names the throw-away database.
    QCOMPARE(EngineDifferentialRun::describe(outcome.engine, outcome.schema)
                 .section(QLatin1Char('\n'), 0, 0)
                 .section(QLatin1String(" ("), 0, 0),
             expected);
    QCOMPARE(leftovers(s), QStringList());
    // Joinery's answer says it does not follow the engine here (SQLite's order is not its).
    if (marked) {
        QVERIFY2(!outcome.notSimulated.isEmpty(),
                 qPrintable(EngineDifferentialRun::report(c, outcome)));
        return;
    }
    QCOMPARE(EngineDifferentialRun::describe(outcome.simulated, outcome.schema)
                 .section(QLatin1Char(':'), 0, 0),
             expected.section(QLatin1Char(':'), 0, 0));
    QVERIFY2(outcome.differences.isEmpty(), qPrintable(EngineDifferentialRun::report(c, outcome)));
}

QTEST_GUILESS_MAIN(tst_EngineDifferential)
#include "tst_enginedifferential.moc"
