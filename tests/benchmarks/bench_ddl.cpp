#include "ddl/ddlgenerator.h"
#include "schema.h"

#include <QRandomGenerator>
#include <QtTest>

Q_DECLARE_METATYPE(Dialect)

// Create scripts (dialect checks and notes included) for a 5,000-table, 10,000-key schema.
class BenchDdl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createScript_data();
    void createScript();
    void allFiveDialects();

private:
    Schema m_schema;
};

void BenchDdl::initTestCase()
{
    // Deterministic: every table has an id, a name, and two key columns; each key points at an
    // earlier table (a few at a later one, which makes late keys and cycles), with a mix of
    // actions.
    QRandomGenerator random(42);
    const int tables = 5000;
    QVector<Id> ids;
    QVector<Id> pkColumns;
    QVector<QVector<Id>> keyColumns;
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.id = m_schema.allocateId();
        t.name = QStringLiteral("table_%1").arg(i);
        Column id{m_schema.allocateId(), QStringLiteral("id"), DataType(LogicalType::BigInt)};
        id.nullable = false;
        id.autoIncrement = true;
        Column name{m_schema.allocateId(), QStringLiteral("name"), DataType(LogicalType::Varchar, 100)};
        Column a{m_schema.allocateId(), QStringLiteral("ref_a"), DataType(LogicalType::BigInt)};
        Column b{m_schema.allocateId(), QStringLiteral("ref_b"), DataType(LogicalType::BigInt)};
        t.columns = {id, name, a, b};
        t.primaryKey = {id.id};
        m_schema.insertTable(i, t);
        ids << t.id;
        pkColumns << id.id;
        keyColumns << QVector<Id>{a.id, b.id};
    }
    const ReferentialAction actions[] = {ReferentialAction::NoAction, ReferentialAction::Restrict,
                                         ReferentialAction::Cascade, ReferentialAction::SetNull};
    for (int i = 0; i < tables; ++i) {
        for (int k = 0; k < 2; ++k) {
            int parent = i > 0 ? int(random.bounded(i)) : 1;
            if (random.bounded(50) == 0)
                parent = int(random.bounded(tables)); // now and then forward
            ForeignKey key;
            key.id = m_schema.allocateId();
            key.name = QStringLiteral("fk_%1_%2").arg(i).arg(k);
            key.childTable = ids.at(i);
            key.childColumns = {keyColumns.at(i).at(k)};
            key.parentTable = ids.at(parent);
            key.parentColumns = {pkColumns.at(parent)};
            key.onDelete = actions[random.bounded(4)];
            key.onUpdate = random.bounded(10) == 0 ? ReferentialAction::Cascade : ReferentialAction::NoAction;
            m_schema.insertForeignKey(m_schema.foreignKeyCount(), key);
        }
    }
    QCOMPARE(m_schema.tableCount(), 5000);
    QCOMPARE(m_schema.foreignKeyCount(), 10000);
}

void BenchDdl::createScript_data()
{
    QTest::addColumn<Dialect>("dialect");
    for (Dialect d : Dialects::all())
        QTest::newRow(qPrintable(Dialects::id(d))) << d;
}

void BenchDdl::createScript()
{
    QFETCH(Dialect, dialect);
    const auto generator = DdlGenerator::create(dialect);
    int size = 0;
    QBENCHMARK {
        size = generator->createScript(m_schema).text().size();
    }
    QVERIFY(size > 500000);
}

void BenchDdl::allFiveDialects()
{
    QBENCHMARK {
        for (Dialect d : Dialects::all())
            DdlGenerator::create(d)->createScript(m_schema).text();
    }
}

QTEST_GUILESS_MAIN(BenchDdl)
#include "bench_ddl.moc"
