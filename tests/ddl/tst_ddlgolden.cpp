#include "ddlcases.h"

#include "ddl/ddlgenerator.h"

#include <QFile>
#include <QtTest>

Q_DECLARE_METATYPE(Dialect)

// The whole create and drop script of every dialect and case, compared with a golden file.
// JOINERY_UPDATE_GOLDEN=1 rewrites the files instead; a reviewer reads the diff.
class TestDdlGolden : public QObject
{
    Q_OBJECT
private slots:
    void scripts_data();
    void scripts();
    void quoteIdentifierOnlyWhereNeeded_data();
    void quoteIdentifierOnlyWhereNeeded();
    void quoteAllQuotesEveryIdentifier_data();
    void quoteAllQuotesEveryIdentifier();
};

void TestDdlGolden::scripts_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<Dialect>("dialect");
    for (const DdlCase &c : DdlCases::all()) {
        for (Dialect d : Dialects::all())
            QTest::newRow(qPrintable(c.name + QLatin1Char('.') + Dialects::id(d))) << c.name << d;
    }
}

void TestDdlGolden::scripts()
{
    QFETCH(QString, caseName);
    QFETCH(Dialect, dialect);
    const DdlCase ddlCase = DdlCases::byName(caseName);
    const auto generator = DdlGenerator::create(dialect);
    QCOMPARE(generator->dialect(), dialect);
    const QString actual = generator->createScript(ddlCase.schema).text() + QLatin1Char('\n')
        + generator->dropScript(ddlCase.schema).text();

    const QString path
        = QStringLiteral(JOINERY_DDL_GOLDEN_DIR "/%1.%2.sql").arg(caseName, Dialects::id(dialect));
    if (qEnvironmentVariableIntValue("JOINERY_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate),
                 qPrintable(out.errorString()));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(path + QStringLiteral(": ") + in.errorString()));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

// A name stays bare only when it is [A-Za-z_][A-Za-z0-9_]*, not a reserved word in any case, and
// (PostgreSQL) has no capital: a trailing newline, a leading digit, a letter outside ASCII or
// an empty name are quoted.
void TestDdlGolden::quoteIdentifierOnlyWhereNeeded_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    for (Dialect dialect : Dialects::all()) {
        const QString id = Dialects::id(dialect);
        const QString open = dialect == Dialect::SqlServer ? QStringLiteral("[")
            : Dialects::isMySqlFamily(dialect)             ? QStringLiteral("`")
                                                           : QStringLiteral("\"");
        const QString close = dialect == Dialect::SqlServer ? QStringLiteral("]") : open;
        auto row = [&](const char *what, const QString &name, bool quoted) {
            QTest::addRow("%s %s", qPrintable(id), what)
                << dialect << name << (quoted ? open + name + close : name);
        };
        row("plain", QStringLiteral("order_line_2"), false);
        row("underscore first", QStringLiteral("_x9"), false);
        row("digit first", QStringLiteral("9lives"), true);
        row("reserved lower case", QStringLiteral("order"), true);
        row("reserved mixed case", QStringLiteral("Select"), true);
        row("trailing newline", QStringLiteral("orders\n"), true);
        row("not ASCII", QStringLiteral("caf\u00e9"), true);
        row("space", QStringLiteral("order line"), true);
        row("empty", QString(), true);
        row("capital", QStringLiteral("Orders"), dialect == Dialect::PostgreSQL);
    }
}

void TestDdlGolden::quoteIdentifierOnlyWhereNeeded()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(DdlGenerator::create(dialect)->quoteIdentifier(name), expected);
}

void TestDdlGolden::quoteAllQuotesEveryIdentifier_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("hostile");
    QTest::addColumn<QString>("hostileQuoted");
    QTest::newRow("sqlite") << Dialect::SQLite << "orders"
                            << "\"orders\""
                            << "a\"b"
                            << "\"a\"\"b\"";
    QTest::newRow("postgresql") << Dialect::PostgreSQL << "orders"
                                << "\"orders\""
                                << "Orders"
                                << "\"Orders\"";
    QTest::newRow("mysql") << Dialect::MySQL << "orders"
                           << "`orders`"
                           << "a`b"
                           << "`a``b`";
    QTest::newRow("mariadb") << Dialect::MariaDB << "orders"
                             << "`orders`"
                             << "select"
                             << "`select`";
    QTest::newRow("sqlserver") << Dialect::SqlServer << "orders"
                               << "[orders]"
                               << "a]b["
                               << "[a]]b[]";
}

void TestDdlGolden::quoteAllQuotesEveryIdentifier()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, plain);
    QFETCH(QString, forced);
    QFETCH(QString, hostile);
    QFETCH(QString, hostileQuoted);
    const auto generator = DdlGenerator::create(dialect);
    QCOMPARE(generator->quoteIdentifier(plain), plain);
    QCOMPARE(generator->quoteIdentifier(plain, true), forced);
    QCOMPARE(generator->quoteIdentifier(hostile), hostileQuoted);

    DdlOptions options;
    options.quoteAllIdentifiers = true;
    const DdlCase ddlCase = DdlCases::byName(QStringLiteral("sample-shop"));
    const QString text = generator->createScript(ddlCase.schema, options).text();
    QVERIFY2(
        text.contains(QStringLiteral("CREATE TABLE %1 (")
                          .arg(forced.replace(QStringLiteral("orders"), QStringLiteral("users")))),
        qPrintable(text.left(400)));
}

QTEST_GUILESS_MAIN(TestDdlGolden)
#include "tst_ddlgolden.moc"
