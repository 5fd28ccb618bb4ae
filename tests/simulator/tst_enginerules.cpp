#include "import/importreport.h"
#include "import/sqliteimporter.h"
#include "schema.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// The target engine's rules where they differ from SQLite's: one case per rule, each run
// for the target and for SQLite, which must answer differently (else the case proves nothing).
class tst_EngineRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void resultSaysWhoseRules();
    void unnamedKeyNamedByColumns();
};

namespace {

struct Run
{
    bool ok = false;
    QString explanation;
    QStringList totals; // "table deleted/setNull/setDefault/updated"
};

Run simulate(const QString &script, const QStringList &inserts, const QString &target,
             const QString &statement, bool defer, bool matchFull = false,
             SimulationResult *full = nullptr, Schema *schemaOut = nullptr)
{
    ImportReport report;
    Schema schema = SqliteImporter::importScript(script, &report);
    if (schemaOut)
        *schemaOut = schema;
    schema.targetDialect = target;
    if (matchFull) {
        for (Id keyId : schema.foreignKeyIds()) {
            ForeignKey key = *schema.foreignKey(keyId);
            key.match = MatchType::Full;
            schema.replaceForeignKey(key);
        }
    }
    Run run;
    ScratchDatabase db;
    if (!db.isOpen() || !db.createFromSchema(schema)) {
        run.explanation = db.error();
        return run;
    }
    db.exec(QStringLiteral("BEGIN"));
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const QString &sql : inserts) {
        if (!db.exec(sql))
            run.explanation = db.error();
    }
    if (!db.exec(QStringLiteral("COMMIT")))
        run.explanation = db.error();
    if (!run.explanation.isEmpty())
        return run;
    Simulator simulator(&db, schema);
    const SimulationResult result = simulator.run({statement, defer, false});
    run.ok = result.ok;
    run.explanation = result.error.explanation;
    for (const TableTotals &t : result.totals())
        run.totals << QStringLiteral("%1 %2/%3/%4/%5")
                          .arg(schema.table(t.table)->name)
                          .arg(t.deleted)
                          .arg(t.setNull)
                          .arg(t.setDefault)
                          .arg(t.updated);
    if (full)
        *full = result;
    return run;
}

const QString SelfReference = QStringLiteral(
    "CREATE TABLE t (id INTEGER PRIMARY KEY, p INT REFERENCES t ON DELETE %1 ON UPDATE %2);\n");

QString chain(int tables, const QString &action)
{
    QString script = QStringLiteral("CREATE TABLE c0 (id INTEGER PRIMARY KEY);\n");
    for (int i = 1; i < tables; ++i)
        script += QStringLiteral("CREATE TABLE c%1 (id INTEGER PRIMARY KEY, p INT REFERENCES "
                                 "c%2 ON DELETE %3);\n")
                      .arg(i)
                      .arg(i - 1)
                      .arg(action);
    return script;
}

QStringList chainRows(int tables)
{
    QStringList rows{QStringLiteral("INSERT INTO c0 VALUES (1)")};
    for (int i = 1; i < tables; ++i)
        rows << QStringLiteral("INSERT INTO c%1 VALUES (1, 1)").arg(i);
    return rows;
}

} // namespace

