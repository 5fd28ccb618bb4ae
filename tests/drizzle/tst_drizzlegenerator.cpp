#include "drizzle/drizzlegenerator.h"
#include "drizzle/drizzlenames.h"
#include "drizzle/tabledependencyorder.h"
#include "drizzlecases.h"
#include "schemabuilder.h"

#include <QDir>
#include <QFile>
#include <QTest>

// The Drizzle modules compared whole with golden files (tests/drizzle/golden/<case>.<target>.ts).
// JOINERY_UPDATE_GOLDEN=1 rewrites them; a reviewer reads the diff. tst_drizzleverify then
// proves the same modules type-check and produce the right catalog with Drizzle's own tools.
class TestDrizzleGenerator : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void camelCase_data();
    void camelCase();
    void namesAvoidReservedWordsAndCollisions();
    void dependencyOrderPutsParentsFirst();
    void cycleMembersAreMarked();
    void emptySchema();
    void defaultKeyNameIsDrizzles();
};

void TestDrizzleGenerator::golden_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<int>("target");
    for (const DrizzleCase &c : drizzleCases()) {
        for (DrizzleTarget target : DrizzleTargets::all()) {
            const QString row = c.name + QLatin1Char('.') + DrizzleTargets::id(target);
            QTest::newRow(qPrintable(row)) << c.name << int(target);
        }
    }
}

