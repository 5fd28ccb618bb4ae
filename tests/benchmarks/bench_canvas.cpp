#include "document.h"
#include "foreignkeyitem.h"
#include "schemareader.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "syntheticschema.h"
#include "tableitem.h"

#include <QApplication>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QtTest>

#include <algorithm>

// The canvas on a 5,000-table, 10,000-key schema: opening it (scene build), drawing it fitted
// to the window, and dragging one table that has 50 keys. Figures, not assertions.
//
// interactionFrames: on the end-to-end document (SyntheticSchema::largeDocument(5000), 11,000
// keys, or JOINERY_BENCH_DOCUMENT=FILE), the real view on screen (xvfb or offscreen) is panned,
// zoomed and a table dragged with mouse and wheel events; each frame (the event and the paint
// it causes) is timed, and the maximum and 95th percentile printed (target 16 ms), e.g.
//   xvfb-run -s "-screen 0 1600x1000x24" build/tests/benchmarks/bench_canvas interactionFrames
class BenchCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void open();
    void fitToViewRender();
    void renderAt100Percent();
    void renderAt50Percent();
    void dragHubTable();
    void dragHubTableWithRepaint();
    void interactionFrames_data();
    void interactionFrames();
    void viewMemory();

private:
    static Schema bigSchema();
    Schema m_schema;
    Id m_hub = 0;
};

Schema BenchCanvas::bigSchema()
{
    Schema schema;
    constexpr int Tables = 5000;
    QVector<Id> tableIds, keyColumns;
    for (int i = 0; i < Tables; ++i) {
        Table t;
        t.id = schema.allocateId();
        t.name = QStringLiteral("table_%1").arg(i);
        t.position = QPointF((i % 70) * 300, (i / 70) * 260);
        for (int c = 0; c < 6; ++c) {
            Column column;
            column.id = schema.allocateId();
            column.name = c == 0 ? QStringLiteral("id") : QStringLiteral("column_%1").arg(c);
            column.type
                = DataType(c < 3 ? LogicalType::BigInt : LogicalType::Varchar, c < 3 ? -1 : 80);
            column.nullable = c != 0;
            t.columns << column;
        }
        t.primaryKey << t.columns.first().id;
        schema.insertTable(i, t);
        tableIds << t.id;
    }
    // Two keys per table (10,000), from column_1 and column_2 to nearby tables; table 0 is the
    // hub that 50 of them point at.
    auto addKey = [&](int child, int parent, int columnIndex) {
        const Table *c = schema.table(tableIds.at(child));
        const Table *p = schema.table(tableIds.at(parent));
        ForeignKey key;
        key.id = schema.allocateId();
        key.name = QStringLiteral("fk_%1_%2").arg(child).arg(columnIndex);
        key.childTable = c->id;
        key.childColumns = {c->columns.at(columnIndex).id};
        key.parentTable = p->id;
        key.parentColumns = {p->columns.first().id};
        key.onDelete = ReferentialAction(child % 5);
        schema.insertForeignKey(schema.foreignKeyCount(), key);
    };
    for (int i = 0; i < Tables; ++i) {
        addKey(i, i < 50 && i > 0 ? 0 : (i + 1) % Tables, 1);
        addKey(i, (i + 71) % Tables, 2);
    }
    return schema;
}

void BenchCanvas::initTestCase()
{
    m_schema = bigSchema();
    m_hub = m_schema.tableIds().first();
    QCOMPARE(m_schema.tableCount(), 5000);
    QCOMPARE(m_schema.foreignKeyCount(), 10000);
    qInfo("hub table has %d keys", int(m_schema.foreignKeysOfTable(m_hub).size()));
}

void BenchCanvas::open()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    QBENCHMARK
    {
        document.resetSchema(m_schema);
    }
    QCOMPARE(scene.tableItemCount(), 5000);
}

void BenchCanvas::fitToViewRender()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(m_schema);
    SchemaView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    // The first frame also fills the item caches; later frames (panning, hovering) reuse them.
    QElapsedTimer first;
    first.start();
    {
        QPainter painter(&image);
        view.render(&painter);
    }
    qInfo("fitted zoom %.3f, first frame %lld ms", view.zoom(), first.elapsed());
    QBENCHMARK
    {
        QPainter painter(&image);
        view.render(&painter);
    }
}

