#include "enginesupport.h"
#include "schemawriter.h"
#include "simulator/enginesimulation.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulator.h"
#include "testschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using RA = ReferentialAction;

// `joinery simulate --engine` on PostgreSQL 15 and MariaDB 10.11: the statement runs in a
// throw-away database on the server, the effects are read from the rows, and the totals
// match the SQLite simulation under that engine's rules. Each case also proves that nothing
// is left behind: no joinery_sim_* database, and the database named in the URL (which has a
// table called like the schema's) untouched.
class tst_EngineSimulation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cascade_data() { engines(); }
    void cascade();
    void refused_data();
    void refused();
    void compositeKey_data() { engines(); }
    void compositeKey();
    void setDefault_data() { engines(); }
    void setDefault();
    void deferredCheck_data() { engines(); }
    void deferredCheck();
    void badDataLeavesNothing_data() { engines(); }
    void badDataLeavesNothing();
    void commandLine_data() { engines(); }
    void commandLine();

private:
    static void engines();
    EngineServer server() const;
    QString url(const EngineServer &server) const;
    // The SQLite simulation's totals and the engine's, as "table: d/n/s/u" lines.
    static QStringList totals(const SimulationResult &result, const Schema &schema);
    SimulationResult simulate(const Schema &schema, Dialect dialect, const QString &statement);
    SimulationResult onEngine(const EngineServer &server, const QString &statement, Id table,
                              bool deleting);
    QString userRows(const EngineServer &server);
    QStringList leftovers(const EngineServer &server);
    void checkNothingLeft(const EngineServer &server);

    TestSchema m_shop;
    SampleData m_data;
    QHash<int, QString> m_userDatabase; // by EngineServer::Kind
    QHash<int, QString> m_userRowsBefore;
    QTemporaryDir m_dir;
};

void tst_EngineSimulation::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgres") << QStringLiteral("JOINERY_POSTGRES_ENV");
    QTest::newRow("mariadb") << QStringLiteral("JOINERY_MARIADB_ENV");
}

EngineServer tst_EngineSimulation::server() const
{
    QFETCH(QString, engine);
    return EngineServer::fromEnvironment(engine.toLatin1().constData());
}

QString tst_EngineSimulation::url(const EngineServer &server) const
{
    return QStringLiteral("%1://%2@%3:%4/%5")
        .arg(server.kind() == EngineServer::Kind::PostgreSql ? QStringLiteral("postgresql")
                                                             : QStringLiteral("mariadb"),
             server.userName(), server.host())
        .arg(server.port())
        .arg(m_userDatabase.value(int(server.kind())));
}

