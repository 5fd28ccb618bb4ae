#include "ddlcases.h"

#include "ddl/dialectchecker.h"
#include "ddl/dialectrules.h"

#include <QtTest>

Q_DECLARE_METATYPE(Schema)

Q_DECLARE_METATYPE(Dialect)

using RA = ReferentialAction;

// Each dialect's problems for small schemas built to trigger (or just not trigger) one rule,
// compared as "severity code object" lines; SQL Server's 1785 cases are the reference's.
class TestDialectChecker : public QObject
{
    Q_OBJECT
private slots:
    void problems_data();
    void problems();
    void cascadePathMessagesNameThePaths();
    void actionSupport();
    void expressionsTranslatedIntoAnotherDialect();
};

static QStringList lines(const QVector<Problem> &problems, Dialect dialect)
{
    QStringList result;
    for (const Problem &p : problems) {
        if (p.dialect != Dialects::id(dialect))
            return {QStringLiteral("problem without the dialect set: ") + p.toLine()};
        result
            << QStringLiteral("%1 %2 %3").arg(Problem::severityName(p.severity), p.code, p.object);
    }
    return result;
}

static Schema chain(int length, RA action)
{
    SchemaBuilder b;
    Id previous = b.addTable(QStringLiteral("t0"), {QStringLiteral("id|integer|pk")});
    for (int i = 1; i <= length; ++i) {
        const Id t = b.addTable(QStringLiteral("t%1").arg(i),
                                {QStringLiteral("id|integer|pk"), QStringLiteral("up|integer")});
        b.addKey(QStringLiteral("fk_t%1").arg(i), t, {QStringLiteral("up")}, previous,
                 {QStringLiteral("id")}, action);
        previous = t;
    }
    return b.schema;
}

