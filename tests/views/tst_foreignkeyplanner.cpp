#include "canvastesthelpers.h"
#include "document.h"
#include "foreignkeyplanner.h"

#include <QtTest>

using namespace CanvasTest;

// The rules that turn a drag into a key, without the mouse.
class TestForeignKeyPlanner : public QObject
{
    Q_OBJECT

private slots:
    void singular_data();
    void singular();
    void headerToHeaderReusesMatchingColumn();
    void headerToHeaderAvoidsIncompatibleName();
    void columnToCompositeKeyIsRefused();
    void typeMismatchIsRefused();
    void keyNamesAreUnique();
};

void TestForeignKeyPlanner::singular_data()
{
    QTest::addColumn<QString>("plural");
    QTest::addColumn<QString>("singular");
    QTest::newRow("users") << "users" << "user";
    QTest::newRow("categories") << "categories" << "category";
    QTest::newRow("addresses") << "addresses" << "address";
    QTest::newRow("status") << "status" << "statu"; // a known limit of a rule this small
    QTest::newRow("person") << "person" << "person";
    QTest::newRow("class") << "class" << "class";
}

void TestForeignKeyPlanner::singular()
{
    QFETCH(QString, plural);
    QFETCH(QString, singular);
    QCOMPARE(ForeignKeyPlanner::singular(plural), singular);
}

void TestForeignKeyPlanner::headerToHeaderReusesMatchingColumn()
{
    Document doc;
    const Column id = column(&doc, QStringLiteral("id"), LogicalType::BigInt, false);
    const Table users = table(&doc, QStringLiteral("users"), {}, {id});
    const Column userId = column(&doc, QStringLiteral("user_id"), LogicalType::Integer);
    const Table orders = table(&doc, QStringLiteral("orders"), {},
                               {column(&doc, QStringLiteral("id"), LogicalType::BigInt, false), userId});
    add(&doc, users);
    add(&doc, orders);
    const ForeignKeyPlan plan = ForeignKeyPlanner::plan(doc.schema(), orders.id, 0, users.id, 0);
    QVERIFY(plan.valid);
    QVERIFY(plan.newColumns.isEmpty()); // integer and bigint are one family
    QCOMPARE(plan.key.childColumns, QVector<Id>{userId.id});
    QCOMPARE(plan.key.name, QStringLiteral("fk_orders_user"));
}

void TestForeignKeyPlanner::headerToHeaderAvoidsIncompatibleName()
{
    Document doc;
    const Table users = table(&doc, QStringLiteral("users"), {},
                              {column(&doc, QStringLiteral("id"), LogicalType::BigInt, false)});
    const Table orders = table(&doc, QStringLiteral("orders"), {},
                               {column(&doc, QStringLiteral("id"), LogicalType::BigInt, false),
                                column(&doc, QStringLiteral("user_id"), LogicalType::Text)});
    add(&doc, users);
    add(&doc, orders);
    const ForeignKeyPlan plan = ForeignKeyPlanner::plan(doc.schema(), orders.id, 0, users.id, 0);
    QVERIFY(plan.valid);
    QCOMPARE(plan.newColumns.size(), 1);
    QCOMPARE(plan.newColumns.first().name, QStringLiteral("user_id_2"));
    const Id keyId = ForeignKeyPlanner::apply(&doc, plan);
    const ForeignKey *key = doc.schema().foreignKey(keyId);
    QVERIFY(key);
    QCOMPARE(doc.schema().column(key->childColumns.first())->name, QStringLiteral("user_id_2"));
    QCOMPARE(doc.schema().column(key->childColumns.first())->type, DataType(LogicalType::BigInt));
}

void TestForeignKeyPlanner::columnToCompositeKeyIsRefused()
{
    Document doc;
    const Table lines = table(&doc, QStringLiteral("lines"), {},
                              {column(&doc, QStringLiteral("a"), LogicalType::Integer, false),
                               column(&doc, QStringLiteral("b"), LogicalType::Integer, false)}, 2);
    const Column ref = column(&doc, QStringLiteral("ref"), LogicalType::Integer);
    const Table other = table(&doc, QStringLiteral("other"), {}, {ref}, 0);
    add(&doc, lines);
    add(&doc, other);
    const ForeignKeyPlan plan = ForeignKeyPlanner::plan(doc.schema(), other.id, ref.id, lines.id, 0);
    QVERIFY(!plan.valid);
    QVERIFY(plan.reason.contains(QStringLiteral("header")));
    // And a parent without a primary key cannot be referenced by its header.
    const ForeignKeyPlan none = ForeignKeyPlanner::plan(doc.schema(), lines.id, 0, other.id, 0);
    QVERIFY(!none.valid);
    QVERIFY(none.reason.contains(QStringLiteral("no primary key")));
}

void TestForeignKeyPlanner::typeMismatchIsRefused()
{
    Document doc;
    const Column id = column(&doc, QStringLiteral("id"), LogicalType::Uuid, false);
    const Table users = table(&doc, QStringLiteral("users"), {}, {id});
    const Column ref = column(&doc, QStringLiteral("user_id"), LogicalType::Date);
    const Table orders = table(&doc, QStringLiteral("orders"), {}, {ref}, 0);
    add(&doc, users);
    add(&doc, orders);
    const ForeignKeyPlan plan = ForeignKeyPlanner::plan(doc.schema(), orders.id, ref.id, users.id, id.id);
    QVERIFY(!plan.valid);
    QVERIFY(plan.reason.contains(QStringLiteral("cannot be compared")));
}

void TestForeignKeyPlanner::keyNamesAreUnique()
{
    Document doc;
    const Table users = table(&doc, QStringLiteral("users"), {},
                              {column(&doc, QStringLiteral("id"), LogicalType::BigInt, false)});
    const Table orders = table(&doc, QStringLiteral("orders"), {},
                               {column(&doc, QStringLiteral("id"), LogicalType::BigInt, false)});
    add(&doc, users);
    add(&doc, orders);
    const ForeignKeyPlan first = ForeignKeyPlanner::plan(doc.schema(), orders.id, 0, users.id, 0);
    ForeignKeyPlanner::apply(&doc, first);
    const ForeignKeyPlan second = ForeignKeyPlanner::plan(doc.schema(), orders.id, 0, users.id, 0);
    QCOMPARE(second.key.name, QStringLiteral("fk_orders_user_2"));
    QVERIFY(second.valid);
    // The second key finds the first key's column by name and reuses it.
    QVERIFY(second.newColumns.isEmpty());
}

QTEST_MAIN(TestForeignKeyPlanner)
#include "tst_foreignkeyplanner.moc"