void tst_EngineSimulation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestSchema &s = m_shop;
    s.schema.name = QStringLiteral("shop");
    s.table(QStringLiteral("customer"),
            {QStringLiteral("id integer pk"), QStringLiteral("name text notnull")});
    s.table(QStringLiteral("orders"),
            {QStringLiteral("id integer pk"), QStringLiteral("customer_id integer notnull")});
    // Composite primary key, and a composite key pointing at it.
    s.table(QStringLiteral("order_line"),
            {QStringLiteral("order_id integer pk"), QStringLiteral("line_no integer pk"),
             QStringLiteral("qty integer")});
    s.table(QStringLiteral("shipment"),
            {QStringLiteral("id integer pk"), QStringLiteral("order_id integer notnull"),
             QStringLiteral("line_no integer notnull")});
    s.table(QStringLiteral("note"),
            {QStringLiteral("id integer pk"), QStringLiteral("customer_id integer")});
    s.table(QStringLiteral("invoice"),
            {QStringLiteral("id integer pk"), QStringLiteral("customer_id integer")});
    s.key(QStringLiteral("fk_orders_customer"), QStringLiteral("orders"),
          {QStringLiteral("customer_id")}, QStringLiteral("customer"), {QStringLiteral("id")},
          RA::Cascade, RA::NoAction);
    s.key(QStringLiteral("fk_line_orders"), QStringLiteral("order_line"),
          {QStringLiteral("order_id")}, QStringLiteral("orders"), {QStringLiteral("id")},
          RA::Cascade, RA::Cascade);
    s.key(QStringLiteral("fk_shipment_line"), QStringLiteral("shipment"),
          {QStringLiteral("order_id"), QStringLiteral("line_no")}, QStringLiteral("order_line"),
          {QStringLiteral("order_id"), QStringLiteral("line_no")}, RA::Cascade, RA::Cascade);
    s.key(QStringLiteral("fk_note_customer"), QStringLiteral("note"),
          {QStringLiteral("customer_id")}, QStringLiteral("customer"), {QStringLiteral("id")},
          RA::SetNull, RA::SetNull);
    s.key(QStringLiteral("fk_invoice_customer"), QStringLiteral("invoice"),
          {QStringLiteral("customer_id")}, QStringLiteral("customer"), {QStringLiteral("id")},
          RA::Restrict, RA::Restrict);

    auto rows = [&](const QString &table, const QVector<QVector<QVariant>> &values) {
        const Table *t = s.schema.tableByName(table);
        SampleTable sample;
        for (const Column &c : t->columns)
            sample.columns << c.id;
        sample.rows = values;
        m_data.tables.insert(t->id, sample);
    };
    const QVariant null;
    rows(QStringLiteral("customer"),
         {{1, QStringLiteral("Ada")}, {2, QStringLiteral("Bob")}, {3, QStringLiteral("Cy")}});
    rows(QStringLiteral("orders"), {{10, 1}, {11, 1}, {12, 2}, {13, 3}});
    rows(QStringLiteral("order_line"),
         {{10, 1, 5}, {10, 2, 1}, {11, 1, 2}, {12, 1, 3}, {13, 1, 4}});
    rows(QStringLiteral("shipment"), {{100, 10, 1}, {101, 11, 1}, {102, 12, 1}, {103, 10, 2}});
    rows(QStringLiteral("note"), {{1, 1}, {2, 1}, {3, 2}, {4, null}});
    rows(QStringLiteral("invoice"), {{1, 2}});

    // The database in the URL: the user's, with a table named like one of the schema's.
    for (const char *variable : {"JOINERY_POSTGRES_ENV", "JOINERY_MARIADB_ENV"}) {
        const EngineServer engine = EngineServer::fromEnvironment(variable);
        if (!engine.available())
            continue;
        const QString name = EngineServer::uniqueDatabaseName(QStringLiteral("simuser"));
        QString error;
        QVERIFY2(engine.createScratchDatabase(name, &error), qPrintable(error));
        m_userDatabase.insert(int(engine.kind()), name);
        {
            QSqlDatabase db = engine.open(name + QStringLiteral("_setup"), name);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral(
                         "CREATE TABLE customer (id integer PRIMARY KEY, name varchar(20))")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO customer VALUES (1, 'mine'), (2, 'ours')")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name + QStringLiteral("_setup"));
        m_userRowsBefore.insert(int(engine.kind()), userRows(engine));
    }
}

void tst_EngineSimulation::cleanupTestCase()
{
    for (const char *variable : {"JOINERY_POSTGRES_ENV", "JOINERY_MARIADB_ENV"}) {
        const EngineServer engine = EngineServer::fromEnvironment(variable);
        if (engine.available() && m_userDatabase.contains(int(engine.kind())))
            engine.dropScratchDatabase(m_userDatabase.value(int(engine.kind())));
    }
}

QString tst_EngineSimulation::userRows(const EngineServer &server)
{
    const QString connection = QStringLiteral("user-rows");
    QString text;
    {
        QSqlDatabase db = server.open(connection, m_userDatabase.value(int(server.kind())));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, name FROM customer ORDER BY id")))
            text = q.lastError().text();
        while (q.next())
            text += q.value(0).toString() + QLatin1Char('=') + q.value(1).toString()
                + QLatin1Char(';');
    }
    QSqlDatabase::removeDatabase(connection);
    return text;
}

