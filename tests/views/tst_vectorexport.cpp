#include "diagramprinter.h"
#include "document.h"
#include "imageexporter.h"
#include "schemareader.h"
#include "schemascene.h"
#include "selection.h"
#include "tableitem.h"

#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// SVG and PDF exports are drawings (text as text, no embedded bitmaps, a small file); PNG
// options (scale, background, selection) do what they say; printing pages the diagram.
class TestVectorExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void svgHoldsTextAndNoBitmap();
    void pdfIsSmallAndHasNoBitmap();
    void selectionOnly();
    void pngScaleAndBackground();
    void illegibleTextIsWarned();
    void printFitsOrTiles();

private:
    QByteArray exported(const QString &suffix, const ImageExportOptions &options = {});

    Document *m_document = nullptr;
    Selection *m_selection = nullptr;
    SchemaScene *m_scene = nullptr;
    QTemporaryDir m_dir;
};

void TestVectorExport::init()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    m_document = new Document;
    m_selection = new Selection;
    m_scene = new SchemaScene(m_document, m_selection);
    m_document->resetSchema(reader.schema());
}

void TestVectorExport::cleanup()
{
    delete m_scene;
    delete m_selection;
    delete m_document;
}

QByteArray TestVectorExport::exported(const QString &suffix, const ImageExportOptions &options)
{
    const QString path = m_dir.filePath(QStringLiteral("diagram.") + suffix);
    QFile::remove(path);
    QString error;
    if (!ImageExporter::exportTo(m_scene, path, options, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestVectorExport::svgHoldsTextAndNoBitmap()
{
    // A selected key: the selection is not drawn, and its caches are not used either.
    m_selection->select(m_document->schema().foreignKeyIds().first());
    const QByteArray svg = exported(QStringLiteral("svg"));
    QVERIFY(!svg.isEmpty());
    QVERIFY2(!svg.contains("<image"), "the SVG embeds a bitmap");
    // Every table name and every column name is a text element.
    const Schema &schema = m_document->schema();
    int columns = 0;
    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        QVERIFY2(svg.contains(">" + t->name.toUtf8() + "</text>"), qPrintable(t->name));
        for (const Column &c : t->columns) {
            QVERIFY2(svg.contains(">" + c.name.toUtf8() + "</text>"), qPrintable(c.name));
            ++columns;
        }
    }
    QVERIFY(svg.count("<text") >= columns + schema.tableCount());
    // Arrows and icons are paths.
    QVERIFY(svg.count("<path") >= schema.foreignKeyCount());
    // The selection stays on the canvas.
    QCOMPARE(m_selection->ids().size(), 1);
}

void TestVectorExport::pdfIsSmallAndHasNoBitmap()
{
    const QByteArray pdf = exported(QStringLiteral("pdf"));
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() < 100 * 1024, qPrintable(QString::number(pdf.size())));
    QVERIFY2(!pdf.contains("/Subtype /Image") && !pdf.contains("/Subtype/Image"),
             "the PDF embeds a bitmap");
    QVERIFY(pdf.contains("/Font"));
    // One page.
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             qsizetype(1));
}

void TestVectorExport::selectionOnly()
{
    const Schema &schema = m_document->schema();
    const Table *users = schema.tableByName(QStringLiteral("users"));
    const Table *orders = schema.tableByName(QStringLiteral("orders"));
    m_selection->set({users->id, orders->id});
    ImageExportOptions options;
    options.region = ImageExportOptions::Region::Selection;
    const QByteArray svg = exported(QStringLiteral("svg"), options);
    QVERIFY(svg.contains(">users</text>"));
    QVERIFY(svg.contains(">orders</text>"));
    QVERIFY(!svg.contains(">products</text>"));
    QVERIFY(!svg.contains(">reviews</text>"));
    // Every item is back afterwards.
    for (Id tableId : schema.tableIds())
        QVERIFY(m_scene->tableItem(tableId)->isVisible());
    QVERIFY(m_scene->tableItem(users->id)->isSelected());
    const QRectF whole = ImageExporter::sourceRect(m_scene, ImageExportOptions::Region::Whole);
    const QRectF part = ImageExporter::sourceRect(m_scene, ImageExportOptions::Region::Selection);
    QVERIFY(part.width() < whole.width() || part.height() < whole.height());

    m_selection->clear();
    QString error;
    QVERIFY(!ImageExporter::exportTo(m_scene, m_dir.filePath(QStringLiteral("none.png")), options,
                                     &error));
    QVERIFY(!error.isEmpty());
}

void TestVectorExport::pngScaleAndBackground()
{
    ImageExportOptions options;
    options.scale = 1.0;
    const QImage one = QImage::fromData(exported(QStringLiteral("png"), options));
    options.scale = 2.0;
    options.background = ImageExportOptions::Background::Transparent;
    const QImage two = QImage::fromData(exported(QStringLiteral("png"), options));
    QVERIFY(!one.isNull() && !two.isNull());
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 2);
    QCOMPARE(one.pixelColor(1, 1), QColor(Qt::white));
    QCOMPARE(two.pixelColor(1, 1).alpha(), 0);
    options.background = ImageExportOptions::Background::Canvas;
    const QImage canvas = QImage::fromData(exported(QStringLiteral("png"), options));
    QVERIFY(canvas.pixelColor(1, 1) != QColor(Qt::white));
    QCOMPARE(canvas.pixelColor(1, 1).alpha(), 255);
}

void TestVectorExport::illegibleTextIsWarned()
{
    const QRectF shop = m_scene->contentRect();
    QVERIFY(ImageExporter::legibilityWarning(shop, 2.0).isEmpty());
    QVERIFY(ImageExporter::legibilityWarning(shop, 1.0).isEmpty());
    QVERIFY(!ImageExporter::legibilityWarning(shop, 0.25).isEmpty());
    // A diagram too large for the pixel cap is reduced; the warning says so.
    const QRectF huge(0, 0, 60000, 20000);
    qreal used = 0;
    const QSize size = ImageExporter::pixelSize(huge, 1.0, &used);
    QVERIFY(size.width() <= ImageExporter::MaximumPixels);
    QVERIFY(used < 1.0);
    const QString warning = ImageExporter::legibilityWarning(huge, 1.0);
    QVERIFY(warning.contains(QStringLiteral("reduced")));
}

void TestVectorExport::printFitsOrTiles()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageOrientation(QPageLayout::Landscape);
    QCOMPARE(DiagramPrinter::print(m_scene, ImageExportOptions(), &printer), 1);
    QFile file(m_dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(!pdf.contains("/Subtype /Image"));

    // A diagram far wider than a page is tiled at a readable size instead of shrunk to dust.
    const QSizeF page = printer.pageRect(QPrinter::DevicePixel).size();
    qreal scale = 0;
    const QSize grid
        = DiagramPrinter::pageGrid(QRectF(0, 0, 20000, 3000), page, printer.resolution(), &scale);
    QVERIFY(grid.width() > 1);
    const qreal textPoints = 12 * scale * 72 / printer.resolution();
    QVERIFY(textPoints >= DiagramPrinter::MinimumTextPoints - 0.01);
    QCOMPARE(DiagramPrinter::pageGrid(m_scene->contentRect(), page, printer.resolution()),
             QSize(1, 1));
}

QTEST_MAIN(TestVectorExport)
#include "tst_vectorexport.moc"
