#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "tableitem.h"

#include <QtTest>

// The canvas on a 5,000-table, 10,000-key schema: opening it (scene build), drawing it fitted
// to the window, and dragging one table that has 50 keys. Figures, not assertions.
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
            column.type = DataType(c < 3 ? LogicalType::BigInt : LogicalType::Varchar, c < 3 ? -1 : 80);
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
    QBENCHMARK {
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
    QBENCHMARK {
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
    QBENCHMARK {
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
    QBENCHMARK {
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
    QBENCHMARK {
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
        view.setViewportUpdateMode(QGraphicsView::ViewportUpdateMode(qEnvironmentVariableIntValue("BENCH_MODE")));
    TableItem *hub = scene.tableItem(m_hub);
    view.centerOn(hub);
    qreal dx = 0;
    for (int i = 0; i < 3; ++i) { // the first frames fill the card caches
        hub->setPos(QPointF(dx += 1, 0));
        QCoreApplication::processEvents();
        view.viewport()->repaint();
    }
    // A whole frame: move, then let the view repaint what changed.
    QBENCHMARK {
        dx += 1;
        hub->setPos(QPointF(dx, 0));
        QCoreApplication::processEvents();
        view.viewport()->repaint();
    }
}

QTEST_MAIN(BenchCanvas)
#include "bench_canvas.moc"
