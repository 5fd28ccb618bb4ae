#include "document.h"
#include "foreignkeyitem.h"
#include "schemareader.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"

#include <QScreen>
#include <QWindow>
#include <QtTest>

// File › New (any reset of the schema) leaves an empty canvas on the screen: not a picture of
// the previous diagram in the view's caches or its pending repaints. The test reads back what
// the window really shows (the offscreen platform's backing store), not a fresh render.
class TestCanvasReset : public QObject
{
    Q_OBJECT

private slots:
    void resetLeavesAnEmptyCanvas_data();
    void resetLeavesAnEmptyCanvas();

private:
    static int diagramPixels(const QImage &image);
    // What the window shows of the canvas itself (not the scroll bars).
    static QImage shownCanvas(SchemaView &view)
    {
        const QImage window = view.screen()->grabWindow(view.winId()).toImage();
        const QRect viewport(view.viewport()->mapTo(&view, QPoint(0, 0)), view.viewport()->size());
        const QImage image = window.copy(viewport);
        if (!qEnvironmentVariableIsEmpty("JOINERY_TEST_IMAGES"))
            image.save(qEnvironmentVariable("JOINERY_TEST_IMAGES")
                       + QStringLiteral("/reset-%1.png")
                             .arg(QTest::currentDataTag())
                             .replace(QLatin1Char(' '), QLatin1Char('-')));
        return image;
    }
};

int TestCanvasReset::diagramPixels(const QImage &image)
{
    // The empty canvas is its light background and grey grid: anything saturated (a card's
    // header, a badge's glyph) or dark (text, arrows) is left of a diagram.
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 60 || c.value() < 190)
                ++count;
        }
    }
    return count;
}

void TestCanvasReset::resetLeavesAnEmptyCanvas_data()
{
    QTest::addColumn<bool>("selectKeyFirst");
    QTest::newRow("plain") << false;
    QTest::newRow("after selecting a key badge") << true;
}

void TestCanvasReset::resetLeavesAnEmptyCanvas()
{
    QFETCH(bool, selectKeyFirst);
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    SchemaView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QTest::qWait(50);
    QVERIFY(diagramPixels(shownCanvas(view)) > 1000); // it is drawn

    if (selectKeyFirst) {
        // A badge that is on top where it is drawn, clicked as a user would.
        ForeignKeyItem *key = nullptr;
        for (Id id : reader.schema().foreignKeyIds()) {
            ForeignKeyItem *candidate = scene.foreignKeyItem(id);
            if (scene.itemAt(candidate->badgeRect().center(), view.transform()) == candidate)
                key = candidate;
        }
        QVERIFY(key);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.mapFromScene(key->badgeRect().center()));
        QCOMPARE(selection.ids(), QVector<Id>{key->keyId()});
        QTest::qWait(50);
    }

    // What File › New does: an empty schema, the view back at 100 % on the origin.
    Schema empty;
    document.resetSchema(empty);
    view.resetZoom();
    view.centerOn(0, 0);
    QTest::qWait(100);
    QCOMPARE(diagramPixels(shownCanvas(view)), 0);
    // Scrolling does not bring a picture back either.
    view.centerOn(300, 200);
    QTest::qWait(100);
    QCOMPARE(diagramPixels(shownCanvas(view)), 0);
}

QTEST_MAIN(TestCanvasReset)
#include "tst_canvasreset.moc"