void TestDialectChecker::problems_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QStringList>("expected");

    const QString e1785 = QStringLiteral("error sqlserver-cascade-paths ");
    QTest::newRow("1785 self-reference SET NULL")
        << DdlCases::byName(QStringLiteral("mssql-self-set-null")).schema << Dialect::SqlServer
        << QStringList{e1785 + QStringLiteral("employees.fk_employees_manager")};
    QTest::newRow("1785 two SET NULL keys to one table")
        << DdlCases::byName(QStringLiteral("mssql-two-set-null")).schema << Dialect::SqlServer
        << QStringList{e1785 + QStringLiteral("notes.fk_notes_updated_by")};
    QTest::newRow("1785 diamond, on the fourth key")
        << DdlCases::byName(QStringLiteral("mssql-diamond")).schema << Dialect::SqlServer
        << QStringList{e1785 + QStringLiteral("d.fk_d_c")};
    QTest::newRow("1785 Microsoft's two UPDATE paths")
        << DdlCases::byName(QStringLiteral("mssql-two-update-paths")).schema << Dialect::SqlServer
        << QStringList{e1785 + QStringLiteral("table2.fk_two")};
    {
        // The same with the second key NO ACTION on update: accepted (MSSQLSERVER_1785).
        Schema s = DdlCases::byName(QStringLiteral("mssql-two-update-paths")).schema;
        ForeignKey k = *s.foreignKey(s.foreignKeyIds().last());
        k.onUpdate = RA::NoAction;
        s.replaceForeignKey(k);
        QTest::newRow("1785 fixed by NO ACTION") << s << Dialect::SqlServer << QStringList{};
    }
    {
        SchemaBuilder b;
        const Id a = b.addTable(QStringLiteral("a"),
                                {QStringLiteral("id|integer|pk"), QStringLiteral("b_id|integer")});
        const Id c = b.addTable(QStringLiteral("b"),
                                {QStringLiteral("id|integer|pk"), QStringLiteral("a_id|integer")});
        b.addKey(QStringLiteral("fk_b_a"), c, {QStringLiteral("a_id")}, a, {QStringLiteral("id")},
                 RA::Cascade);
        b.addKey(QStringLiteral("fk_a_b"), a, {QStringLiteral("b_id")}, c, {QStringLiteral("id")},
                 RA::Cascade);
        QTest::newRow("1785 two-table cycle")
            << b.schema << Dialect::SqlServer << QStringList{e1785 + QStringLiteral("a.fk_a_b")};
        QTest::newRow("the same cycle is fine in PostgreSQL")
            << b.schema << Dialect::PostgreSQL << QStringList{};
    }
    QTest::newRow("1785 update graph only")
        << chain(2, RA::NoAction) << Dialect::SqlServer << QStringList{};

    const Schema actions = DdlCases::byName(QStringLiteral("every-action")).schema;
    QTest::newRow("SQL Server RESTRICT becomes NO ACTION")
        << actions << Dialect::SqlServer
        << QStringList{
               QStringLiteral("warning dialect-action-changed child_restrict.fk_restrict_delete"),
               QStringLiteral("warning dialect-action-changed child_restrict.fk_restrict_update")};
    QTest::newRow("MySQL rejects SET DEFAULT")
        << actions << Dialect::MySQL
        << QStringList{
               QStringLiteral(
                   "error dialect-action-unsupported child_set_default.fk_set_default_delete"),
               QStringLiteral(
                   "error dialect-action-unsupported child_set_default.fk_set_default_update")};
    QTest::newRow("MariaDB stores SET DEFAULT as RESTRICT")
        << actions << Dialect::MariaDB
        << QStringList{
               QStringLiteral(
                   "error dialect-action-unsupported child_set_default.fk_set_default_delete"),
               QStringLiteral(
                   "error dialect-action-unsupported child_set_default.fk_set_default_update")};
    QTest::newRow("SQLite takes every action") << actions << Dialect::SQLite << QStringList{};
    QTest::newRow("PostgreSQL takes every action")
        << actions << Dialect::PostgreSQL << QStringList{};

    const Schema deferrable = DdlCases::byName(QStringLiteral("deferrable")).schema;
    QTest::newRow("deferrable in PostgreSQL") << deferrable << Dialect::PostgreSQL << QStringList{};
    QTest::newRow("deferrable in MariaDB")
        << deferrable << Dialect::MariaDB
        << QStringList{
               QStringLiteral(
                   "warning dialect-deferrable-unsupported invoice_lines.fk_lines_invoice"),
               QStringLiteral(
                   "warning dialect-deferrable-unsupported invoices.fk_invoices_first_line")};

    {
        SchemaBuilder b;
        const Id t
            = b.addTable(QStringLiteral("tree"),
                         {QStringLiteral("id|integer|pk"), QStringLiteral("parent|integer")});
        b.addKey(QStringLiteral("fk_tree_parent"), t, {QStringLiteral("parent")}, t,
                 {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        QTest::newRow("MySQL self-reference ON UPDATE CASCADE")
            << b.schema << Dialect::MySQL
            << QStringList{
                   QStringLiteral("warning mysql-self-reference-update tree.fk_tree_parent")};
    }
    QTest::newRow("cascade chain of 15 levels")
        << chain(15, RA::Cascade) << Dialect::MariaDB << QStringList{};
    QTest::newRow("cascade chain of 16 levels")
        << chain(16, RA::Cascade) << Dialect::MariaDB
        << QStringList{QStringLiteral("warning mysql-cascade-depth t16.fk_t16")};
    {
        SchemaBuilder b;
        const Id p = b.addTable(QStringLiteral("p"),
                                {QStringLiteral("id|bigint|pk|unsigned"),
                                 QStringLiteral("code|varchar(10)|collate=utf8mb4_bin"),
                                 QStringLiteral("body|text")});
        b.addUnique(p, QStringLiteral("uq_p_code"), {QStringLiteral("code")});
        b.addUnique(p, QStringLiteral("uq_p_body"), {QStringLiteral("body")});
        const Id c
            = b.addTable(QStringLiteral("c"),
                         {QStringLiteral("id|integer|pk"), QStringLiteral("p_id|bigint"),
                          QStringLiteral("p_code|varchar(20)"), QStringLiteral("p_body|text")});
        b.addKey(QStringLiteral("fk_c_p"), c, {QStringLiteral("p_id")}, p, {QStringLiteral("id")});
        b.addKey(QStringLiteral("fk_c_code"), c, {QStringLiteral("p_code")}, p,
                 {QStringLiteral("code")});
        b.addKey(QStringLiteral("fk_c_body"), c, {QStringLiteral("p_body")}, p,
                 {QStringLiteral("body")});
        QTest::newRow("MySQL key column types")
            << b.schema << Dialect::MySQL
            << QStringList{QStringLiteral("error mysql-key-collation-mismatch c.fk_c_code"),
                           QStringLiteral("error mysql-key-text-column c.fk_c_body"),
                           QStringLiteral("error mysql-key-text-column c.fk_c_body"),
                           QStringLiteral("error mysql-key-type-mismatch c.fk_c_p")};
        QTest::newRow("SQL Server key column types")
            << b.schema << Dialect::SqlServer
            << QStringList{QStringLiteral("error sqlserver-key-type-mismatch c.fk_c_code")};
    }
    {
        SchemaBuilder b;
        const QString longName = QStringLiteral("ä").repeated(32)
            + QStringLiteral("_orders"); // 71 bytes, 39 characters
        b.addTable(longName, {QStringLiteral("id|integer|pk")});
        QTest::newRow("PostgreSQL counts bytes")
            << b.schema << Dialect::PostgreSQL
            << QStringList{QStringLiteral("error dialect-name-too-long ") + longName};
        QTest::newRow("MySQL counts characters") << b.schema << Dialect::MySQL << QStringList{};
    }
    {
        SchemaBuilder b;
        const Id t = b.addTable(QStringLiteral("orders"), {QStringLiteral("id|integer|pk")});
        b.addTable(QStringLiteral("pk_orders"), {QStringLiteral("id|integer|pk")});
        Table table = *b.schema.table(t);
        table.primaryKeyName = QStringLiteral("pk_orders");
        b.schema.replaceTable(table);
        QTest::newRow("SQL Server: constraint named like a table")
            << b.schema << Dialect::SqlServer
            << QStringList{QStringLiteral("error dialect-name-clash orders")};
        QTest::newRow("MySQL: constraints apart from tables")
            << b.schema << Dialect::MySQL << QStringList{};
    }
    // Each dialect's name scopes (foreign-keys-by-dialect.md §6): the same names in two tables,
    // or a key named like an index of its own table.
    {
        SchemaBuilder b;
        const Id p = b.addTable(QStringLiteral("p"), {QStringLiteral("id|integer|pk")});
        const Id a = b.addTable(QStringLiteral("a"), {QStringLiteral("id|integer|pk"),
                                                      QStringLiteral("p_id|integer"),
                                                      QStringLiteral("code|integer")});
        const Id c = b.addTable(QStringLiteral("c"), {QStringLiteral("id|integer|pk"),
                                                      QStringLiteral("p_id|integer"),
                                                      QStringLiteral("code|integer")});
        b.addKey(QStringLiteral("fk_parent"), a, {QStringLiteral("p_id")}, p, {QStringLiteral("id")});
        b.addKey(QStringLiteral("fk_parent"), c, {QStringLiteral("p_id")}, p, {QStringLiteral("id")});
        QTest::newRow("key names twice: per table in PostgreSQL")
            << b.schema << Dialect::PostgreSQL << QStringList{};
        QTest::newRow("key names twice: never checked in SQLite")
            << b.schema << Dialect::SQLite << QStringList{};
        QTest::newRow("key names twice: per database in MariaDB")
            << b.schema << Dialect::MariaDB
            << QStringList{QStringLiteral("error dialect-name-clash c.fk_parent")};
        QTest::newRow("key names twice: schema objects in SQL Server")
            << b.schema << Dialect::SqlServer
            << QStringList{QStringLiteral("error dialect-name-clash c.fk_parent")};

        SchemaBuilder u = b;
        u.addUnique(a, QStringLiteral("uq_code"), {QStringLiteral("code")});
        u.addUnique(c, QStringLiteral("uq_code"), {QStringLiteral("code")});
        QTest::newRow("unique names twice: relations in PostgreSQL")
            << u.schema << Dialect::PostgreSQL
            << QStringList{QStringLiteral("error dialect-name-clash c.uq_code")};
        QTest::newRow("unique names twice: per table in MySQL")
            << u.schema << Dialect::MySQL
            << QStringList{QStringLiteral("error dialect-name-clash c.fk_parent")};

        SchemaBuilder i;
        const Id ip = i.addTable(QStringLiteral("p"), {QStringLiteral("id|integer|pk")});
        const Id ia = i.addTable(QStringLiteral("a"), {QStringLiteral("id|integer|pk"),
                                                       QStringLiteral("p_id|integer")});
        const Id ic = i.addTable(QStringLiteral("c"), {QStringLiteral("id|integer|pk"),
                                                       QStringLiteral("p_id|integer")});
        i.addIndex(ia, QStringLiteral("ix_p"), {QStringLiteral("p_id")});
        i.addIndex(ic, QStringLiteral("ix_p"), {QStringLiteral("p_id")});
        // MySQL names a key's index after the key: the same name for both is the usual case.
        i.addKey(QStringLiteral("ix_p"), ia, {QStringLiteral("p_id")}, ip, {QStringLiteral("id")});
        QTest::newRow("index names twice: per schema in SQLite")
            << i.schema << Dialect::SQLite
            << QStringList{QStringLiteral("error dialect-name-clash c.ix_p")};
        QTest::newRow("index names twice: relations in PostgreSQL")
            << i.schema << Dialect::PostgreSQL
            << QStringList{QStringLiteral("error dialect-name-clash c.ix_p")};
        QTest::newRow("index names twice, key named like its index: fine in MySQL")
            << i.schema << Dialect::MySQL << QStringList{};
        QTest::newRow("index names twice, key named like an index: fine in SQL Server")
            << i.schema << Dialect::SqlServer << QStringList{};
    }
}

void TestDialectChecker::expressionsTranslatedIntoAnotherDialect()
{
    // An imported MySQL table's CHECK and generated column: translated for PostgreSQL; what has
    // no counterpart there (REGEXP) is an error, since the script leaves it out. Nothing for
    // MariaDB (the same family), nor for a schema designed in Joinery.
    SchemaBuilder b;
    const Id t = b.addTable(QStringLiteral("t"), {QStringLiteral("id|integer|pk"),
                                                  QStringLiteral("a|integer")});
    Table table = *b.schema.table(t);
    CheckConstraint check;
    check.id = b.schema.allocateId();
    check.expression = QStringLiteral("`a` > 0");
    table.checks << check;
    check.id = b.schema.allocateId();
    check.expression = QStringLiteral("`a` REGEXP '^[0-9]+$'");
    table.checks << check;
    table.columns[1].generatedExpression = QStringLiteral("`id` * 2");
    b.schema.replaceTable(table);
    b.schema.sourceDialect = QStringLiteral("mysql");
    QCOMPARE(lines(DialectChecker::check(b.schema, Dialect::PostgreSQL), Dialect::PostgreSQL),
             (QStringList{QStringLiteral("error dialect-check-untranslatable t")}));
    QCOMPARE(lines(DialectChecker::check(b.schema, Dialect::MariaDB), Dialect::MariaDB),
             QStringList{});
    b.schema.sourceDialect.clear();
    QCOMPARE(lines(DialectChecker::check(b.schema, Dialect::PostgreSQL), Dialect::PostgreSQL),
             QStringList{});
}

void TestDialectChecker::problems()
{
    QFETCH(Schema, schema);
    QFETCH(Dialect, dialect);
    QFETCH(QStringList, expected);
    QStringList actual = lines(DialectChecker::check(schema, dialect), dialect);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestDialectChecker::cascadePathMessagesNameThePaths()
{
    const QVector<Problem> problems = DialectChecker::check(
        DdlCases::byName(QStringLiteral("mssql-diamond")).schema, Dialect::SqlServer);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("a → c (fk_c_a) → d (fk_d_c)")),
             qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("a → b (fk_b_a) → d (fk_d_b)")),
             qPrintable(problems.first().message));
}

void TestDialectChecker::actionSupport()
{
    for (Dialect d : Dialects::all()) {
        for (KeyEvent e : {KeyEvent::Delete, KeyEvent::Update}) {
            for (RA a : {RA::NoAction, RA::Restrict, RA::Cascade, RA::SetNull, RA::SetDefault}) {
                const ActionSupport s = DialectRules::action(d, e, a);
                const bool restrictOnSqlServer = d == Dialect::SqlServer && a == RA::Restrict;
                const bool setDefaultOnMySql
                    = (d == Dialect::MySQL || d == Dialect::MariaDB) && a == RA::SetDefault;
                QCOMPARE(s.kind,
                         restrictOnSqlServer     ? ActionSupport::Changed
                             : setDefaultOnMySql ? ActionSupport::Rejected
                                                 : ActionSupport::Supported);
                QCOMPARE(s.reason.isEmpty(), s.isSupported());
            }
        }
    }
    QCOMPARE(DialectRules::action(Dialect::SqlServer, KeyEvent::Delete, RA::Restrict).writtenAs,
             RA::NoAction);
}

QTEST_GUILESS_MAIN(TestDialectChecker)
#include "tst_dialectchecker.moc"
