#include "ddl/cascadegraph.h"
#include "referencecascadepaths.h"
#include "schema.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

// SQL Server's cascade-path check (CascadeGraph, on CascadeClosure) against the search it
// replaced (ReferenceCascadePaths, kept verbatim): the same problems, word for word, in the
// same order, on random graphs with cycles, self-references, repeated pairs, diamonds, composite
// keys and ties between equally near ancestors, in random creation and table orders.
class TestCascadeGraph : public QObject
{
    Q_OBJECT
private slots:
    void sameAsReference_data();
    void sameAsReference();
    void bigGraphSameAsReference();
    void diamondNamesBothPaths();
};

namespace {

const ReferentialAction Actions[]
    = {ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
       ReferentialAction::SetNull, ReferentialAction::SetDefault};

struct RandomCase
{
    Schema schema;
    QVector<Id> creationOrder;
};

// `tables` tables in a random order of their ids, `keys` keys between random tables (a parent
// among the `reachBack` tables before the child most of the time, so that deep chains and
// diamonds form), each action cascading with probability `cascading` percent.
RandomCase randomCase(quint32 seed, int tables, int keys, int reachBack, int cascading)
{
    QRandomGenerator random(seed);
    RandomCase result;
    Schema &schema = result.schema;
    QVector<Id> ids;
    for (int i = 0; i < tables; ++i)
        ids << schema.allocateId();
    std::shuffle(ids.begin(), ids.end(), random);
    for (int i = 0; i < tables; ++i) {
        Table table;
        table.id = ids.at(i);
        table.name = QStringLiteral("t%1").arg(i);
        // Two columns; a third of the tables have a composite primary key over both, so that
        // a third of the keys are composite.
        for (const QString &name : {QStringLiteral("id"), QStringLiteral("part")}) {
            Column column;
            column.id = schema.allocateId();
            column.name = name;
            table.columns << column;
        }
        table.primaryKey << table.columns.at(0).id;
        if (random.bounded(3) == 0)
            table.primaryKey << table.columns.at(1).id;
        schema.insertTable(random.bounded(schema.tableCount() + 1), table);
    }
    const QVector<Id> byIndex = schema.tableIds();
    auto action = [&] {
        if (int(random.bounded(100)) < cascading)
            return Actions[2 + random.bounded(3)];
        return Actions[random.bounded(2)];
    };
    for (int k = 0; k < keys; ++k) {
        const int child = random.bounded(tables);
        int parent = random.bounded(tables);
        if (random.bounded(10) < 8 && child > 0)
            parent = std::max(0, child - 1 - int(random.bounded(std::min(child, reachBack))));
        ForeignKey key;
        key.id = schema.allocateId();
        key.name = QStringLiteral("fk_%1").arg(k);
        key.childTable = byIndex.at(child);
        key.parentTable = byIndex.at(parent);
        key.parentColumns = schema.table(key.parentTable)->primaryKey;
        for (int i = 0; i < key.parentColumns.size(); ++i)
            key.childColumns << schema.table(key.childTable)->columns.at(i).id;
        key.onDelete = action();
        key.onUpdate = action();
        schema.insertForeignKey(schema.foreignKeyCount(), key);
    }
    result.creationOrder = schema.foreignKeyIds();
    std::shuffle(result.creationOrder.begin(), result.creationOrder.end(), random);
    return result;
}

QString differences(const QVector<Problem> &actual, const QVector<Problem> &expected)
{
    QString text;
    for (int i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = i < actual.size() ? actual.at(i).toLine() : QStringLiteral("(none)");
        const QString e = i < expected.size() ? expected.at(i).toLine() : QStringLiteral("(none)");
        if (a != e)
            text += QStringLiteral("\n#%1\n  new: %2\n  old: %3").arg(i).arg(a, e);
    }
    return text;
}

} // namespace

