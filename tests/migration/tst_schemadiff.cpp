#include "import/importer.h"
#include "import/importreport.h"
#include "migration/migrationwriter.h"
#include "migration/safetyanalysis.h"
#include "migration/schemadiff.h"

#include <QTest>

// The diff and the safety analysis on small schemas, compared as exact text.
class TestSchemaDiff : public QObject
{
    Q_OBJECT

private slots:
    void renamesByIdAreExact();
    void byNameWithoutRenamesIsDropAndAdd();
    void declaredRenames();
    void badRenames_data();
    void badRenames();
    void everyChangedKeyIsListed();
    void lineageNeedsSharedNames();
    void widening_data();
    void widening();
    void safetyProblemsPointAtTheirStatement();
    void keyStatementsPerDialect_data();
    void keyStatementsPerDialect();

private:
    // A SQLite script by default; PostgreSQL's importer where deferrability matters (SQLite's
    // catalog does not report it).
    static Schema imported(const QString &sql, const QString &dialect = QStringLiteral("sqlite"));
    static QString diffText(const Schema &a, const Schema &b, SchemaMatch::Mode mode,
                            const QStringList &renames = {});
};

namespace {

const char *shop = "CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));\n"
                   "CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, pid INTEGER, qid INTEGER, "
                   "note VARCHAR(40), CONSTRAINT fk_c_p FOREIGN KEY (pid) REFERENCES p (id) ON "
                   "DELETE CASCADE, CONSTRAINT fk_c_q FOREIGN KEY (qid) REFERENCES p (id));\n";

} // namespace

Schema TestSchemaDiff::imported(const QString &sql, const QString &dialect)
{
    ImportReport report;
    return Importer::importScript(sql, dialect, &report);
}

QString TestSchemaDiff::diffText(const Schema &a, const Schema &b, SchemaMatch::Mode mode,
                                 const QStringList &renames)
{
    SchemaMatch match;
    QString error;
    if (!match.compute(a, b, mode, renames, &error))
        return QStringLiteral("error: ") + error;
    return SchemaDiff(a, b, match).toText();
}

void TestSchemaDiff::renamesByIdAreExact()
{
    const Schema before = imported(QString::fromUtf8(shop));
    Schema after = before;
    Table p = *after.tableByName(QStringLiteral("p"));
    p.name = QStringLiteral("person");
    after.replaceTable(p);
    Table c = *after.tableByName(QStringLiteral("c"));
    c.columns[3].name = QStringLiteral("remark");
    after.replaceTable(c);
    QVERIFY(SchemaMatch::sharesLineage(before, after));
    QCOMPARE(diffText(before, after, SchemaMatch::Mode::ById),
             QStringLiteral("rename table p to person\nrename column c.note to remark\n"));
}

void TestSchemaDiff::byNameWithoutRenamesIsDropAndAdd()
{
    const Schema before = imported(QString::fromUtf8(shop));
    QString text = QString::fromUtf8(shop);
    text.replace(QStringLiteral("note VARCHAR"), QStringLiteral("remark VARCHAR"));
    QCOMPARE(diffText(before, imported(text), SchemaMatch::Mode::ByName),
             QStringLiteral("drop column c.note\nadd column c.remark\n"));
}

void TestSchemaDiff::declaredRenames()
{
    const Schema before = imported(QString::fromUtf8(shop));
    QString text = QString::fromUtf8(shop);
    text.replace(QStringLiteral("note VARCHAR"), QStringLiteral("remark VARCHAR"));
    text.replace(QStringLiteral("TABLE p "), QStringLiteral("TABLE person "));
    text.replace(QStringLiteral("REFERENCES p "), QStringLiteral("REFERENCES person "));
    QCOMPARE(diffText(before, imported(text), SchemaMatch::Mode::ByName,
                      {QStringLiteral("p=person"), QStringLiteral("c.note=remark")}),
             QStringLiteral("rename table p to person\nrename column c.note to remark\n"));
}

