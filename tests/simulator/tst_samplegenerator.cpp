#include "schemareader.h"
#include "simulator/samplegenerator.h"
#include "simulatortestsupport.h"

using RA = ReferentialAction;

// Generated rows must load into the engine with every key and constraint checked, the same
// seed must give the same rows, and cancelling must stop it.
class tst_SampleGenerator : public QObject
{
    Q_OBJECT

private:
    static Schema sample(const QString &name)
    {
        SchemaReader reader;
        if (!reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/%1.joinery").arg(name)))
            qWarning("%s", qPrintable(reader.error()));
        return reader.schema();
    }

private slots:
    void samplesLoadStrictly_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"shop", "employees", "composite-key", "cycle"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void samplesLoadStrictly()
    {
        QFETCH(QString, name);
        const Schema schema = sample(name);
        QVERIFY(schema.tableCount() > 0);
        SampleGenerator generator(schema, 200, 42);
        SampleData data;
        QVERIFY(generator.generate(&data));
        QCOMPARE(generator.skipped(), 0);
        for (Id t : schema.tableIds())
            QCOMPARE(data.tables.value(t).rows.size(), 200);
        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(schema), qPrintable(db.error()));
        QVERIFY2(db.load(schema, data, ScratchDatabase::LoadMode::Strict), qPrintable(db.error()));
        QVector<ScratchDatabase::Violation> violations;
        QVERIFY(db.foreignKeyViolations(&violations));
        QVERIFY(violations.isEmpty());
        SampleData back;
        QVERIFY(db.read(schema, &back));
        QCOMPARE(back.rowCount(), data.rowCount());
    }

    void deterministic()
    {
        const Schema schema = sample(QStringLiteral("shop"));
        SampleData a, b, c;
        QVERIFY(SampleGenerator(schema, 30, 7).generate(&a));
        QVERIFY(SampleGenerator(schema, 30, 7).generate(&b));
        QVERIFY(SampleGenerator(schema, 30, 8).generate(&c));
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void hardCases()
    {
        TestSchema s;
        s.table(
            QStringLiteral("product"),
            {QStringLiteral("id integer pk"), QStringLiteral("code varchar(1) unique notnull")});
        s.table(QStringLiteral("orders"), {QStringLiteral("id integer pk")});
        // The primary key is made of two keys: pairs must stay unique.
        s.table(QStringLiteral("item"),
                {QStringLiteral("orders integer pk"), QStringLiteral("product integer pk")});
        s.table(QStringLiteral("node"),
                {QStringLiteral("id integer pk"), QStringLiteral("parent integer notnull")});
        s.table(QStringLiteral("a"),
                {QStringLiteral("id integer pk"), QStringLiteral("b integer notnull")});
        s.table(QStringLiteral("b"),
                {QStringLiteral("id integer pk"), QStringLiteral("a integer notnull")});
        s.key(QStringLiteral("fk_item_orders"), QStringLiteral("item"), {QStringLiteral("orders")},
              QStringLiteral("orders"), {QStringLiteral("id")}, RA::Cascade);
        s.key(QStringLiteral("fk_item_product"), QStringLiteral("item"),
              {QStringLiteral("product")}, QStringLiteral("product"), {QStringLiteral("id")},
              RA::Cascade);
        s.key(QStringLiteral("fk_node_parent"), QStringLiteral("node"), {QStringLiteral("parent")},
              QStringLiteral("node"), {QStringLiteral("id")}, RA::Cascade);
        s.key(QStringLiteral("fk_a_b"), QStringLiteral("a"), {QStringLiteral("b")},
              QStringLiteral("b"), {QStringLiteral("id")}, RA::Cascade, RA::NoAction,
              Deferrability::DeferrableDeferred);
        s.key(QStringLiteral("fk_b_a"), QStringLiteral("b"), {QStringLiteral("a")},
              QStringLiteral("a"), {QStringLiteral("id")}, RA::Cascade, RA::NoAction,
              Deferrability::DeferrableDeferred);
        SampleGenerator generator(s.schema, 60, 3);
        SampleData data;
        QVERIFY(generator.generate(&data));
        // varchar(1) holds 36 distinct codes (base 36); the other rows are left out.
        QCOMPARE(data.tables.value(s.id(QStringLiteral("product"))).rows.size(), 36);
        QCOMPARE(generator.skipped(), 24);
        QCOMPARE(data.tables.value(s.id(QStringLiteral("item"))).rows.size(), 60);
        ScratchDatabase db;
        QVERIFY(db.createFromSchema(s.schema));
        QVERIFY2(db.load(s.schema, data, ScratchDatabase::LoadMode::Strict),
                 qPrintable(db.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM node")).toInt(), 60);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM a")).toInt(), 60);
    }

    void cancel()
    {
        const Schema schema = sample(QStringLiteral("shop"));
        SampleGenerator generator(schema, 100000, 1);
        SampleData data;
        int calls = 0;
        QVERIFY(!generator.generate(&data, [&](int done, int total) {
            ++calls;
            return done < total / 10; // stop after a tenth
        }));
        QCOMPARE(generator.error(), QStringLiteral("Cancelled."));
        QVERIFY(calls > 1);
        QVERIFY(data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SampleGenerator)
#include "tst_samplegenerator.moc"
