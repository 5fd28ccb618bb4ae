#include "schemareader.h"
#include "schemawriter.h"
#include "testschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using RA = ReferentialAction;

// Runs the built `joinery simulate` and reads its exit status, text and JSON.
class tst_SimulateCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_schema, m_data;

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(JOINERY_BINARY),
                      QStringList{QStringLiteral("simulate")} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSchema s;
        s.schema.name = QStringLiteral("shop");
        s.table(QStringLiteral("customer"),
                {QStringLiteral("id integer pk"), QStringLiteral("name text notnull")});
        s.table(QStringLiteral("orders"),
                {QStringLiteral("id integer pk"), QStringLiteral("customer integer notnull")});
        s.table(QStringLiteral("line"),
                {QStringLiteral("id integer pk"), QStringLiteral("orders integer")});
        s.table(QStringLiteral("invoice"),
                {QStringLiteral("id integer pk"), QStringLiteral("orders integer")});
        s.key(QStringLiteral("fk_orders_customer"), QStringLiteral("orders"),
              {QStringLiteral("customer")}, QStringLiteral("customer"), {QStringLiteral("id")},
              RA::Cascade, RA::Cascade);
        s.key(QStringLiteral("fk_line_orders"), QStringLiteral("line"), {QStringLiteral("orders")},
              QStringLiteral("orders"), {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        s.key(QStringLiteral("fk_invoice_orders"), QStringLiteral("invoice"),
              {QStringLiteral("orders")}, QStringLiteral("orders"), {QStringLiteral("id")},
              RA::SetNull, RA::Restrict);
        QString error;
        m_schema = m_dir.filePath(QStringLiteral("shop.joinery"));
        QVERIFY2(SchemaWriter::save(s.schema, m_schema, &error), qPrintable(error));
        m_data = write(QStringLiteral("data.sql"),
                       "-- customers first, but order does not matter\n"
                       "INSERT INTO line VALUES (100, 10), (101, 10), (102, 11);\n"
                       "INSERT INTO customer VALUES (1, 'Ada'), (2, 'Bob');\n"
                       "BEGIN;\n"
                       "INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2);\n"
                       "INSERT INTO invoice VALUES (1000, 10), (1001, 12);\n"
                       "COMMIT;\n");
    }

    void deleteCascadesAsJson()
    {
        const Run r = run({m_schema, QStringLiteral("--data"), m_data, QStringLiteral("--delete"),
                           QStringLiteral("customer WHERE id = 1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        // Within one depth the effects come in the order the engine worked.
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        const QByteArray effects = QJsonDocument(o.value(QStringLiteral("effects")).toArray())
                                       .toJson(QJsonDocument::Compact);
        QCOMPARE(effects,
                 QByteArray("[{\"action\":\"deleted\",\"depth\":0,\"rows\":1,\"table\":"
                            "\"customer\",\"via\":null},"
                            "{\"action\":\"deleted\",\"depth\":1,\"rows\":2,\"table\":\"orders\","
                            "\"via\":\"fk_orders_customer\"},"
                            "{\"action\":\"set-null\",\"depth\":2,\"rows\":1,\"table\":\"invoice\","
                            "\"via\":\"fk_invoice_orders\"},"
                            "{\"action\":\"deleted\",\"depth\":2,\"rows\":3,\"table\":\"line\","
                            "\"via\":\"fk_line_orders\"}]"));
    }

    // The schema's target engine: its rules, and the result says so.
    void targetEngineRules()
    {
        SchemaReader reader;
        QVERIFY(reader.readFile(m_schema));
        Schema schema = reader.schema();
        schema.targetDialect = QStringLiteral("mariadb");
        const QString path = m_dir.filePath(QStringLiteral("shop-mariadb.joinery"));
        QString error;
        QVERIFY2(SchemaWriter::save(schema, path, &error), qPrintable(error));
        const Run r = run({path, QStringLiteral("--data"), m_data, QStringLiteral("--delete"),
                           QStringLiteral("customer WHERE id = 1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rules = r.json().value(QStringLiteral("engineRules")).toObject();
        QCOMPARE(rules.value(QStringLiteral("engine")).toString(), QStringLiteral("MariaDB"));
        QCOMPARE(rules.value(QStringLiteral("differences")).toArray().first().toString(),
                 QStringLiteral("NO ACTION is checked row by row, like RESTRICT"));
        const Run text = run({path, QStringLiteral("--data"), m_data, QStringLiteral("--delete"),
                              QStringLiteral("customer WHERE id = 1")});
        QVERIFY(QString::fromUtf8(text.out).endsWith(
            QStringLiteral("MariaDB's rules applied where they differ from "
                           "SQLite's: NO ACTION is checked row by row, like "
                           "RESTRICT; no key check can be deferred; SET DEFAULT "
                           "is stored as RESTRICT; cascades stop after 15 "
                           "levels; an ON UPDATE CASCADE or SET NULL that comes "
                           "back to a table it already updated acts like "
                           "RESTRICT.\n")));
    }

    void updateRefusedAsJson()
    {
        const Run r
            = run({m_schema, QStringLiteral("--data"), m_data, QStringLiteral("--update"),
                   QStringLiteral("orders SET id = 20 WHERE id = 10"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(error.value(QStringLiteral("foreignKey")).toString(),
                 QStringLiteral("fk_invoice_orders"));
        QCOMPARE(error.value(QStringLiteral("childTable")).toString(), QStringLiteral("invoice"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("FOREIGN KEY constraint failed"));
        QCOMPARE(error.value(QStringLiteral("childRows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInt(),
                 1000);
    }

    void textOutput()
    {
        const Run r = run({m_schema, QStringLiteral("--data"), m_data, QStringLiteral("--delete"),
                           QStringLiteral("orders WHERE id = 12")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral(
                     "The statement would succeed (rolled back).\n"
                     "  orders: 1 row(s) deleted, depth 0\n"
                     "    invoice: 1 row(s) set to NULL via fk_invoice_orders (SET NULL), depth 1\n"
                     "Totals:\n"
                     "  orders: 1 deleted\n"
                     "  invoice: 1 set to NULL\n"));
    }

    void generatedData()
    {
        const Run a
            = run({m_schema, QStringLiteral("--generate"), QStringLiteral("50"),
                   QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--delete"),
                   QStringLiteral("customer WHERE id <= 10"), QStringLiteral("--json")});
        QCOMPARE(a.exitCode, 0);
        const Run b
            = run({m_schema, QStringLiteral("--generate"), QStringLiteral("50"),
                   QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--delete"),
                   QStringLiteral("customer WHERE id <= 10"), QStringLiteral("--json")});
        QCOMPARE(a.out, b.out); // deterministic for a seed
        const QJsonArray effects = a.json().value(QStringLiteral("effects")).toArray();
        QCOMPARE(effects.first().toObject().value(QStringLiteral("rows")).toInt(), 10);
        QVERIFY(effects.size() >= 3);
    }

    void deferredRefusal()
    {
        const Run r
            = run({m_schema, QStringLiteral("--data"), m_data, QStringLiteral("--update"),
                   QStringLiteral("orders SET id = 20 WHERE id = 10"), QStringLiteral("--defer")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("COMMIT would fail"), r.out.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString data = QStringLiteral("--data");
        QTest::newRow("second statement")
            << QStringList{data, "DATA", "--delete", "customer; DELETE FROM orders"}
            << "Only one statement can be simulated";
        QTest::newRow("pragma") << QStringList{data, "DATA", "--update",
                                               "customer SET id = 1; PRAGMA foreign_keys = OFF"}
                                << "Only one statement can be simulated";
        QTest::newRow("unknown table")
            << QStringList{data, "DATA", "--delete", "nosuch"} << "no such table: nosuch";
        QTest::newRow("unknown column")
            << QStringList{data, "DATA", "--delete", "customer WHERE nosuch = 1"}
            << "no such column: nosuch";
        QTest::newRow("bad where")
            << QStringList{data, "DATA", "--delete", "customer WHERE id ="} << "incomplete input";
        QTest::newRow("attach via update")
            << QStringList{data, "DATA", "--update",
                           "customer SET name = 'x' WHERE id IN (SELECT 1); ATTACH 'x.db' AS x"}
            << "Only one statement can be simulated";
        QTest::newRow("no statement")
            << QStringList{data, "DATA"} << "give either --delete or --update";
        QTest::newRow("no data") << QStringList{"--delete", "customer"}
                                 << "give either --data DATA.sql or --generate N";
        QTest::newRow("both data")
            << QStringList{data, "DATA", "--generate", "3", "--delete", "customer"}
            << "give either --data DATA.sql or --generate N";
        QTest::newRow("bad count") << QStringList{"--generate", "many", "--delete", "customer"}
                                   << "--generate needs a number";
        QTest::newRow("missing data file")
            << QStringList{data, "/nonexistent/x.sql", "--delete", "customer"}
            << "Cannot read /nonexistent/x.sql";
        QTest::newRow("data breaks a key") << QStringList{data, "ORPHAN", "--delete", "customer"}
                                           << "row 1 of \"orders\" has no parent in \"customer\"";
        QTest::newRow("data not an insert") << QStringList{data, "DELETING", "--delete", "customer"}
                                            << "line 2: only INSERT statements are allowed";
        QTest::newRow("data breaks not null")
            << QStringList{data, "NOTNULL", "--delete", "customer"}
            << "line 1: NOT NULL constraint failed: customer.name";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(
            QStringLiteral("ORPHAN"),
            write(QStringLiteral("orphan.sql"), "INSERT INTO orders VALUES (1, 99);\n"));
        arguments.replaceInStrings(
            QStringLiteral("DELETING"),
            write(QStringLiteral("deleting.sql"),
                  "INSERT INTO customer VALUES (1, 'a');\nDELETE FROM customer;\n"));
        arguments.replaceInStrings(
            QStringLiteral("NOTNULL"),
            write(QStringLiteral("notnull.sql"), "INSERT INTO customer VALUES (1, NULL);\n"));
        arguments.replaceInStrings(QStringLiteral("DATA"), m_data);
        Run r = run(QStringList{m_schema} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // The JSON form says the same in an object.
        r = run(QStringList{m_schema} + arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(message));
    }

    void bundledSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstEffects");
        // Generated data tells a story (SampleGeneratorSpread): the first rows of a parent
        // can go, with the keys' actions at work; later ones are held by refusing keys.
        // User 1 has a profile and reviews but no orders; user 30 has orders (RESTRICT).
        QTest::newRow("shop") << "shop"
                              << "users WHERE id = 1" << 0 << "users deleted";
        QTest::newRow("shop refused") << "shop"
                                      << "users WHERE id = 30" << 1 << "fk_orders_user";
        QTest::newRow("employees") << "employees"
                                   << "employees WHERE id = 1" << 0 << "employees deleted";
        // Tenants cascade to products, whose order lines (a composite key, NO ACTION) block
        // a later tenant's delete.
        QTest::newRow("composite-key") << "composite-key"
                                       << "tenants WHERE id = 1" << 0 << "tenants deleted";
        QTest::newRow("composite-key refused")
            << "composite-key"
            << "tenants WHERE id = 30" << 1 << "fk_order_lines_product";
        QTest::newRow("cycle") << "cycle"
                               << "stores WHERE id = 1" << 0 << "stores deleted";
    }
    void bundledSamples()
    {
        QFETCH(QString, sample);
        QFETCH(QString, statement);
        QFETCH(int, exitCode);
        QFETCH(QString, firstEffects);
        const Run r = run({QStringLiteral(JOINERY_SAMPLES_DIR "/%1.joinery").arg(sample),
                           QStringLiteral("--generate"), QStringLiteral("30"),
                           QStringLiteral("--delete"), statement, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), exitCode == 0);
        if (exitCode == 0) {
            const QJsonObject first
                = o.value(QStringLiteral("effects")).toArray().first().toObject();
            QCOMPARE(first.value(QStringLiteral("table")).toString() + QLatin1Char(' ')
                         + first.value(QStringLiteral("action")).toString(),
                     firstEffects);
        } else {
            QCOMPARE(o.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("foreignKey"))
                         .toString(),
                     firstEffects);
        }
    }

    void unreadableSchema()
    {
        const QString broken = write(QStringLiteral("broken.joinery"), "{ not json");
        const Run r = run({broken, QStringLiteral("--generate"), QStringLiteral("1"),
                           QStringLiteral("--delete"), QStringLiteral("customer")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SimulateCommand)
#include "tst_simulatecommand.moc"