void tst_EngineRules::rules_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("inserts");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("defer");
    QTest::addColumn<bool>("matchFull");
    QTest::addColumn<bool>("targetOk");
    QTest::addColumn<QString>("explanationPart"); // of the target's refusal

    const QStringList parentAndChild{QStringLiteral("INSERT INTO t VALUES (1, NULL)"),
                                     QStringLiteral("INSERT INTO t VALUES (2, 1)")};
    // SQLite deletes row 1 first; NO ACTION looks only at the end, when row 2 is gone too.
    // InnoDB checks NO ACTION row by row.
    QTest::newRow("MySQL: NO ACTION row by row")
        << SelfReference.arg(QStringLiteral("NO ACTION"), QStringLiteral("NO ACTION"))
        << parentAndChild << QStringLiteral("mysql") << QStringLiteral("DELETE FROM t") << false
        << false << false << QStringLiteral("RESTRICT");
    QTest::newRow("MariaDB: NO ACTION row by row")
        << SelfReference.arg(QStringLiteral("NO ACTION"), QStringLiteral("NO ACTION"))
        << parentAndChild << QStringLiteral("mariadb") << QStringLiteral("DELETE FROM t") << false
        << false << false << QStringLiteral("RESTRICT");
    // SQL Server has no RESTRICT: NO ACTION at the end of the statement lets it pass.
    QTest::newRow("SQL Server: RESTRICT is NO ACTION")
        << SelfReference.arg(QStringLiteral("RESTRICT"), QStringLiteral("NO ACTION"))
        << parentAndChild << QStringLiteral("sqlserver") << QStringLiteral("DELETE FROM t") << false
        << false << true << QString();
    // With the checks deferred SQLite skips RESTRICT, and the end state is consistent;
    // MySQL defers nothing.
    QTest::newRow("MySQL: no deferral")
        << SelfReference.arg(QStringLiteral("RESTRICT"), QStringLiteral("NO ACTION"))
        << parentAndChild << QStringLiteral("mysql") << QStringLiteral("DELETE FROM t") << true
        << false << false << QStringLiteral("RESTRICT");
    const QStringList oneEach{QStringLiteral("INSERT INTO p VALUES (1)"),
                              QStringLiteral("INSERT INTO c VALUES (1, 1)")};
    QTest::newRow("MySQL: SET DEFAULT rejected")
        << QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, p INT DEFAULT NULL "
                          "REFERENCES p ON DELETE SET DEFAULT);\n")
        << oneEach << QStringLiteral("mysql") << QStringLiteral("DELETE FROM p") << false << false
        << false << QStringLiteral("SET DEFAULT");
    QTest::newRow("MariaDB: SET DEFAULT is RESTRICT")
        << QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, p INT DEFAULT NULL "
                          "REFERENCES p ON DELETE SET DEFAULT);\n")
        << oneEach << QStringLiteral("mariadb") << QStringLiteral("DELETE FROM p") << false << false
        << false << QStringLiteral("RESTRICT");
    // 17 tables: 16 levels of cascade below the statement's own rows.
    QTest::newRow("MySQL: 15 levels of cascade")
        << chain(17, QStringLiteral("CASCADE")) << chainRows(17) << QStringLiteral("mysql")
        << QStringLiteral("DELETE FROM c0") << false << false << false
        << QStringLiteral("16 levels deep");
    QTest::newRow("MySQL: self-referencing ON UPDATE CASCADE")
        << SelfReference.arg(QStringLiteral("NO ACTION"), QStringLiteral("CASCADE"))
        << parentAndChild << QStringLiteral("mysql")
        << QStringLiteral("UPDATE t SET id = 5 WHERE id = 1") << false << false << false
        << QStringLiteral("key t(p) (ON UPDATE CASCADE) comes back to \"t\"");
    QTest::newRow("MariaDB: self-referencing ON UPDATE SET NULL")
        << SelfReference.arg(QStringLiteral("NO ACTION"), QStringLiteral("SET NULL"))
        << parentAndChild << QStringLiteral("mariadb")
        << QStringLiteral("UPDATE t SET id = 5 WHERE id = 1") << false << false << false
        << QStringLiteral("acts like RESTRICT");
    // A self-referencing cascade is a cycle: SQL Server does not create the table.
    QTest::newRow("SQL Server: error 1785")
        << SelfReference.arg(QStringLiteral("CASCADE"), QStringLiteral("NO ACTION"))
        << parentAndChild << QStringLiteral("sqlserver") << QStringLiteral("DELETE FROM t") << false
        << false << false << QStringLiteral("1785");
    QTest::newRow("PostgreSQL: MATCH FULL")
        << QStringLiteral("CREATE TABLE p (a INT, b INT, PRIMARY KEY (a, b));\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, a INT, b INT, FOREIGN KEY (a, "
                          "b) REFERENCES p (a, b));\n")
        << QStringList{QStringLiteral("INSERT INTO p VALUES (1, 1)"),
                       QStringLiteral("INSERT INTO c VALUES (1, 1, 1)")}
        << QStringLiteral("postgresql") << QStringLiteral("UPDATE c SET b = NULL") << false << true
        << false << QStringLiteral("MATCH FULL");
}

