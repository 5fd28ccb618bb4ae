#include "ddl/ddlgenerator.h"
#include "drizzle/drizzlegenerator.h"
#include "exporttarget.h"
#include "schemareader.h"

#include <QtTest>

// The nine export targets as one list: ids that round trip, the SQL dialect whose rules apply,
// and the text each one writes, which must be its generator's.
class TestExportTarget : public QObject
{
    Q_OBJECT
private slots:
    void listsTheDialectsThenTheDrizzleTargets();
    void idsRoundTrip();
    void acceptsTheDialectsOtherSpellings();
    void rejectsUnknownIds();
    void checkDialectAndSuffix();
    void generatesTheGeneratorsText();
    void reportsTheDialectsErrors();

private:
    static Schema sample(const QString &name)
    {
        SchemaReader reader;
        if (!reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/%1.joinery").arg(name)))
            qFatal("cannot read sample %s", qPrintable(name));
        return reader.schema();
    }
};

void TestExportTarget::listsTheDialectsThenTheDrizzleTargets()
{
    QStringList ids;
    for (const ExportTarget &target : ExportTarget::all())
        ids << target.id();
    QCOMPARE(ids, (QStringList{"sqlite", "postgresql", "mysql", "mariadb", "sqlserver",
                               "drizzle-sqlite", "drizzle-pg", "drizzle-mysql", "drizzle-mssql"}));
}

void TestExportTarget::idsRoundTrip()
{
    const QList<ExportTarget> all = ExportTarget::all();
    for (const ExportTarget &target : all) {
        ExportTarget parsed(Dialect::SqlServer);
        QVERIFY2(ExportTarget::fromId(target.id(), &parsed), qPrintable(target.id()));
        QVERIFY2(parsed == target, qPrintable(target.id()));
        QCOMPARE(parsed.id(), target.id());
        QCOMPARE(parsed.displayName(), target.displayName());
        QVERIFY(!target.displayName().isEmpty());
        // No two targets share an id or a name.
        QCOMPARE(std::count(all.begin(), all.end(), target), 1);
    }
}

void TestExportTarget::acceptsTheDialectsOtherSpellings()
{
    ExportTarget target;
    QVERIFY(ExportTarget::fromId(QStringLiteral("pg"), &target));
    QCOMPARE(target.id(), QStringLiteral("postgresql"));
    QVERIFY(ExportTarget::fromId(QStringLiteral("DRIZZLE-PG"), &target));
    QCOMPARE(target.id(), QStringLiteral("drizzle-pg"));
}

void TestExportTarget::rejectsUnknownIds()
{
    ExportTarget target(DrizzleTarget::MySQL);
    QVERIFY(!ExportTarget::fromId(QStringLiteral("oracle"), &target));
    QVERIFY(!ExportTarget::fromId(QString(), &target));
    QCOMPARE(target.id(), QStringLiteral("drizzle-mysql")); // left as it was
}

void TestExportTarget::checkDialectAndSuffix()
{
    QCOMPARE(ExportTarget(Dialect::MariaDB).checkDialect(), Dialect::MariaDB);
    QCOMPARE(ExportTarget(Dialect::MariaDB).fileSuffix(), QStringLiteral("sql"));
    QVERIFY(!ExportTarget(Dialect::MariaDB).isDrizzle());
    for (DrizzleTarget t : DrizzleTargets::all()) {
        const ExportTarget target(t);
        QVERIFY(target.isDrizzle());
        QCOMPARE(target.checkDialect(), DrizzleTargets::sqlDialect(t));
        QCOMPARE(target.fileSuffix(), QStringLiteral("ts"));
    }
    QCOMPARE(ExportTarget(DrizzleTarget::SqlServer).checkDialect(), Dialect::SqlServer);
}

void TestExportTarget::generatesTheGeneratorsText()
{
    const Schema schema = sample(QStringLiteral("shop"));
    DdlOptions quoted;
    quoted.quoteAllIdentifiers = true;
    for (Dialect d : Dialects::all()) {
        const ExportTarget target(d);
        const auto generator = DdlGenerator::create(d);
        QCOMPARE(target.generate(schema), generator->createScript(schema).text());
        QCOMPARE(target.generate(schema, quoted), generator->createScript(schema, quoted).text());
        QCOMPARE(target.generate(schema, quoted, ExportTarget::Script::Drop),
                 generator->dropScript(schema, quoted).text());
        // The shop sample has no dialect-independent error: nothing is added for the file.
        QCOMPARE(target.exportText(schema, quoted), target.generate(schema, quoted));
    }
    for (DrizzleTarget t : DrizzleTargets::all()) {
        const ExportTarget target(t);
        const QString module = DrizzleGenerator::create(t)->generate(schema);
        QCOMPARE(target.generate(schema), module);
        // A module has no drop side and no quoting choice.
        QCOMPARE(target.generate(schema, quoted, ExportTarget::Script::Drop), module);
        QCOMPARE(target.exportText(schema), module);
    }
}

void TestExportTarget::reportsTheDialectsErrors()
{
    const Schema schema = sample(QStringLiteral("employees"));
    QVERIFY(ExportTarget(Dialect::PostgreSQL).errors(schema).isEmpty());
    for (const ExportTarget &target :
         {ExportTarget(Dialect::SqlServer), ExportTarget(DrizzleTarget::SqlServer)}) {
        const QVector<Problem> errors = target.errors(schema);
        QVERIFY2(!errors.isEmpty(), qPrintable(target.id()));
        for (const Problem &p : errors) {
            QCOMPARE(p.severity, Severity::Error);
            QCOMPARE(p.code, QStringLiteral("sqlserver-cascade-paths"));
        }
    }
}

QTEST_GUILESS_MAIN(TestExportTarget)
#include "tst_exporttarget.moc"
