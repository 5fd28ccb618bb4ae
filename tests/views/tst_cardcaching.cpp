#include "canvasstyle.h"
#include "commands/addtablecommand.h"
#include "document.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "tableitem.h"

#include <QGuiApplication>
#include <QPixmapCache>
#include <QScreen>
#include <QtTest>

// Table cards are cached as device pixmaps only where a card is text: zoomed out below
// CanvasStyle::SimpleDetail they are drawn directly and hold no pixmaps; and the pixmap cache
// is bounded by the screen, not by a fixed 128 MB.
class TestCardCaching : public QObject
{
    Q_OBJECT

private slots:
    void cachingFollowsTheZoom();
    void cacheLimitFollowsTheScreen();
};

namespace {
Table newTable(Document *document, const QString &name, const QPointF &position)
{
    Table table;
    table.id = document->allocateId();
    table.name = name;
    table.position = position;
    Column id;
    id.id = document->allocateId();
    id.name = QStringLiteral("id");
    id.type = DataType(LogicalType::BigInt);
    table.columns << id;
    table.primaryKey << id.id;
    return table;
}

QSet<QGraphicsItem::CacheMode> cacheModes(const SchemaScene &scene, const Document &document)
{
    QSet<QGraphicsItem::CacheMode> modes;
    for (Id id : document.schema().tableIds())
        modes << scene.tableItem(id)->cacheMode();
    return modes;
}
} // namespace

void TestCardCaching::cachingFollowsTheZoom()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    for (int i = 0; i < 3; ++i) {
        const Table table = newTable(&document, QStringLiteral("t%1").arg(i), QPointF(i * 300, 0));
        document.undoStack()->push(new AddTableCommand(&document, table));
    }
    SchemaView view(&scene);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    QVERIFY(scene.cardCaching());
    QVERIFY(cacheModes(scene, document) == QSet<QGraphicsItem::CacheMode>{QGraphicsItem::DeviceCoordinateCache});

    view.setZoom(CanvasStyle::SimpleDetail * 0.9);
    QVERIFY(!scene.cardCaching());
    QVERIFY(cacheModes(scene, document) == QSet<QGraphicsItem::CacheMode>{QGraphicsItem::NoCache});
    // A table added while zoomed out is not cached either.
    const Table later = newTable(&document, QStringLiteral("later"), QPointF(0, 400));
    document.undoStack()->push(new AddTableCommand(&document, later));
    QCOMPARE(scene.tableItem(later.id)->cacheMode(), QGraphicsItem::NoCache);

    view.setZoom(CanvasStyle::SimpleDetail * 1.1);
    QVERIFY(scene.cardCaching());
    QVERIFY(cacheModes(scene, document) == QSet<QGraphicsItem::CacheMode>{QGraphicsItem::DeviceCoordinateCache});

    // Fitting a large diagram is zooming too.
    const Table far = newTable(&document, QStringLiteral("far"), QPointF(20000, 20000));
    document.undoStack()->push(new AddTableCommand(&document, far));
    view.fitToView();
    QVERIFY(view.zoom() < CanvasStyle::SimpleDetail);
    QVERIFY(cacheModes(scene, document) == QSet<QGraphicsItem::CacheMode>{QGraphicsItem::NoCache});
}

void TestCardCaching::cacheLimitFollowsTheScreen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    const QSizeF pixels = QSizeF(screen->size()) * screen->devicePixelRatio();
    const int twoScreenfuls = int(2 * pixels.width() * pixels.height() * 4 / 1024);
    const int limit = SchemaView::cardCacheLimit(screen);
    QCOMPARE(limit, qBound(10 * 1024, twoScreenfuls, 64 * 1024));
    QCOMPARE(SchemaView::cardCacheLimit(nullptr), 20 * 1024);
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    SchemaView view(&scene);
    QCOMPARE(QPixmapCache::cacheLimit(), SchemaView::cardCacheLimit(view.screen()));
    QVERIFY(QPixmapCache::cacheLimit() < 128 * 1024);
}

QTEST_MAIN(TestCardCaching)
#include "tst_cardcaching.moc"