void TestSchemaDiff::badRenames_data()
{
    QTest::addColumn<QString>("rename");
    QTest::addColumn<QString>("error");
    QTest::newRow("no equals") << QStringLiteral("p")
                               << QStringLiteral("error: the rename \"p\" is not of the form "
                                                 "old=new or table.old=new.");
    QTest::newRow("unknown table")
        << QStringLiteral("x=y")
        << QStringLiteral("error: the rename \"x=y\" names the table \"x\", which the old schema "
                          "does not have.");
    QTest::newRow("unknown new table")
        << QStringLiteral("p=y")
        << QStringLiteral("error: the rename \"p=y\" names the table \"y\", which the new schema "
                          "does not have.");
    QTest::newRow("unknown column")
        << QStringLiteral("c.zz=y")
        << QStringLiteral("error: the rename \"c.zz=y\": the old table \"c\" has no column "
                          "\"zz\".");
}

void TestSchemaDiff::badRenames()
{
    QFETCH(QString, rename);
    QFETCH(QString, error);
    const Schema schema = imported(QString::fromUtf8(shop));
    QCOMPARE(diffText(schema, schema, SchemaMatch::Mode::ByName, {rename}), error);
}

void TestSchemaDiff::everyChangedKeyIsListed()
{
    // Both keys of c change: one its action, the other its parent column list stays but its
    // action and deferrability change. drizzle #2018 emitted only the first.
    QString text = QString::fromUtf8(shop);
    text.replace(QStringLiteral("ON DELETE CASCADE"), QStringLiteral("ON DELETE SET NULL"));
    text.replace(QStringLiteral("REFERENCES p (id));"),
                 QStringLiteral("REFERENCES p (id) ON UPDATE CASCADE DEFERRABLE INITIALLY "
                                "DEFERRED);"));
    QCOMPARE(diffText(imported(QString::fromUtf8(shop)), imported(text), SchemaMatch::Mode::ByName),
             QStringLiteral("c.fk_c_p: actions, deferrability or MATCH changed\n"
                            "c.fk_c_q: actions, deferrability or MATCH changed\n"));
    QString moved = QString::fromUtf8(shop);
    moved.replace(QStringLiteral("FOREIGN KEY (qid)"), QStringLiteral("FOREIGN KEY (pid)"));
    QCOMPARE(
        diffText(imported(QString::fromUtf8(shop)), imported(moved), SchemaMatch::Mode::ByName),
        QStringLiteral("drop foreign key c.fk_c_q\nadd foreign key c.fk_c_q\n"));
}

void TestSchemaDiff::lineageNeedsSharedNames()
{
    // Two unrelated scripts number their objects alike; their ids prove nothing.
    const Schema a = imported(QString::fromUtf8(shop));
    const Schema b = imported(QStringLiteral("CREATE TABLE x (id INTEGER);\nCREATE TABLE y (id "
                                             "INTEGER);\n"));
    QVERIFY(!SchemaMatch::sharesLineage(a, b));
    QVERIFY(SchemaMatch::sharesLineage(a, a));
}

void TestSchemaDiff::widening_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("widening");
    QTest::newRow("int to bigint") << "INTEGER"
                                   << "BIGINT" << true;
    QTest::newRow("bigint to int") << "BIGINT"
                                   << "INTEGER" << false;
    QTest::newRow("longer varchar") << "VARCHAR(20)"
                                    << "VARCHAR(40)" << true;
    QTest::newRow("shorter varchar") << "VARCHAR(40)"
                                     << "VARCHAR(20)" << false;
    QTest::newRow("varchar to text") << "VARCHAR(40)"
                                     << "TEXT" << true;
    QTest::newRow("text to int") << "TEXT"
                                 << "INTEGER" << false;
    QTest::newRow("fewer digits") << "DECIMAL(10,2)"
                                  << "DECIMAL(8,2)" << false;
    QTest::newRow("more digits") << "DECIMAL(10,2)"
                                 << "DECIMAL(12,2)" << true;
}

void TestSchemaDiff::widening()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, widening);
    Column a;
    a.type = DataType::parse(from);
    Column b;
    b.type = DataType::parse(to);
    QCOMPARE(SafetyAnalysis::isWidening(a, b), widening);
}