void TestDrizzleGenerator::golden()
{
    QFETCH(QString, caseName);
    QFETCH(int, target);
    Schema schema;
    for (const DrizzleCase &c : drizzleCases()) {
        if (c.name == caseName)
            schema = c.schema;
    }
    const auto generator = DrizzleGenerator::create(DrizzleTarget(target));
    const QString actual = generator->generate(schema);
    QCOMPARE(generator->generate(schema), actual); // pure: same schema, same text

    const QString path = QStringLiteral(JOINERY_SOURCE_DIR "/tests/drizzle/golden/%1.%2.ts")
                             .arg(caseName, DrizzleTargets::id(DrizzleTarget(target)));
    if (qEnvironmentVariableIntValue("JOINERY_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
        out.write(actual.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1: %2 (JOINERY_UPDATE_GOLDEN=1 writes it)")
                            .arg(path, file.errorString())));
    JOINERY_COMPARE_SNAPSHOT(actual.toUtf8(), file.readAll());
}

void TestDrizzleGenerator::camelCase_data()
{
    QTest::addColumn<QString>("sqlName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("snake") << "order_lines"
                           << "orderLines";
    QTest::newRow("pascal") << "OrderLines"
                            << "orderLines";
    QTest::newRow("upper") << "ORDER_ID"
                           << "orderId";
    QTest::newRow("spaces") << "  unit  price "
                            << "unitPrice";
    QTest::newRow("digit first") << "2fa codes"
                                 << "_2faCodes";
    QTest::newRow("unicode") << "Größe"
                             << "größe";
    QTest::newRow("nothing usable") << "'-'"
                                    << "fallback";
    QTest::newRow("mixed") << "userID_v2"
                           << "userIdV2";
    QTest::newRow("apostrophe") << "user's data"
                                << "usersData";
}

void TestDrizzleGenerator::camelCase()
{
    QFETCH(QString, sqlName);
    QFETCH(QString, expected);
    QCOMPARE(DrizzleNames::camelCase(sqlName, QStringLiteral("fallback")), expected);
}

void TestDrizzleGenerator::namesAvoidReservedWordsAndCollisions()
{
    DrizzleNames names({QStringLiteral("integer"), QStringLiteral("sql")}, QStringLiteral("Table"));
    QCOMPARE(names.take(QStringLiteral("delete"), QStringLiteral("table")),
             QStringLiteral("deleteTable"));
    QCOMPARE(names.take(QStringLiteral("integer"), QStringLiteral("table")),
             QStringLiteral("integerTable"));
    QCOMPARE(names.take(QStringLiteral("order_lines"), QStringLiteral("table")),
             QStringLiteral("orderLines"));
    QCOMPARE(names.take(QStringLiteral("OrderLines"), QStringLiteral("table")),
             QStringLiteral("orderLinesTable"));
    QCOMPARE(names.take(QStringLiteral("ORDER_LINES"), QStringLiteral("table")),
             QStringLiteral("orderLinesTable2"));
    QCOMPARE(names.take(QStringLiteral("orderLinesTable"), QStringLiteral("table")),
             QStringLiteral("orderLinesTableTable"));

    DrizzleNames keys({QStringLiteral("_")}, QStringLiteral("Column"), false);
    QCOMPARE(keys.take(QStringLiteral("delete"), QStringLiteral("column")),
             QStringLiteral("delete"));
    QCOMPARE(keys.take(QStringLiteral("_"), QStringLiteral("column")), QStringLiteral("column"));
    QCOMPARE(keys.take(QStringLiteral("__"), QStringLiteral("column")),
             QStringLiteral("columnColumn"));
}

void TestDrizzleGenerator::dependencyOrderPutsParentsFirst()
{
    SchemaBuilder b;
    b.table(QStringLiteral("c"), {QStringLiteral("id integer pk"), QStringLiteral("b_id integer")});
    b.table(QStringLiteral("b"), {QStringLiteral("id integer pk"), QStringLiteral("a_id integer")});
    b.table(QStringLiteral("x"), {QStringLiteral("id integer pk")});
    b.table(QStringLiteral("a"), {QStringLiteral("id integer pk")});
    b.key(QString(), QStringLiteral("c"), {QStringLiteral("b_id")}, QStringLiteral("b"),
          {QStringLiteral("id")});
    b.key(QString(), QStringLiteral("b"), {QStringLiteral("a_id")}, QStringLiteral("a"),
          {QStringLiteral("id")});
    const TableDependencyOrder order(b.schema);
    QStringList names;
    for (Id id : order.tables())
        names << b.schema.table(id)->name;
    // x is independent and comes in document order as soon as it is first among the ready.
    QCOMPARE(names,
             (QStringList{QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b"),
                          QStringLiteral("c")}));
}

void TestDrizzleGenerator::cycleMembersAreMarked()
{
    Schema schema;
    for (const DrizzleCase &c : drizzleCases()) {
        if (c.name == QLatin1String("cycle3"))
            schema = c.schema;
    }
    const TableDependencyOrder order(schema);
    const auto id = [&](const char *name) {
        return schema.tableByName(QLatin1String(name))->id;
    };
    QStringList names;
    for (Id tableId : order.tables())
        names << schema.table(tableId)->name;
    // The cycle (teams, people, desks) keeps document order; audits hangs off it and follows.
    QCOMPARE(names,
             (QStringList{QStringLiteral("teams"), QStringLiteral("people"),
                          QStringLiteral("desks"), QStringLiteral("audits")}));
    QVERIFY(order.inCycle(id("teams"), id("people")));
    QVERIFY(order.inCycle(id("desks"), id("teams")));
    QVERIFY(order.inCycle(id("teams"), id("teams")));
    QVERIFY(!order.inCycle(id("audits"), id("teams")));
}

void TestDrizzleGenerator::emptySchema()
{
    for (DrizzleTarget target : DrizzleTargets::all()) {
        const QString text = DrizzleGenerator::create(target)->generate(Schema());
        QVERIFY(text.endsWith(QLatin1String("export {};\n")));
        QVERIFY(!text.contains(QLatin1String("import")));
    }
}

void TestDrizzleGenerator::defaultKeyNameIsDrizzles()
{
    const Schema shop = loadSample(QStringLiteral("shop.joinery"));
    const ForeignKey *key = nullptr;
    for (Id id : shop.foreignKeyIds()) {
        if (shop.foreignKey(id)->name == QLatin1String("fk_order_items_product"))
            key = shop.foreignKey(id);
    }
    QVERIFY(key);
    // drizzle-orm's ForeignKey.getName(): table, columns, foreign table, foreign columns, "fk".
    QCOMPARE(DrizzleGenerator::defaultKeyName(shop, *key),
             QStringLiteral("order_items_product_id_products_id_fk"));
}

QTEST_GUILESS_MAIN(TestDrizzleGenerator)
#include "tst_drizzlegenerator.moc"