void BenchCanvas::renderAt100Percent()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(m_schema);
    SchemaView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    view.resetZoom();
    view.centerOn(scene.tableItem(m_hub));
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image); // fills the item caches, as the first frame on screen does
        view.render(&painter);
    }
    QBENCHMARK
    {
        QPainter painter(&image);
        view.render(&painter);
    }
}

void BenchCanvas::renderAt50Percent()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(m_schema);
    SchemaView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    view.setZoom(0.5);
    view.centerOn(scene.tableItem(m_hub));
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        view.render(&painter);
    }
    QBENCHMARK
    {
        QPainter painter(&image);
        view.render(&painter);
    }
}

void BenchCanvas::dragHubTable()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(m_schema);
    TableItem *hub = scene.tableItem(m_hub);
    qreal dx = 0;
    // One motion event of a drag: the card moves and its 50 arrows follow.
    QBENCHMARK
    {
        dx += 1;
        hub->setPos(QPointF(dx, 0));
    }
}

void BenchCanvas::dragHubTableWithRepaint()
{
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(m_schema);
    SchemaView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    view.setZoom(0.5);
    if (qEnvironmentVariableIsSet("BENCH_MODE"))
        view.setViewportUpdateMode(
            QGraphicsView::ViewportUpdateMode(qEnvironmentVariableIntValue("BENCH_MODE")));
    TableItem *hub = scene.tableItem(m_hub);
    view.centerOn(hub);
    qreal dx = 0;
    for (int i = 0; i < 3; ++i) { // the first frames fill the card caches
        hub->setPos(QPointF(dx += 1, 0));
        QCoreApplication::processEvents();
        view.viewport()->repaint();
    }
    // A whole frame: move, then let the view repaint what changed.
    QBENCHMARK
    {
        dx += 1;
        hub->setPos(QPointF(dx, 0));
        QCoreApplication::processEvents();
        view.viewport()->repaint();
    }
}

void BenchCanvas::interactionFrames_data()
{
    QTest::addColumn<QString>("gesture");
    // 0: fitted to the window (where a pan has nothing to scroll).
    QTest::addColumn<qreal>("zoom");
    QTest::newRow("pan, 50%") << QStringLiteral("pan") << 0.5;
    QTest::newRow("pan, 100%") << QStringLiteral("pan") << 1.0;
    QTest::newRow("zoom, from fitted") << QStringLiteral("zoom") << 0.0;
    QTest::newRow("zoom, from 100%") << QStringLiteral("zoom") << 1.0;
    QTest::newRow("drag table, fitted") << QStringLiteral("drag") << 0.0;
    QTest::newRow("drag table, 50%") << QStringLiteral("drag") << 0.5;
    QTest::newRow("drag table, 100%") << QStringLiteral("drag") << 1.0;
}

