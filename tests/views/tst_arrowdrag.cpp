#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "tableitem.h"

#include <QMouseEvent>
#include <QtTest>

// While a table is dragged, its arrows report a fixed area around the view as their bounds
// (the scene's index is told once, not on every move; see ForeignKeyItem::setDragBounds) and
// follow the table all the same; on release they have their own bounds again.
class TestArrowDrag : public QObject
{
    Q_OBJECT

private slots:
    void arrowsFollowADragAndGetTheirBoundsBack();
};

void TestArrowDrag::arrowsFollowADragAndGetTheirBoundsBack()
{
    Schema schema;
    QVector<Id> ids;
    // The third table, far away, makes the scene much larger than the view: zoomed far out
    // the arrows keep their own bounds (see SchemaScene::tableItemMoved()).
    for (int i = 0; i < 3; ++i) {
        Table t;
        t.id = schema.allocateId();
        t.name = QStringLiteral("table_%1").arg(i);
        t.position = i < 2 ? QPointF(i * 500, i * 100) : QPointF(6000, 4000);
        Column column;
        column.id = schema.allocateId();
        column.name = QStringLiteral("id");
        column.type = DataType(LogicalType::BigInt);
        t.columns << column;
        t.primaryKey << column.id;
        schema.insertTable(i, t);
        ids << t.id;
    }
    ForeignKey key;
    key.id = schema.allocateId();
    key.name = QStringLiteral("fk");
    key.childTable = ids.at(0);
    key.childColumns = {schema.table(ids.at(0))->columns.first().id};
    key.parentTable = ids.at(1);
    key.parentColumns = {schema.table(ids.at(1))->columns.first().id};
    schema.insertForeignKey(0, key);

    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(schema);
    SchemaView view(&scene);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    view.setZoom(1.0);
    view.centerOn(300, 100);
    QCoreApplication::processEvents();
    ForeignKeyItem *arrow = scene.foreignKeyItem(key.id);
    TableItem *child = scene.tableItem(ids.at(0));
    const QRectF boundsBefore = arrow->boundingRect();
    const QRectF sceneRectBefore = scene.sceneRect();
    const QPointF endBefore = arrow->path().pointAtPercent(0);

    QWidget *viewport = view.viewport();
    auto mouse = [&](QEvent::Type type, Qt::MouseButtons buttons, const QPoint &at) {
        QMouseEvent event(type, at, viewport->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &event);
        QCoreApplication::processEvents();
    };
    QPoint at = view.mapFromScene(child->sceneCardRect().topLeft() + QPointF(40, 10));
    mouse(QEvent::MouseButtonPress, Qt::LeftButton, at);
    for (int i = 0; i < 3; ++i) {
        at += QPoint(0, 20);
        mouse(QEvent::MouseMove, Qt::LeftButton, at);
    }
    QVERIFY(arrow->hasDragBounds());
    // The arrow moved with the card...
    const qreal moved = child->y() - schema.table(ids.at(0))->position.y();
    QVERIFY(moved > 20);
    QCOMPARE(arrow->path().pointAtPercent(0).y(), endBefore.y() + moved);
    // ...inside the bounds it reports, which did not grow the scene.
    QVERIFY(arrow->boundingRect().contains(arrow->path().controlPointRect()));
    QVERIFY(arrow->boundingRect().contains(boundsBefore));
    QCOMPARE(scene.sceneRect(), sceneRectBefore);

    mouse(QEvent::MouseButtonRelease, Qt::NoButton, at);
    QVERIFY(!arrow->hasDragBounds());
    QCOMPARE(document.schema().table(ids.at(0))->position.y(), child->y());
    // Its own bounds again: those of the same arrow in a scene made afresh.
    QCoreApplication::processEvents();
    Document fresh;
    Selection freshSelection;
    SchemaScene freshScene(&fresh, &freshSelection);
    fresh.resetSchema(document.schema());
    freshScene.placeLabelsNow();
    scene.placeLabelsNow();
    QCOMPARE(arrow->boundingRect(), freshScene.foreignKeyItem(key.id)->boundingRect());
    // And the scene's index knows them: the arrow is found where it is now, not where it was.
    const QPointF onArrow = arrow->path().pointAtPercent(0.5);
    QVERIFY(scene.items(onArrow).contains(arrow));
}

QTEST_MAIN(TestArrowDrag)
#include "tst_arrowdrag.moc"