void TestCascadeGraph::sameAsReference_data()
{
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("keysPerTable");
    QTest::addColumn<int>("reachBack");
    QTest::addColumn<int>("cascading");
    QTest::newRow("small dense") << 6 << 3 << 3 << 70;
    QTest::newRow("chains") << 25 << 1 << 2 << 60;
    QTest::newRow("diamonds") << 15 << 2 << 4 << 50;
    QTest::newRow("sparse") << 40 << 1 << 40 << 30;
    QTest::newRow("every key cascades") << 12 << 3 << 12 << 100;
}

void TestCascadeGraph::sameAsReference()
{
    QFETCH(int, tables);
    QFETCH(int, keysPerTable);
    QFETCH(int, reachBack);
    QFETCH(int, cascading);
    int cycles = 0, secondPaths = 0, selfReferences = 0, composite = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        const int n = 1 + int(QRandomGenerator(seed).bounded(tables));
        const RandomCase c = randomCase(seed, n, n * keysPerTable, reachBack, cascading);
        const QVector<Problem> actual
            = CascadeGraph::sqlServerCascadePaths(c.schema, c.creationOrder);
        const QVector<Problem> expected
            = ReferenceCascadePaths::sqlServer(c.schema, c.creationOrder);
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("seed %1:").arg(seed) + differences(actual, expected)));
        for (const Problem &p : expected) {
            cycles += p.message.contains(QLatin1String("closes the cycle"));
            secondPaths += p.message.contains(QLatin1String("second cascade path"));
            selfReferences += p.message.contains(QLatin1String("self-reference"));
            composite += c.schema.foreignKey(p.objectId)->childColumns.size() > 1;
        }
    }
    qInfo("cycles %d, second paths %d, self-references %d, composite keys %d", cycles, secondPaths,
          selfReferences, composite);
    // The cases really exercise every kind of rejection.
    QVERIFY(cycles > 20);
    QVERIFY(secondPaths > 20);
    QVERIFY(selfReferences > 0);
    QVERIFY(composite > 20);
}

void TestCascadeGraph::bigGraphSameAsReference()
{
    // Bounded: the reference is quadratic.
    const RandomCase c = randomCase(20261122, 700, 1500, 60, 60);
    const QVector<Problem> actual = CascadeGraph::sqlServerCascadePaths(c.schema, c.creationOrder);
    const QVector<Problem> expected = ReferenceCascadePaths::sqlServer(c.schema, c.creationOrder);
    QVERIFY(expected.size() > 100);
    QVERIFY2(actual == expected, qPrintable(differences(actual, expected)));
}

void TestCascadeGraph::diamondNamesBothPaths()
{
    // a → b → d and a → c → d: the second key into d is rejected, and the message names the
    // path it would add and the one that exists.
    Schema schema;
    auto table = [&](const QString &name) {
        Table t;
        t.id = schema.allocateId();
        t.name = name;
        schema.insertTable(schema.tableCount(), t);
        return t.id;
    };
    const Id a = table(QStringLiteral("a")), b = table(QStringLiteral("b")),
             c = table(QStringLiteral("c")), d = table(QStringLiteral("d"));
    auto key = [&](const QString &name, Id child, Id parent) {
        ForeignKey k;
        k.id = schema.allocateId();
        k.name = name;
        k.childTable = child;
        k.parentTable = parent;
        k.onDelete = ReferentialAction::Cascade;
        schema.insertForeignKey(schema.foreignKeyCount(), k);
    };
    key(QStringLiteral("fk_b_a"), b, a);
    key(QStringLiteral("fk_c_a"), c, a);
    key(QStringLiteral("fk_d_b"), d, b);
    key(QStringLiteral("fk_d_c"), d, c);
    const QVector<Problem> problems
        = CascadeGraph::sqlServerCascadePaths(schema, schema.foreignKeyIds());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message,
             QStringLiteral("SQL Server rejects \"fk_d_c\" (ON DELETE CASCADE) with error 1785: it "
                            "gives \"a\" a second cascade path to \"d\": a → c (fk_c_a) → d "
                            "(fk_d_c), besides a → b (fk_b_a) → d (fk_d_b). Use NO ACTION for "
                            "this key or another key on the path."));
}

QTEST_APPLESS_MAIN(TestCascadeGraph)
#include "tst_cascadegraph.moc"
