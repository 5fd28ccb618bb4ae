#include "ddl/ddlgenerator.h"
#include "generatedschema.h"

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
    m_schema = generatedSchema();
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
    QBENCHMARK
    {
        size = generator->createScript(m_schema).text().size();
    }
    QVERIFY(size > 500000);
}

void BenchDdl::allFiveDialects()
{
    QBENCHMARK
    {
        for (Dialect d : Dialects::all())
            DdlGenerator::create(d)->createScript(m_schema).text();
    }
}

QTEST_GUILESS_MAIN(BenchDdl)
#include "bench_ddl.moc"