void TestSchemaDiff::safetyProblemsPointAtTheirStatement()
{
    QString text = QString::fromUtf8(shop);
    text.replace(QStringLiteral("name VARCHAR(40)"), QStringLiteral("name VARCHAR(10)"));
    text.replace(QStringLiteral(", note VARCHAR(40)"), QString());
    SchemaMatch match;
    QString error;
    const Schema before = imported(QString::fromUtf8(shop));
    const Schema after = imported(text);
    QVERIFY(match.compute(before, after, SchemaMatch::Mode::ByName, {}, &error));
    const SchemaDiff diff(before, after, match);
    const MigrationScript script = MigrationWriter::write(diff, Dialect::PostgreSQL);
    QVERIFY(script.losesData());
    QCOMPARE(script.problemsText(),
             QStringLiteral("data-loss statement 1: drops the column c.note and its values.\n"
                            "data-loss statement 2: p.name: type VARCHAR(40) → VARCHAR(10): "
                            "values that do not fit the new type are cut, rounded or "
                            "refused.\n"));
    QCOMPARE(script.statements.at(0).sql, QStringLiteral("ALTER TABLE c DROP COLUMN note"));
    QCOMPARE(script.statements.at(1).sql,
             QStringLiteral("ALTER TABLE p ALTER COLUMN name TYPE VARCHAR(10) USING "
                            "name::VARCHAR(10)"));
}

void TestSchemaDiff::keyStatementsPerDialect_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("statements");
    const QString cascade = QStringLiteral("ON DELETE CASCADE");
    QTest::newRow("postgresql actions: one statement")
        << cascade << QStringLiteral("ON DELETE SET NULL") << QStringLiteral("postgresql")
        << QStringLiteral("ALTER TABLE c DROP CONSTRAINT fk_c_p, ADD CONSTRAINT fk_c_p FOREIGN KEY "
                          "(pid) REFERENCES p (id) ON DELETE SET NULL");
    QTest::newRow("postgresql deferrability restated")
        << cascade << QStringLiteral("ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED")
        << QStringLiteral("postgresql")
        << QStringLiteral("ALTER TABLE c DROP CONSTRAINT fk_c_p, ADD CONSTRAINT fk_c_p FOREIGN KEY "
                          "(pid) REFERENCES p (id) ON DELETE SET NULL DEFERRABLE INITIALLY "
                          "DEFERRED");
    QTest::newRow("postgresql deferrability alone")
        << cascade << QStringLiteral("ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE")
        << QStringLiteral("postgresql")
        << QStringLiteral("ALTER TABLE c ALTER CONSTRAINT fk_c_p DEFERRABLE INITIALLY IMMEDIATE");
    QTest::newRow("mariadb drop and add apart")
        << cascade << QStringLiteral("ON DELETE SET NULL ON UPDATE CASCADE")
        << QStringLiteral("mariadb")
        << QStringLiteral("ALTER TABLE c DROP FOREIGN KEY fk_c_p\nALTER TABLE c ADD CONSTRAINT "
                          "fk_c_p FOREIGN KEY (pid) REFERENCES p (id) ON DELETE SET NULL ON "
                          "UPDATE CASCADE");
}

void TestSchemaDiff::keyStatementsPerDialect()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, dialect);
    QFETCH(QString, statements);
    QString after = QString::fromUtf8(shop);
    QVERIFY(after.contains(from));
    after.replace(from, to);
    const Schema oldSchema = imported(QString::fromUtf8(shop), QStringLiteral("postgresql"));
    const Schema newSchema = imported(after, QStringLiteral("postgresql"));
    SchemaMatch match;
    QString error;
    QVERIFY(match.compute(oldSchema, newSchema, SchemaMatch::Mode::ByName, {}, &error));
    Dialect target;
    QVERIFY(Dialects::fromId(dialect, &target));
    const MigrationScript script
        = MigrationWriter::write(SchemaDiff(oldSchema, newSchema, match), target);
    QStringList actual;
    for (const DdlStatement &s : script.statements)
        actual << s.sql;
    QCOMPARE(actual.join(QLatin1Char('\n')), statements);
}

QTEST_APPLESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
