#include "drizzle/drizzlegenerator.h"
#include "schemabuilder.h"
#include "schemawriter.h"

#include <QTest>

// Joinery's Drizzle export of a 1,000-table schema (2,097 keys, as foreignKey() and as
// .references(), a self-reference in every tenth table, a three-table cycle in every hundred),
// per target.
//
// The same schema, for timing `drizzle-kit export` on it (Drizzle's half of the user's wait):
//   JOINERY_BENCH_DRIZZLE_SCHEMA=/tmp/big.joinery bench_drizzle
// writes it before measuring; `joinery export /tmp/big.joinery --dialect drizzle-pg -o ...`
// then gives the module drizzle-kit reads.
class BenchDrizzle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generate_data();
    void generate();

private:
    Schema m_schema;
};

void BenchDrizzle::initTestCase()
{
    const int tables = 1000;
    SchemaBuilder b;
    for (int i = 0; i < tables; ++i) {
        const QString name = QStringLiteral("table_%1").arg(i);
        b.table(name,
                {QStringLiteral("id bigint pk auto"), QStringLiteral("parent_id bigint"),
                 QStringLiteral("other_id bigint notnull"), QStringLiteral("self_id bigint"),
                 QStringLiteral("name varchar(100) notnull"),
                 QStringLiteral("amount decimal(12,2) notnull default=0"),
                 QStringLiteral("created timestamptz default=CURRENT_TIMESTAMP")});
        b.index(name, QStringLiteral("ix_%1_parent").arg(name), {QStringLiteral("parent_id")});
    }
    for (int i = 1; i < tables; ++i) {
        const QString name = QStringLiteral("table_%1").arg(i);
        // Tables 100, 101, 102 (and 200, 201, 202 ...) point at each other in a cycle of three.
        int parent = i / 2;
        if (i >= 100 && i % 100 < 2 && i + 2 < tables)
            parent = i + 1;
        else if (i >= 100 && i % 100 == 2)
            parent = i - 2;
        b.key(QStringLiteral("fk_%1_parent").arg(name), name, {QStringLiteral("parent_id")},
              QStringLiteral("table_%1").arg(parent), {QStringLiteral("id")},
              ReferentialAction::SetNull);
        // Named the way Drizzle names keys itself: written as .references().
        const QString other = QStringLiteral("table_%1").arg((i * 7) % i);
        b.key(QStringLiteral("%1_other_id_%2_id_fk").arg(name, other), name,
              {QStringLiteral("other_id")}, other, {QStringLiteral("id")},
              ReferentialAction::Cascade);
        if (i % 10 == 0)
            b.key(QStringLiteral("%1_self_id_%1_id_fk").arg(name), name,
                  {QStringLiteral("self_id")}, name, {QStringLiteral("id")},
                  ReferentialAction::SetNull, ReferentialAction::Cascade);
    }
    m_schema = b.schema;
    QCOMPARE(m_schema.tableCount(), tables);
    const QString path = qEnvironmentVariable("JOINERY_BENCH_DRIZZLE_SCHEMA");
    if (!path.isEmpty()) {
        QString error;
        QVERIFY2(SchemaWriter::save(m_schema, path, &error), qPrintable(error));
    }
}

void BenchDrizzle::generate_data()
{
    QTest::addColumn<int>("target");
    for (DrizzleTarget target : DrizzleTargets::all())
        QTest::newRow(qPrintable(DrizzleTargets::id(target))) << int(target);
}

void BenchDrizzle::generate()
{
    QFETCH(int, target);
    const auto generator = DrizzleGenerator::create(DrizzleTarget(target));
    QString text;
    QBENCHMARK
    {
        text = generator->generate(m_schema);
    }
    QVERIFY(text.count(QLatin1String("export const ")) == m_schema.tableCount());
}

QTEST_GUILESS_MAIN(BenchDrizzle)
#include "bench_drizzle.moc"
