#include "catalog.h"
#include "ddlcases.h"
#include "enginesupport.h"

#include "ddl/ddlgenerator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// Every case's PostgreSQL and MariaDB script runs on a real PostgreSQL 15 / MariaDB 10.11
// server (the CTest engine fixtures); the catalog read back through pg_constraint /
// information_schema must equal the model, and the drop script must leave an empty database.
class TestServerDdl : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
};

void TestServerDdl::roundTrip_data()
{
    QTest::addColumn<QByteArray>("envVar");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<bool>("quoteAll");
    for (const DdlCase &c : DdlCases::all()) {
        const bool alsoQuoted
            = c.name == QLatin1String("sample-shop") || c.name == QLatin1String("hostile-names");
        for (bool quoteAll : {false, true}) {
            if (quoteAll && !alsoQuoted)
                continue;
            const QString suffix = quoteAll ? QStringLiteral(" quote-all") : QString();
            QTest::newRow(qPrintable(c.name + QStringLiteral(".postgresql") + suffix))
                << QByteArrayLiteral("JOINERY_POSTGRES_ENV") << int(Dialect::PostgreSQL) << c.name
                << quoteAll;
            QTest::newRow(qPrintable(c.name + QStringLiteral(".mariadb") + suffix))
                << QByteArrayLiteral("JOINERY_MARIADB_ENV") << int(Dialect::MariaDB) << c.name
                << quoteAll;
        }
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

void TestServerDdl::roundTrip()
{
    QFETCH(QByteArray, envVar);
    QFETCH(int, dialect);
    QFETCH(QString, caseName);
    QFETCH(bool, quoteAll);
    const EngineServer server = EngineServer::fromEnvironment(envVar.constData());
    JOINERY_REQUIRE_ENGINE(server);

    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const DdlCase ddlCase = DdlCases::byName(caseName);
    DdlOptions options;
    options.quoteAllIdentifiers = quoteAll;
    const Dialect d = Dialect(dialect);
    const auto generator = DdlGenerator::create(d);

    const QString dbName = EngineServer::uniqueDatabaseName(QStringLiteral("tst_serverddl"));
    QString error;
    QVERIFY2(server.createScratchDatabase(dbName, &error), qPrintable(error));
    const QString connection = QStringLiteral("tst_serverddl_") + tag;
    {
        QSqlDatabase db = server.open(connection, dbName);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY2(execAll(db, generator->createScript(ddlCase.schema, options), &error),
                 qPrintable(error));

        const QStringList actual = d == Dialect::PostgreSQL
            ? Catalog::readPostgres(db, &error)
            : Catalog::readMariaDb(db, dbName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(actual.join(QLatin1Char('\n')),
                 Catalog::expected(ddlCase.schema, d).join(QLatin1Char('\n')));

        QVERIFY2(execAll(db, generator->dropScript(ddlCase.schema, options), &error),
                 qPrintable(error));
        QSqlQuery query(db);
        if (d == Dialect::PostgreSQL) {
            QVERIFY(query.exec(
                QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
        } else {
            query.prepare(QStringLiteral(
                "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"));
            query.addBindValue(dbName);
            QVERIFY(query.exec());
        }
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY2(server.dropScratchDatabase(dbName, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerDdl)
#include "tst_serverddl.moc"