void tst_EngineRules::rules()
{
    QFETCH(QString, script);
    QFETCH(QStringList, inserts);
    QFETCH(QString, target);
    QFETCH(QString, statement);
    QFETCH(bool, defer);
    QFETCH(bool, matchFull);
    QFETCH(bool, targetOk);
    QFETCH(QString, explanationPart);
    const Run sqlite
        = simulate(script, inserts, QStringLiteral("sqlite"), statement, defer, matchFull);
    const Run engine = simulate(script, inserts, target, statement, defer, matchFull);
    QCOMPARE(sqlite.ok, !targetOk);
    QCOMPARE(engine.ok, targetOk);
    if (!targetOk)
        QVERIFY2(engine.explanation.contains(explanationPart), qPrintable(engine.explanation));
}

void tst_EngineRules::resultSaysWhoseRules()
{
    SimulationResult result;
    simulate(SelfReference.arg(QStringLiteral("NO ACTION"), QStringLiteral("NO ACTION")),
             {QStringLiteral("INSERT INTO t VALUES (1, NULL)")}, QStringLiteral("mariadb"),
             QStringLiteral("DELETE FROM t"), false, false, &result);
    QVERIFY(result.ok);
    Schema schema;
    const QJsonObject rules = result.toJson(schema).value(QStringLiteral("engineRules")).toObject();
    QCOMPARE(rules.value(QStringLiteral("engine")).toString(), QStringLiteral("MariaDB"));
    QCOMPARE(rules.value(QStringLiteral("differences")).toArray().size(), 5);
    QVERIFY(result.toText(schema).contains(
        QStringLiteral("MariaDB's rules applied where they differ from SQLite's: NO ACTION is "
                       "checked row by row, like RESTRICT;")));

    SimulationResult sqlite;
    simulate(SelfReference.arg(QStringLiteral("NO ACTION"), QStringLiteral("NO ACTION")),
             {QStringLiteral("INSERT INTO t VALUES (1, NULL)")}, QStringLiteral("sqlite"),
             QStringLiteral("DELETE FROM t"), false, false, &sqlite);
    QCOMPARE(sqlite.engine, QStringLiteral("SQLite"));
    QVERIFY(sqlite.engineRules.isEmpty());
    QVERIFY(!sqlite.toText(schema).contains(QStringLiteral("rules applied")));
}

// The JSON's "via" of a key without a name: its table and columns, never "".
void tst_EngineRules::unnamedKeyNamedByColumns()
{
    SimulationResult result;
    Schema schema;
    simulate(chain(3, QStringLiteral("CASCADE")), chainRows(3), QStringLiteral("sqlite"),
             QStringLiteral("DELETE FROM c0"), false, false, &result, &schema);
    QVERIFY(result.ok);
    const QJsonArray effects = result.toJson(schema).value(QStringLiteral("effects")).toArray();
    QStringList via;
    for (const QJsonValue &e : effects)
        via << e.toObject().value(QStringLiteral("via")).toString();
    QCOMPARE(via, QStringList({QString(), QStringLiteral("c1(p)"), QStringLiteral("c2(p)")}));
}

QTEST_GUILESS_MAIN(tst_EngineRules)
#include "tst_enginerules.moc"
