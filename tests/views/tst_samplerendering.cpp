#include "document.h"
#include "imageexporter.h"
#include "schemareader.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void failOnWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

// Every bundled sample opens on the canvas and renders, with no warning from Qt or Joinery.
class TestSampleRendering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_previous = qInstallMessageHandler(failOnWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void renders_data();
    void renders();
};

void TestSampleRendering::renders_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(JOINERY_SAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.joinery")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestSampleRendering::renders()
{
    QFETCH(QString, path);
    g_warnings.clear();
    SchemaReader reader;
    QVERIFY2(reader.readFile(path), qPrintable(reader.error()));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    QCOMPARE(scene.tableItemCount(), reader.schema().tableCount());
    QCOMPARE(scene.foreignKeyItemCount(), reader.schema().foreignKeyCount());

    // Scene render at 100 % (full detail) with a key selected, then through a fitted view.
    if (!reader.schema().foreignKeyIds().isEmpty())
        selection.select(reader.schema().foreignKeyIds().first());
    const QRectF content = scene.contentRect();
    QImage image(content.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(), image.size()), content);
    }
    // Something was drawn: the cards' headers are not the background colour.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.saturation() > 80 ? 1 : 0;
        }
    }
    QVERIFY2(coloured > 50, qPrintable(QStringLiteral("%1 coloured samples").arg(coloured)));

    SchemaView view(&scene);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QVERIFY(view.zoom() > 0 && view.zoom() <= 1.0);
    const QImage grabbed = view.grab().toImage();
    QVERIFY(!grabbed.isNull());

    // Export as PNG, SVG and PDF: each file written and not empty.
    QTemporaryDir dir;
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString file = dir.filePath(QStringLiteral("diagram.") + QLatin1String(suffix));
        QString error;
        QVERIFY2(ImageExporter::exportTo(&scene, file, &error), qPrintable(error));
        QVERIFY(QFileInfo(file).size() > 1000);
    }
    QString error;
    QVERIFY(!ImageExporter::exportTo(&scene, QStringLiteral("/nonexistent/dir/x.png"), &error));
    QVERIFY(error.contains(QStringLiteral("x.png")));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSampleRendering)
#include "tst_samplerendering.moc"
