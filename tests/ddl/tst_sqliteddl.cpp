#include "catalog.h"
#include "ddlcases.h"

#include "ddl/ddlgenerator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// Every case's SQLite script runs on a real SQLite database (Qt Sql); the catalog read back
// through PRAGMA table_info / foreign_key_list / index_list must equal the model, every key's
// child columns must be indexed, and the drop script must leave nothing behind.
class TestSqliteDdl : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void integerPrimaryKeyAliasesRowid();
};

void TestSqliteDdl::roundTrip_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<bool>("quoteAll");
    for (const DdlCase &c : DdlCases::all()) {
        QTest::newRow(qPrintable(c.name)) << c.name << false;
        QTest::newRow(qPrintable(c.name + QStringLiteral(" quote-all"))) << c.name << true;
    }
}

static bool execAll(QSqlDatabase db, const DdlScript &script, QString *error)
{
    QSqlQuery query(db);
    for (const DdlStatement &statement : script.statements) {
        if (!query.exec(statement.sql)) {
            *error = query.lastError().text() + QStringLiteral("\nin: ") + statement.sql;
            return false;
        }
    }
    return true;
}

void TestSqliteDdl::roundTrip()
{
    QFETCH(QString, caseName);
    QFETCH(bool, quoteAll);
    const DdlCase ddlCase = DdlCases::byName(caseName);
    const auto generator = DdlGenerator::create(Dialect::SQLite);
    DdlOptions options;
    options.quoteAllIdentifiers = quoteAll;
    const QString connection
        = QStringLiteral("tst_sqliteddl_") + QString::fromLatin1(QTest::currentDataTag());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

        QString error;
        QVERIFY2(execAll(db, generator->createScript(ddlCase.schema, options), &error),
                 qPrintable(error));
        // foreign_key_check prepares every key: a key to a non-unique parent fails here.
        QVERIFY2(query.exec(QStringLiteral("PRAGMA foreign_key_check")),
                 qPrintable(query.lastError().text()));

        const QStringList actual = Catalog::readSqlite(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(actual.join(QLatin1Char('\n')),
                 Catalog::expected(ddlCase.schema, Dialect::SQLite).join(QLatin1Char('\n')));

        QVERIFY2(execAll(db, generator->dropScript(ddlCase.schema, options), &error),
                 qPrintable(error));
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestSqliteDdl::integerPrimaryKeyAliasesRowid()
{
    // An auto-increment key must be assigned by SQLite when the insert leaves it out.
    const DdlCase ddlCase = DdlCases::byName(QStringLiteral("self-reference"));
    const QString connection = QStringLiteral("tst_sqliteddl_rowid");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        for (const DdlStatement &s :
             DdlGenerator::create(Dialect::SQLite)->createScript(ddlCase.schema).statements)
            QVERIFY2(query.exec(s.sql), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO nodes (label) VALUES ('root')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO nodes (parent_id, label) VALUES (1, 'leaf')")));
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM nodes WHERE label = 'leaf'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        // ON DELETE CASCADE on the self-reference removes the leaf with the root.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM nodes WHERE id = 1")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM nodes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestSqliteDdl)
#include "tst_sqliteddl.moc"
