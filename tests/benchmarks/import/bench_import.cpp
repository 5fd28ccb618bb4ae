#include "import/importer.h"
#include "import/importreport.h"
#include "layout/autolayout.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

// The scale targets: MusicBrainz imports and lays out in under 2 s, and a 5,000-table
// schema lays out in under 10 s. QBENCHMARK reports the time; nothing here asserts on it.
class BenchImport : public QObject
{
    Q_OBJECT
private slots:
    void musicBrainzImportAndLayout();
    void layout_data();
    void layout();
};

namespace {

QString corpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("JOINERY_CORPUS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR) : fromEnvironment;
}

// `count` tables of 3–20 columns, shaped like a big application: modules of 50 tables, each
// table referencing one to three earlier tables of its own module, and one time in four one of
// the 20 core tables every module points at (users, organisations, lookups). All of it is one
// connected component, the hard case for a layered layout.
Schema syntheticSchema(int count, bool deep)
{
    QRandomGenerator random(20261122);
    Schema schema;
    QVector<Id> ids;
    for (int i = 0; i < count; ++i) {
        Table table;
        table.id = schema.allocateId();
        table.name = QStringLiteral("table_%1").arg(i);
        const int columns = 3 + random.bounded(18);
        for (int c = 0; c < columns; ++c) {
            Column column;
            column.id = schema.allocateId();
            column.name = c == 0 ? QStringLiteral("id") : QStringLiteral("attribute_%1").arg(c);
            column.type
                = DataType(c == 0 ? LogicalType::BigInt : LogicalType::Varchar, c == 0 ? -1 : 80);
            table.columns.append(column);
        }
        table.primaryKey = {table.columns.first().id};
        const int keys = i < 3 ? 0 : 1 + random.bounded(3);
        for (int k = 0; k < keys; ++k) {
            if (deep) {
                // The hard case for a layered layout: long chains (each table mostly references
                // one of the 30 before it) and long edges back to any earlier table.
                const int parent = random.bounded(4) == 0 ? random.bounded(i)
                                                          : std::max(0, i - 1 - random.bounded(30));
                Column column;
                column.id = schema.allocateId();
                column.name = QStringLiteral("ref_%1").arg(k);
                column.type = DataType(LogicalType::BigInt);
                table.columns.append(column);
                ForeignKey key;
                key.id = schema.allocateId();
                key.childTable = table.id;
                key.childColumns = {column.id};
                key.parentTable = ids.at(parent);
                key.parentColumns = schema.table(ids.at(parent))->primaryKey;
                schema.insertTable(schema.tableCount(), table);
                schema.insertForeignKey(schema.foreignKeyCount(), key);
                table = *schema.table(table.id);
                schema.takeTable(table.id);
                continue;
            }
            const int moduleStart = std::max(20, i - i % 50);
            const int parent = (random.bounded(4) == 0 || i <= moduleStart)
                ? random.bounded(std::min(i, 20))
                : moduleStart + random.bounded(i - moduleStart);
            Column column;
            column.id = schema.allocateId();
            column.name = QStringLiteral("ref_%1").arg(k);
            column.type = DataType(LogicalType::BigInt);
            table.columns.append(column);
            ForeignKey key;
            key.id = schema.allocateId();
            key.childTable = table.id;
            key.childColumns = {column.id};
            key.parentTable = ids.at(parent);
            key.parentColumns = schema.table(ids.at(parent))->primaryKey;
            schema.insertTable(schema.tableCount(), table);
            schema.insertForeignKey(schema.foreignKeyCount(), key);
            table = *schema.table(table.id);
            schema.takeTable(table.id);
        }
        schema.insertTable(schema.tableCount(), table);
        ids.append(table.id);
    }
    return schema;
}

} // namespace

void BenchImport::musicBrainzImportAndLayout()
{
    const QString path = QDir(corpusDir()).filePath(QStringLiteral("musicbrainz/postgresql.sql"));
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("No corpus at %1 (set JOINERY_CORPUS_DIR).").arg(path)));
    QBENCHMARK
    {
        ImportReport report;
        const Schema schema = Importer::importSource(path, QStringLiteral("postgresql"), &report);
        QVERIFY2(!report.isFatal(), qPrintable(report.fatalError));
        QCOMPARE(schema.tableCount(), 375);
        const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
        QCOMPARE(positions.size(), 375);
    }
}

void BenchImport::layout_data()
{
    QTest::addColumn<int>("tables");
    QTest::addColumn<bool>("deep");
    QTest::newRow("500 modular") << 500 << false;
    QTest::newRow("5000 modular") << 5000 << false;
    QTest::newRow("500 deep") << 500 << true;
    QTest::newRow("5000 deep") << 5000 << true;
}

void BenchImport::layout()
{
    QFETCH(int, tables);
    QFETCH(bool, deep);
    const Schema schema = syntheticSchema(tables, deep);
    qInfo("%d tables, %d keys", schema.tableCount(), schema.foreignKeyCount());
    QBENCHMARK
    {
        const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
        QCOMPARE(positions.size(), tables);
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
