#include "corpus.h"
#include "layout/autolayout.h"
#include "layout/layoutmetrics.h"
#include "referencelayout.h"
#include "schemabuilder.h"
#include "syntheticschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QtTest>

// How readable Arrange's layouts are, beside the former layout (ReferenceLayout) on the same
// schemas: the bundled samples, the corpus schemas of more than 20 tables, and generated ones
// of 50, 500 and 5,000 tables. For each, one line per layout with LayoutMetrics' figures
// (shape, overlaps, parents after children, arrow length, arrows longer than a screen,
// crossings), then QBENCHMARK times the new layout. Figures, not assertions:
//   build/release/tests/benchmarks/import/bench_layout
// JOINERY_LAYOUT_SKETCHES=folder also writes each layout as a PNG sketch (cards, straight
// arrows between their centres).
class BenchLayout : public QObject
{
    Q_OBJECT
private slots:
    void layout_data();
    void layout();
};

namespace {

void writeSketch(const Schema &schema, const QHash<Id, QRectF> &cards, const QString &path)
{
    QRectF all;
    for (const QRectF &card : cards)
        all |= card;
    all.adjust(-50, -50, 50, 50);
    const double scale = std::min(1.0, 3000.0 / std::max(all.width(), all.height()));
    QImage image((all.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(-all.topLeft());
    painter.setPen(QPen(QColor(59, 110, 168, 110), 1.5 / scale));
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        painter.drawLine(cards.value(key->childTable).center(),
                         cards.value(key->parentTable).center());
    }
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 1 / scale));
    painter.setBrush(QColor(0xcf, 0xd8, 0xe3));
    for (const QRectF &card : cards)
        painter.drawRect(card);
    painter.end();
    image.save(path);
}

} // namespace

void BenchLayout::layout_data()
{
    QTest::addColumn<QString>("source"); // sample:, corpus:, modules:, deep:
    for (const char *sample : {"shop", "employees", "cycle", "composite-key"})
        QTest::newRow(sample) << QStringLiteral("sample:%1.joinery").arg(QLatin1String(sample));
    for (const QString &file : Corpus::largeSchemas())
        QTest::newRow(qPrintable(file)) << QStringLiteral("corpus:") + file;
    for (int n : {50, 500, 5000}) {
        QTest::newRow(qPrintable(QStringLiteral("modules %1").arg(n)))
            << QStringLiteral("modules:%1").arg(n);
        QTest::newRow(qPrintable(QStringLiteral("deep %1").arg(n)))
            << QStringLiteral("deep:%1").arg(n);
    }
    QTest::newRow("large document 5000") << QStringLiteral("large:5000");
}

void BenchLayout::layout()
{
    QFETCH(QString, source);
    const QString kind = source.section(QLatin1Char(':'), 0, 0);
    const QString what = source.section(QLatin1Char(':'), 1);
    Schema schema;
    if (kind == QLatin1String("sample")) {
        schema = loadSample(what);
    } else if (kind == QLatin1String("corpus")) {
        QString error;
        if (!Corpus::import(what, &schema, &error))
            QSKIP(qPrintable(error));
    } else if (kind == QLatin1String("large")) {
        schema = SyntheticSchema::largeDocument(what.toInt());
    } else {
        schema = SyntheticSchema::modules(what.toInt(), kind == QLatin1String("deep"));
    }
    QElapsedTimer timer;
    timer.start();
    const QHash<Id, QPointF> before = ReferenceLayout::compute(schema);
    const qint64 beforeMs = timer.restart();
    const QHash<Id, QPointF> after = AutoLayout::compute(schema);
    const qint64 afterMs = timer.elapsed();
    const LayoutMetrics old
        = LayoutMetrics::measure(schema, LayoutMetrics::estimatedCards(schema, before));
    const LayoutMetrics now
        = LayoutMetrics::measure(schema, LayoutMetrics::estimatedCards(schema, after));
    qInfo("%d tables, %d keys", schema.tableCount(), schema.foreignKeyCount());
    const QString sketches = qEnvironmentVariable("JOINERY_LAYOUT_SKETCHES");
    if (!sketches.isEmpty()) {
        const QString base = QDir(sketches).filePath(
            QString::fromLatin1(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-")));
        writeSketch(schema, LayoutMetrics::estimatedCards(schema, before),
                    base + QStringLiteral(".before.png"));
        writeSketch(schema, LayoutMetrics::estimatedCards(schema, after),
                    base + QStringLiteral(".after.png"));
    }
    qInfo("before (%lld ms): %s", beforeMs, qPrintable(old.summary()));
    qInfo("after  (%lld ms): %s", afterMs, qPrintable(now.summary()));
    QBENCHMARK
    {
        const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
        QCOMPARE(positions.size(), schema.tableCount());
    }
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