QStringList tst_EngineSimulation::leftovers(const EngineServer &server)
{
    const QString connection = QStringLiteral("leftovers");
    QStringList names;
    {
        QSqlDatabase db = server.open(connection, m_userDatabase.value(int(server.kind())));
        QSqlQuery q(db);
        q.exec(server.kind() == EngineServer::Kind::PostgreSql
                   ? QStringLiteral("SELECT datname FROM pg_database")
                   : QStringLiteral("SHOW DATABASES"));
        while (q.next()) {
            if (q.value(0).toString().startsWith(QLatin1String("joinery_sim_")))
                names << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

void tst_EngineSimulation::checkNothingLeft(const EngineServer &server)
{
    QCOMPARE(leftovers(server), QStringList());
    QCOMPARE(userRows(server), m_userRowsBefore.value(int(server.kind())));
    QCOMPARE(userRows(server), QStringLiteral("1=mine;2=ours;"));
}

QStringList tst_EngineSimulation::totals(const SimulationResult &result, const Schema &schema)
{
    QStringList lines;
    for (const TableTotals &t : result.totals()) {
        if (t.deleted + t.setNull + t.setDefault + t.updated == 0)
            continue;
        lines << QStringLiteral("%1: %2/%3/%4/%5")
                     .arg(schema.table(t.table)->name)
                     .arg(t.deleted)
                     .arg(t.setNull)
                     .arg(t.setDefault)
                     .arg(t.updated);
    }
    lines.sort();
    return lines;
}

SimulationResult tst_EngineSimulation::simulate(const Schema &schema, Dialect dialect,
                                                const QString &statement)
{
    Schema targeted = schema;
    targeted.targetDialect = Dialects::id(dialect);
    ScratchDatabase db;
    if (!db.isOpen() || !db.createFromSchema(targeted)
        || !db.load(targeted, m_data, ScratchDatabase::LoadMode::Strict)) {
        SimulationResult failed;
        failed.badInput = true;
        failed.error.message = db.error();
        return failed;
    }
    Simulator simulator(&db, targeted);
    return simulator.run({statement, false, false});
}

SimulationResult tst_EngineSimulation::onEngine(const EngineServer &server,
                                                const QString &statement, Id table, bool deleting)
{
    EngineSimulation engine(url(server), server.password());
    if (!engine.connect()) {
        SimulationResult failed;
        failed.badInput = true;
        failed.error.message = engine.error();
        return failed;
    }
    SimulationResult result = engine.run(m_shop.schema, m_data, statement, table, deleting);
    if (!engine.cleanupError().isEmpty())
        result.error.message += QStringLiteral(" / cleanup: ") + engine.cleanupError();
    return result;
}

void tst_EngineSimulation::cascade()
{
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    const Dialect dialect
        = engine.kind() == EngineServer::Kind::PostgreSql ? Dialect::PostgreSQL : Dialect::MariaDB;
    const QString statement = QStringLiteral("DELETE FROM customer WHERE id = 1");
    const SimulationResult real
        = onEngine(engine, statement, m_shop.id(QStringLiteral("customer")), true);
    QVERIFY2(!real.badInput, qPrintable(real.error.message));
    QVERIFY2(real.ok, qPrintable(real.error.message));
    QVERIFY(real.server.startsWith(engine.kind() == EngineServer::Kind::PostgreSql
                                       ? QLatin1String("PostgreSQL ")
                                       : QLatin1String("MariaDB ")));
    // Three levels of cascade (customer → orders → order_line → shipment, the last through a
    // composite key) and SET NULL on another branch.
    const QStringList expected{QStringLiteral("customer: 1/0/0/0"), QStringLiteral("note: 0/2/0/0"),
                               QStringLiteral("order_line: 3/0/0/0"),
                               QStringLiteral("orders: 2/0/0/0"),
                               QStringLiteral("shipment: 3/0/0/0")};
    QCOMPARE(totals(real, m_shop.schema), expected);
    const SimulationResult simulated = simulate(m_shop.schema, dialect, statement);
    QVERIFY2(simulated.ok, qPrintable(simulated.error.message));
    QCOMPARE(totals(simulated, m_shop.schema), totals(real, m_shop.schema));
    // The tree: the statement's own row at depth 0, the deepest cascade at depth 3.
    QCOMPARE(real.nodes.first().depth, 0);
    QCOMPARE(real.nodes.first().rows, 1);
    int deepest = 0;
    for (const EffectNode &node : real.nodes)
        deepest = qMax(deepest, node.depth);
    QCOMPARE(deepest, 3);
    checkNothingLeft(engine);
}

void tst_EngineSimulation::refused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("deleting");
    QTest::addColumn<QString>("key");
    for (const auto &[name, variable] : {std::pair{"postgres", "JOINERY_POSTGRES_ENV"},
                                         std::pair{"mariadb", "JOINERY_MARIADB_ENV"}}) {
        QTest::addRow("%s restrict", name)
            << QString::fromLatin1(variable) << QStringLiteral("DELETE FROM customer WHERE id = 2")
            << true << QStringLiteral("fk_invoice_customer");
        QTest::addRow("%s no action", name)
            << QString::fromLatin1(variable)
            << QStringLiteral("UPDATE customer SET id = 30 WHERE id = 3") << false
            << QStringLiteral("fk_orders_customer");
    }
}

void tst_EngineSimulation::refused()
{
    QFETCH(QString, statement);
    QFETCH(bool, deleting);
    QFETCH(QString, key);
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    const Dialect dialect
        = engine.kind() == EngineServer::Kind::PostgreSql ? Dialect::PostgreSQL : Dialect::MariaDB;
    const SimulationResult real
        = onEngine(engine, statement, m_shop.id(QStringLiteral("customer")), deleting);
    QVERIFY2(!real.badInput, qPrintable(real.error.message));
    QVERIFY(!real.ok);
    QCOMPARE(real.error.kind, SimulationError::Kind::ForeignKey);
    // The engine's own words, naming the key.
    QVERIFY2(real.error.message.contains(key), qPrintable(real.error.message));
    QCOMPARE(real.error.foreignKey, m_shop.keyId(key));
    QVERIFY(real.nodes.isEmpty());
    const SimulationResult simulated = simulate(m_shop.schema, dialect, statement);
    QVERIFY(!simulated.ok);
    QCOMPARE(simulated.error.foreignKey, real.error.foreignKey);
    checkNothingLeft(engine);
}

void tst_EngineSimulation::compositeKey()
{
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    const Dialect dialect
        = engine.kind() == EngineServer::Kind::PostgreSql ? Dialect::PostgreSQL : Dialect::MariaDB;
    // A primary key changed through a composite key: ON UPDATE CASCADE moves both shipments'
    // (order_id, line_no) along; the rows are matched although their keys changed.
    const QString statement = QStringLiteral("UPDATE order_line SET line_no = line_no + 10 "
                                             "WHERE order_id = 10");
    const SimulationResult real
        = onEngine(engine, statement, m_shop.id(QStringLiteral("order_line")), false);
    QVERIFY2(!real.badInput, qPrintable(real.error.message));
    QVERIFY2(real.ok, qPrintable(real.error.message));
    const QStringList expected{QStringLiteral("order_line: 0/0/0/2"),
                               QStringLiteral("shipment: 0/0/0/2")};
    QCOMPARE(totals(real, m_shop.schema), expected);
    const SimulationResult simulated = simulate(m_shop.schema, dialect, statement);
    QVERIFY2(simulated.ok, qPrintable(simulated.error.message));
    QCOMPARE(totals(simulated, m_shop.schema), expected);
    // The shipment rows hang from the composite key.
    QCOMPARE(real.nodes.size(), 2);
    QCOMPARE(real.nodes.at(1).viaKey, m_shop.keyId(QStringLiteral("fk_shipment_line")));
    QCOMPARE(real.nodes.at(1).samples.size(), 2);
    checkNothingLeft(engine);
}

void tst_EngineSimulation::setDefault()
{
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    const bool postgres = engine.kind() == EngineServer::Kind::PostgreSql;
    TestSchema s;
    s.table(QStringLiteral("shelf"), {QStringLiteral("id integer pk")});
    s.table(QStringLiteral("book"),
            {QStringLiteral("id integer pk"), QStringLiteral("shelf_id integer default=0")});
    s.key(QStringLiteral("fk_book_shelf"), QStringLiteral("book"), {QStringLiteral("shelf_id")},
          QStringLiteral("shelf"), {QStringLiteral("id")}, RA::SetDefault, RA::SetDefault);
    SampleData data;
    const Table *shelf = s.schema.tableByName(QStringLiteral("shelf"));
    const Table *book = s.schema.tableByName(QStringLiteral("book"));
    data.tables.insert(shelf->id, {{shelf->columns.at(0).id}, {{0}, {1}}});
    data.tables.insert(
        book->id, {{book->columns.at(0).id, book->columns.at(1).id}, {{1, 1}, {2, 1}, {3, 0}}});
    const QString statement = QStringLiteral("DELETE FROM shelf WHERE id = 1");
    EngineSimulation simulation(url(engine), engine.password());
    QVERIFY2(simulation.connect(), qPrintable(simulation.error()));
    const SimulationResult real = simulation.run(s.schema, data, statement, shelf->id, true);
    QVERIFY2(!real.badInput, qPrintable(real.error.message));
    Schema targeted = s.schema;
    targeted.targetDialect = Dialects::id(simulation.dialect());
    ScratchDatabase db;
    QVERIFY(db.createFromSchema(targeted));
    QVERIFY2(db.load(targeted, data, ScratchDatabase::LoadMode::Strict), qPrintable(db.error()));
    Simulator simulator(&db, targeted);
    const SimulationResult simulated = simulator.run({statement, false, false});
    if (postgres) {
        // The two books go back to shelf 0, the column's default.
        QVERIFY2(real.ok, qPrintable(real.error.message));
        const QStringList expected{QStringLiteral("book: 0/0/2/0"),
                                   QStringLiteral("shelf: 1/0/0/0")};
        QCOMPARE(totals(real, s.schema), expected);
        QCOMPARE(totals(simulated, s.schema), expected);
    } else {
        // MariaDB stores SET DEFAULT as RESTRICT; the simulation under its rules agrees.
        QVERIFY(!real.ok);
        QVERIFY(!simulated.ok);
        QCOMPARE(real.error.kind, SimulationError::Kind::ForeignKey);
    }
    QVERIFY2(simulation.cleanupError().isEmpty(), qPrintable(simulation.cleanupError()));
    checkNothingLeft(engine);
}

void tst_EngineSimulation::deferredCheck()
{
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    const bool postgres = engine.kind() == EngineServer::Kind::PostgreSql;
    TestSchema s;
    s.table(QStringLiteral("parent"), {QStringLiteral("id integer pk")});
    s.table(QStringLiteral("child"),
            {QStringLiteral("id integer pk"), QStringLiteral("pid integer")});
    s.key(QStringLiteral("fk_child_parent"), QStringLiteral("child"), {QStringLiteral("pid")},
          QStringLiteral("parent"), {QStringLiteral("id")}, RA::NoAction, RA::NoAction,
          Deferrability::DeferrableImmediate);
    SampleData data;
    const Table *parent = s.schema.tableByName(QStringLiteral("parent"));
    const Table *child = s.schema.tableByName(QStringLiteral("child"));
    data.tables.insert(parent->id, {{parent->columns.at(0).id}, {{1}, {2}}});
    data.tables.insert(child->id, {{child->columns.at(0).id, child->columns.at(1).id}, {{1, 1}}});
    EngineSimulation simulation(url(engine), engine.password());
    QVERIFY2(simulation.connect(), qPrintable(simulation.error()));
    // Deferred to a COMMIT that the simulation checks before its rollback: still refused.
    const SimulationResult refused = simulation.run(
        s.schema, data, QStringLiteral("DELETE FROM parent WHERE id = 1"), parent->id, true, true);
    QVERIFY2(!refused.badInput, qPrintable(refused.error.message));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.deferred, postgres);
    QCOMPARE(refused.error.foreignKey, s.keyId(QStringLiteral("fk_child_parent")));
    const SimulationResult fine = simulation.run(
        s.schema, data, QStringLiteral("DELETE FROM parent WHERE id = 2"), parent->id, true, true);
    QVERIFY2(fine.ok, qPrintable(fine.error.message));
    QCOMPARE(totals(fine, s.schema), QStringList{QStringLiteral("parent: 1/0/0/0")});
    checkNothingLeft(engine);
}

void tst_EngineSimulation::badDataLeavesNothing()
{
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    // Two customers with one id: the load fails half way, the throw-away database goes anyway.
    const SampleData saved = m_data;
    SampleTable &customers = m_data.tables[m_shop.id(QStringLiteral("customer"))];
    customers.rows.append({1, QStringLiteral("again")});
    const SimulationResult real = onEngine(engine, QStringLiteral("DELETE FROM customer"),
                                           m_shop.id(QStringLiteral("customer")), true);
    m_data = saved;
    QVERIFY(real.badInput);
    QVERIFY2(real.error.message.contains(QLatin1String("customer")),
             qPrintable(real.error.message));
    QVERIFY2(!real.error.message.contains(QLatin1String("cleanup")),
             qPrintable(real.error.message));
    checkNothingLeft(engine);
}

void tst_EngineSimulation::commandLine()
{
    const EngineServer engine = server();
    JOINERY_REQUIRE_ENGINE(engine);
    QString error;
    const QString file = m_dir.filePath(QStringLiteral("shop.joinery"));
    QVERIFY2(SchemaWriter::save(m_shop.schema, file, &error), qPrintable(error));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("JOINERY_PASSWORD"), engine.password());
    process.setProcessEnvironment(environment);
    const QString data = m_dir.filePath(QStringLiteral("shop.sql"));
    {
        QFile sql(data);
        QVERIFY(sql.open(QIODevice::WriteOnly));
        sql.write("INSERT INTO customer VALUES (1, 'Ada'), (2, 'Bob'), (3, 'Cy');\n"
                  "INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2), (13, 3);\n"
                  "INSERT INTO order_line VALUES (10, 1, 5), (10, 2, 1), (11, 1, 2), (12, 1, 3),"
                  " (13, 1, 4);\n"
                  "INSERT INTO shipment VALUES (100, 10, 1), (101, 11, 1), (102, 12, 1),"
                  " (103, 10, 2);\n"
                  "INSERT INTO note VALUES (1, 1), (2, 1), (3, 2), (4, NULL);\n"
                  "INSERT INTO invoice VALUES (1, 2);\n");
    }
    process.start(QStringLiteral(JOINERY_BINARY),
                  {QStringLiteral("simulate"), file, QStringLiteral("--data"), data,
                   QStringLiteral("--delete"),
                   QStringLiteral("customer WHERE id IN (SELECT customer_id FROM orders "
                                  "WHERE id < 12)"),
                   QStringLiteral("--engine"), url(engine), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, (out + err).constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY2(o.value(QStringLiteral("engine"))
                 .toString()
                 .startsWith(engine.kind() == EngineServer::Kind::PostgreSql
                                 ? QLatin1String("PostgreSQL ")
                                 : QLatin1String("MariaDB ")),
             out.constData());
    // The same totals; the order is each one's order of work.
    auto sorted = [](const QJsonValue &totals) {
        QStringList lines;
        for (const QJsonValue &t : totals.toArray())
            lines << QString::fromUtf8(QJsonDocument(t.toObject()).toJson(QJsonDocument::Compact));
        lines.sort();
        return lines;
    };
    QCOMPARE(sorted(o.value(QStringLiteral("totals"))).size(), 5);
    QCOMPARE(sorted(o.value(QStringLiteral("sqlite")).toObject().value(QStringLiteral("totals"))),
             sorted(o.value(QStringLiteral("totals"))));
    QCOMPARE(o.value(QStringLiteral("differences")).toArray(), QJsonArray());
    checkNothingLeft(engine);

    // Generated rows of the bundled sample, time stamps with a zone among them (which
    // MariaDB takes only as UTC without the zone): both agree, nothing is left.
    process.start(QStringLiteral(JOINERY_BINARY),
                  {QStringLiteral("simulate"), QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery"),
                   QStringLiteral("--generate"), QStringLiteral("5"), QStringLiteral("--delete"),
                   QStringLiteral("users WHERE id = 1"), QStringLiteral("--engine"), url(engine),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray sampleOut = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, (sampleOut + process.readAllStandardError()).constData());
    QCOMPARE(QJsonDocument::fromJson(sampleOut).object().value(QStringLiteral("differences")),
             QJsonValue(QJsonArray()));
    checkNothingLeft(engine);

    // A server that is not there: bad input, exit 2, still a JSON object.
    QUrl unreachable(url(engine));
    unreachable.setPort(1);
    process.start(QStringLiteral(JOINERY_BINARY),
                  {QStringLiteral("simulate"), file, QStringLiteral("--generate"),
                   QStringLiteral("2"), QStringLiteral("--delete"), QStringLiteral("customer"),
                   QStringLiteral("--engine"), unreachable.toString(), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput())
                 .object()
                 .value(QStringLiteral("badInput"))
                 .toBool(),
             true);
}

QTEST_GUILESS_MAIN(tst_EngineSimulation)
#include "tst_enginesimulation.moc"
