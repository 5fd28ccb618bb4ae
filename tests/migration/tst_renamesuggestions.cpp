#include "import/importer.h"
#include "import/importreport.h"
#include "migration/renamesuggestions.h"
#include "migration/schemadiff.h"

#include <QTest>

// Likely renames of a diff matched by name, as exact lists.
class TestRenameSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void suggestions_data();
    void suggestions();
    void confirmedRenameIsNoLongerSuggested();
};

namespace {

Schema imported(const QString &sql)
{
    ImportReport report;
    return Importer::importScript(sql, QStringLiteral("sqlite"), &report);
}

QStringList suggested(const QString &oldSql, const QString &newSql, const QStringList &renames = {})
{
    const Schema a = imported(oldSql);
    const Schema b = imported(newSql);
    SchemaMatch match;
    QString error;
    if (!match.compute(a, b, SchemaMatch::Mode::ByName, renames, &error))
        return {QStringLiteral("error: ") + error};
    QStringList result;
    for (const RenameSuggestion &s : RenameSuggestions::find(SchemaDiff(a, b, match)))
        result << s.rename + QLatin1String(" | ") + s.description;
    return result;
}

} // namespace

void TestRenameSuggestions::suggestions_data()
{
    QTest::addColumn<QString>("oldSql");
    QTest::addColumn<QString>("newSql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("table with the same columns")
        << "CREATE TABLE customer (id INTEGER, name TEXT, email TEXT);"
        << "CREATE TABLE client (id INTEGER, name TEXT, email TEXT, phone TEXT);"
        << QStringList{"customer=client | table customer → client"};
    QTest::newRow("table too different")
        << "CREATE TABLE customer (id INTEGER, name TEXT, email TEXT);"
        << "CREATE TABLE invoice (id INTEGER, amount REAL, due TEXT);" << QStringList{};
    QTest::newRow("the best of two dropped tables")
        << "CREATE TABLE a (id INTEGER, x TEXT); CREATE TABLE b (id INTEGER, x TEXT, y TEXT);"
        << "CREATE TABLE c (id INTEGER, x TEXT, y TEXT, z TEXT);"
        << QStringList{"b=c | table b → c"};
    QTest::newRow("columns of one type, in order")
        << "CREATE TABLE t (id INTEGER, a TEXT, n INTEGER, b TEXT);"
        << "CREATE TABLE t (id INTEGER, a2 TEXT, b2 TEXT, n2 INTEGER);"
        << QStringList{"t.a=a2 | column t.a → a2", "t.b=b2 | column t.b → b2",
                       "t.n=n2 | column t.n → n2"};
    QTest::newRow("the only dropped and added column, type changed")
        << "CREATE TABLE t (id INTEGER, nick TEXT);"
        << "CREATE TABLE t (id INTEGER, display_name VARCHAR(100));"
        << QStringList{"t.nick=display_name | column t.nick → display_name"};
    QTest::newRow("two of different types left: no guess")
        << "CREATE TABLE t (id INTEGER, a TEXT, b BLOB);"
        << "CREATE TABLE t (id INTEGER, c INTEGER, d REAL);" << QStringList{};
    QTest::newRow("no change") << "CREATE TABLE t (id INTEGER);"
                               << "CREATE TABLE t (id INTEGER);" << QStringList{};
}

void TestRenameSuggestions::suggestions()
{
    QFETCH(QString, oldSql);
    QFETCH(QString, newSql);
    QFETCH(QStringList, expected);
    QCOMPARE(suggested(oldSql, newSql), expected);
}

void TestRenameSuggestions::confirmedRenameIsNoLongerSuggested()
{
    const QString before = QStringLiteral("CREATE TABLE customer (id INTEGER, name TEXT);");
    const QString after = QStringLiteral("CREATE TABLE client (id INTEGER, full_name TEXT);");
    // The tables share only id of three names: no table guess, and columns wait for the table.
    QCOMPARE(suggested(before, after), QStringList{});
    // Once the table rename is declared, its columns are matched and the rename guessed.
    QCOMPARE(suggested(before, after, {QStringLiteral("customer=client")}),
             QStringList{"customer.name=full_name | column client.name → full_name"});
    QCOMPARE(suggested(before, after,
                       {QStringLiteral("customer=client"), QStringLiteral("customer.name=full_name")}),
             QStringList{});
}

QTEST_APPLESS_MAIN(TestRenameSuggestions)
#include "tst_renamesuggestions.moc"
