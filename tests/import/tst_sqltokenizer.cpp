#include "import/sqltokenizer.h"

#include <QtTest>

class TestSqlTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void positions();
    void unterminated_data();
    void unterminated();
};

Q_DECLARE_METATYPE(SqlTokenizer::Flavor)

// Each token rendered as kind:text, joined by spaces: W word, Q quoted, S string, N number,
// P punctuation.
static QString render(const SqlTokens &tokens)
{
    QStringList parts;
    for (const SqlToken &t : tokens) {
        static const char kinds[] = "WQSNPE";
        if (t.kind == SqlToken::Kind::End)
            break;
        parts << QString(QLatin1Char(kinds[int(t.kind)])) + QLatin1Char(':') + t.text;
    }
    return parts.join(QLatin1Char(' '));
}

void TestSqlTokenizer::tokens_data()
{
    QTest::addColumn<SqlTokenizer::Flavor>("flavor");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    using F = SqlTokenizer::Flavor;
    QTest::newRow("quoting styles mysql")
        << F::MySQL << QStringLiteral("`a``b` \"c\" 'it''s' 'x\\'y'")
        << QStringLiteral("Q:a`b Q:c S:it's S:x'y");
    QTest::newRow("brackets sqlserver")
        << F::SqlServer << QStringLiteral("[dbo].[Order Details] N'ü' [a]]b]")
        << QStringLiteral("Q:dbo P:. Q:Order Details S:ü Q:a]b");
    QTest::newRow("comments") << F::MySQL << QStringLiteral("a -- x\nb # y\n/* z */ c")
                              << QStringLiteral("W:a W:b W:c");
    QTest::newRow("mysql executable comment")
        << F::MySQL << QStringLiteral("/*!40101 SET x = 1 */;")
        << QStringLiteral("W:SET W:x P:= N:1 P:;");
    QTest::newRow("postgres nested comment and dollar quote")
        << F::PostgreSQL << QStringLiteral("/* a /* b */ c */ $f$ body; 'x' $f$ $$y$$ $1")
        << QStringLiteral("S: body; 'x'  S:y P:$ N:1");
    QTest::newRow("backslash is plain in standard strings")
        << F::PostgreSQL << QStringLiteral("'a\\' E'b\\n'") << QStringLiteral("S:a\\ S:b\n");
    QTest::newRow("numbers") << F::SQLite << QStringLiteral("1 2.5 1e-3 .5")
                             << QStringLiteral("N:1 N:2.5 N:1e-3 N:.5");
}

void TestSqlTokenizer::tokens()
{
    QFETCH(SqlTokenizer::Flavor, flavor);
    QFETCH(QString, script);
    QFETCH(QString, expected);
    SqlTokenizer tokenizer(script, flavor);
    const SqlTokens tokens = tokenizer.tokenize();
    QVERIFY2(!tokenizer.hasError(), qPrintable(tokenizer.error()));
    QCOMPARE(render(tokens), expected);
}

void TestSqlTokenizer::positions()
{
    SqlTokenizer tokenizer(QStringLiteral("CREATE\n  TABLE \"t\"\n(x)"),
                           SqlTokenizer::Flavor::PostgreSQL);
    const SqlTokens tokens = tokenizer.tokenize();
    QCOMPARE(tokens.size(), 7);
    QCOMPARE(tokens.at(1).line, 2);
    QCOMPARE(tokens.at(1).column, 3);
    QCOMPARE(tokens.at(2).line, 2);
    QCOMPARE(tokens.at(2).column, 9);
    QCOMPARE(tokens.at(2).length, 3);
    QCOMPARE(tokens.at(4).line, 3);
    QCOMPARE(tokens.at(4).column, 2);
}

void TestSqlTokenizer::unterminated_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("tokensBefore");
    QTest::newRow("string") << QStringLiteral("a b\n  'open") << 2 << 3 << 2;
    QTest::newRow("identifier") << QStringLiteral("x \"open") << 1 << 3 << 1;
    QTest::newRow("comment") << QStringLiteral("x\n/* open") << 2 << 1 << 1;
    QTest::newRow("dollar") << QStringLiteral("$body$ never closed") << 1 << 1 << 0;
}

void TestSqlTokenizer::unterminated()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, tokensBefore);
    SqlTokenizer tokenizer(script, SqlTokenizer::Flavor::PostgreSQL);
    const SqlTokens tokens = tokenizer.tokenize();
    QVERIFY(tokenizer.hasError());
    QCOMPARE(tokenizer.errorLine(), line);
    QCOMPARE(tokenizer.errorColumn(), column);
    QCOMPARE(tokens.size() - 1, tokensBefore);
    QCOMPARE(tokens.last().kind, SqlToken::Kind::End);
}

QTEST_GUILESS_MAIN(TestSqlTokenizer)
#include "tst_sqltokenizer.moc"