void BenchCanvas::interactionFrames()
{
    QFETCH(QString, gesture);
    QFETCH(qreal, zoom);
    static const Schema document = [] {
        const QString path = qEnvironmentVariable("JOINERY_BENCH_DOCUMENT");
        if (path.isEmpty())
            return SyntheticSchema::largeDocument(5000);
        SchemaReader reader;
        if (!reader.readFile(path))
            qFatal("%s", qPrintable(reader.error()));
        return reader.schema();
    }();
    Document model;
    Selection selection;
    SchemaScene scene(&model, &selection);
    model.resetSchema(document);
    SchemaView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QCoreApplication::processEvents();
    // The table with the most keys, in the middle of the view.
    Id busiest = document.tableIds().first();
    for (Id id : document.tableIds()) {
        if (document.foreignKeysOfTable(id).size() > document.foreignKeysOfTable(busiest).size())
            busiest = id;
    }
    TableItem *table = scene.tableItem(busiest);
    if (zoom > 0) {
        view.setZoom(zoom);
        view.centerOn(table);
    }
    QWidget *viewport = view.viewport();
    viewport->repaint(); // the first frame, which fills the caches, is not a gesture's
    QCoreApplication::processEvents();

    QVector<double> frames;
    // One frame: the event, then the paint it asked for, as the event loop does on screen.
    auto frame = [&](QEvent *event) {
        QElapsedTimer timer;
        timer.start();
        QApplication::sendEvent(viewport, event);
        QCoreApplication::processEvents();
        frames << timer.nsecsElapsed() / 1e6;
    };
    auto mouse = [&](QEvent::Type type, Qt::MouseButton button, Qt::MouseButtons buttons,
                     const QPoint &at) {
        QMouseEvent event(type, at, viewport->mapToGlobal(at), button, buttons, Qt::NoModifier);
        frame(&event);
    };
    const QPoint centre = viewport->rect().center();
    if (gesture == QLatin1String("pan")) {
        // Middle-button drags, 10 px per motion event, out and back.
        mouse(QEvent::MouseButtonPress, Qt::MiddleButton, Qt::MiddleButton, centre);
        QPoint at = centre;
        for (int i = 0; i < 120; ++i) {
            at += i < 30 || i >= 90 ? QPoint(10, 4) : QPoint(-10, -4);
            mouse(QEvent::MouseMove, Qt::NoButton, Qt::MiddleButton, at);
        }
        mouse(QEvent::MouseButtonRelease, Qt::MiddleButton, Qt::NoButton, at);
    } else if (gesture == QLatin1String("zoom")) {
        // Ctrl+wheel, one notch per event: 12 out... in, 12 in... out.
        for (int i = 0; i < 48; ++i) {
            const int notch = (i / 12) % 2 == (zoom > 0 ? 0 : 1) ? -120 : 120;
            QWheelEvent event(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, notch),
                              Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
            frame(&event);
        }
    } else {
        // The busiest table dragged by its header, 5 px per motion event, and dropped.
        const QPoint header = view.mapFromScene(table->sceneCardRect().topLeft()
                                                + QPointF(table->sceneCardRect().width() / 2, 8));
        mouse(QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, header);
        QPoint at = header;
        for (int i = 0; i < 80; ++i) {
            at += i < 40 ? QPoint(5, 3) : QPoint(-3, 5);
            mouse(QEvent::MouseMove, Qt::NoButton, Qt::LeftButton, at);
        }
        mouse(QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton, at);
        QCOMPARE(model.undoStack()->count(), 1); // the drag moved the table, as one step
    }
    std::sort(frames.begin(), frames.end());
    const double p95 = frames.at(std::min<int>(frames.size() - 1, int(frames.size() * 0.95)));
    qInfo("%s at zoom %.3f: %d frames, max %.1f ms, 95th percentile %.1f ms, median %.1f ms "
          "(target 16 ms)",
          qPrintable(gesture), view.zoom(), int(frames.size()), frames.last(), p95,
          frames.at(frames.size() / 2));
}

namespace {
// The process's resident memory in MB (Linux), -1 elsewhere.
qint64 residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}
} // namespace

// viewMemory: what the canvas adds to the resident memory on the end-to-end document (or
// JOINERY_BENCH_DOCUMENT), step by step: the schema read, the scene built, the view shown
// fitted, then at 100 % after a walk across the diagram.
void BenchCanvas::viewMemory()
{
    Schema document;
    const QString path = qEnvironmentVariable("JOINERY_BENCH_DOCUMENT");
    if (path.isEmpty()) {
        document = SyntheticSchema::largeDocument(5000);
    } else {
        SchemaReader reader;
        QVERIFY2(reader.readFile(path), qPrintable(reader.error()));
        document = reader.schema();
    }
    const qint64 start = residentMegabytes();
    Document model;
    Selection selection;
    model.resetSchema(document);
    const qint64 loaded = residentMegabytes();
    SchemaScene scene(&model, &selection);
    const qint64 built = residentMegabytes();
    SchemaView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 fitted = residentMegabytes();
    view.setZoom(1.0);
    const QRectF content = scene.contentRect();
    for (int i = 0; i <= 10; ++i) {
        view.centerOn(content.left() + content.width() * i / 10, content.center().y());
        view.viewport()->repaint();
    }
    QCoreApplication::processEvents();
    const qint64 walked = residentMegabytes();
    qInfo("resident memory: %lld MB before, +%lld MB the document, +%lld MB the scene, +%lld MB "
          "the view fitted, +%lld MB after a walk at 100 %% (%lld MB)",
          start, loaded - start, built - loaded, fitted - built, walked - fitted, walked);
}

QTEST_MAIN(BenchCanvas)
#include "bench_canvas.moc"
