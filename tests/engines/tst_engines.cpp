#include "enginesupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QTest>

// Smoke test for the engine fixtures themselves: if this fails, every DDL test
// that depends on a real server is meaningless, so it checks the full path a
// DDL test takes (connect, scratch database, DDL, catalog read-back, drop).
class TestEngines : public QObject
{
    Q_OBJECT

private slots:
    void connectAndVersion_data();
    void connectAndVersion();
    void foreignKeyRoundTrip_data();
    void foreignKeyRoundTrip();

private:
    static void addEngineRows();
};

void TestEngines::addEngineRows()
{
    QTest::addColumn<QByteArray>("envVar");
    QTest::newRow("postgres") << QByteArrayLiteral("JOINERY_POSTGRES_ENV");
    QTest::newRow("mariadb") << QByteArrayLiteral("JOINERY_MARIADB_ENV");
}

void TestEngines::connectAndVersion_data()
{
    addEngineRows();
}

void TestEngines::connectAndVersion()
{
    QFETCH(QByteArray, envVar);
    const EngineServer server = EngineServer::fromEnvironment(envVar.constData());
    JOINERY_REQUIRE_ENGINE(server);

    const QString connectionName = QStringLiteral("version_") + QString::fromLatin1(envVar);
    {
        QSqlDatabase db = server.open(connectionName);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT version()")), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        const QString version = query.value(0).toString();
        qInfo("%s: %s", envVar.constData(), qPrintable(version));
        if (server.kind() == EngineServer::Kind::PostgreSql)
            QVERIFY2(version.startsWith(QLatin1String("PostgreSQL")), qPrintable(version));
        else
            QVERIFY2(version.contains(QLatin1String("MariaDB")), qPrintable(version));
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void TestEngines::foreignKeyRoundTrip_data()
{
    addEngineRows();
}

void TestEngines::foreignKeyRoundTrip()
{
    QFETCH(QByteArray, envVar);
    const EngineServer server = EngineServer::fromEnvironment(envVar.constData());
    JOINERY_REQUIRE_ENGINE(server);

    const QString dbName = EngineServer::uniqueDatabaseName(QStringLiteral("tst_engines"));
    QString error;
    QVERIFY2(server.createScratchDatabase(dbName, &error), qPrintable(error));

    const QString connectionName = QStringLiteral("fk_") + QString::fromLatin1(envVar);
    {
        QSqlDatabase db = server.open(connectionName, dbName);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL)")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, "
                                           "CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) "
                                           "REFERENCES customer (id))")),
                 qPrintable(query.lastError().text()));

        // PostgreSQL keeps the tables in schema "public" of the scratch
        // database; MariaDB's schema *is* the database.
        const QString schema = server.kind() == EngineServer::Kind::PostgreSql ? QStringLiteral("public") : dbName;
        // MariaDB exposes the referenced side directly in key_column_usage;
        // PostgreSQL only through the unique constraint the foreign key
        // points at, which is the standard information_schema route.
        const QString catalogQuery = server.kind() == EngineServer::Kind::PostgreSql
            ? QStringLiteral(
                "SELECT rc.constraint_name, kcu.table_name, kcu.column_name, pk.table_name, pk.column_name "
                "FROM information_schema.referential_constraints rc "
                "JOIN information_schema.key_column_usage kcu "
                "  ON kcu.constraint_schema = rc.constraint_schema AND kcu.constraint_name = rc.constraint_name "
                "JOIN information_schema.key_column_usage pk "
                "  ON pk.constraint_schema = rc.unique_constraint_schema "
                " AND pk.constraint_name = rc.unique_constraint_name "
                " AND pk.ordinal_position = kcu.position_in_unique_constraint "
                "WHERE rc.constraint_schema = ? AND kcu.table_name = 'orders'")
            : QStringLiteral(
                "SELECT constraint_name, table_name, column_name, referenced_table_name, referenced_column_name "
                "FROM information_schema.key_column_usage "
                "WHERE table_schema = ? AND table_name = 'orders' AND referenced_table_name IS NOT NULL");
        QVERIFY2(query.prepare(catalogQuery), qPrintable(query.lastError().text()));
        query.addBindValue(schema);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY2(query.next(), "foreign key not found in information_schema");
        QCOMPARE(query.value(0).toString(), QStringLiteral("fk_orders_customer"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("orders"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("customer_id"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("customer"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("id"));
        QVERIFY(!query.next());
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    QVERIFY2(server.dropScratchDatabase(dbName, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
