#include "corpus.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "layout/autolayout.h"
#include "syntheticschema.h"

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
    return Corpus::directory();
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
    const Schema schema = SyntheticSchema::modules(tables, deep);
    qInfo("%d tables, %d keys", schema.tableCount(), schema.foreignKeyCount());
    QBENCHMARK
    {
        const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
        QCOMPARE(positions.size(), tables);
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
