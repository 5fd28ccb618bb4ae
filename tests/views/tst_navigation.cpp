#include "canvasnavigation.h"
#include "commands/addforeignkeycommand.h"
#include "commands/removetablecommand.h"
#include "document.h"
#include "findfield.h"
#include "focusbar.h"
#include "focusmode.h"
#include "foreignkeyitem.h"
#include "layout/autolayout.h"
#include "overviewwidget.h"
#include "schemabuilder.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "syntheticschema.h"
#include "tableitem.h"
#include "viewnavigator.h"

#include <QCheckBox>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QToolBar>
#include <QtTest>

// Finding one's place on a big diagram, driven as a user drives it: the Overview dock (click,
// drag), Zoom to Selection (F), Find (type, Enter) and Focus (Shift+F, its bar), checking
// what the canvas shows and that the document is untouched.
class TestNavigation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void overviewClickCentresTheView();
    void overviewDragMovesTheFrame();
    void overviewFollowsTheView();
    void zoomToSelection();
    void findSelectsAndZooms();
    void focusDimsOrHidesTheRest();
    void focusFollowsEdits();
    void smallDiagramIsCentredAtFullSize();

private:
    Id tableNamed(const QString &name) const { return m_document->schema().tableByName(name)->id; }
    QRectF card(Id tableId) const { return m_scene->tableItem(tableId)->sceneCardRect(); }
    void settle() { QCoreApplication::processEvents(); }

    QMainWindow *m_window = nullptr;
    Document *m_document = nullptr;
    Selection *m_selection = nullptr;
    SchemaScene *m_scene = nullptr;
    SchemaView *m_view = nullptr;
    CanvasNavigation *m_navigation = nullptr;
    FindField *m_find = nullptr;
};

void TestNavigation::init()
{
    m_window = new QMainWindow;
    m_document = new Document(m_window);
    m_selection = new Selection(m_window);
    m_scene = new SchemaScene(m_document, m_selection, m_window);
    m_view = new SchemaView(m_scene);
    m_navigation = new CanvasNavigation(m_window, m_view);
    m_window->setCentralWidget(m_navigation->canvasPane());
    m_find = new FindField(m_document);
    m_window->addToolBar(QStringLiteral("find"))->addWidget(m_find);
    connect(m_find, &FindField::found, m_navigation, &CanvasNavigation::showFound);
    Schema schema = SyntheticSchema::modules(200, false);
    AutoLayout::arrange(&schema);
    m_document->resetSchema(schema);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_view->fitToView();
    m_view->setFocus();
    settle();
}

void TestNavigation::cleanup()
{
    delete m_window;
}

void TestNavigation::overviewClickCentresTheView()
{
    OverviewWidget *overview = m_navigation->overview();
    m_view->setZoom(1.0);
    const Id first = m_document->schema().tableIds().first();
    const Id last = m_document->schema().tableIds().last();
    m_navigation->navigator()->centreOn(card(first).center());
    settle();
    QVERIFY(!m_navigation->navigator()->visibleRect().intersects(card(last)));
    // A click on the far table's miniature brings it to the middle of the canvas.
    const QPoint at = overview->mapFromScene(card(last)).center().toPoint();
    QTest::mouseClick(overview, Qt::LeftButton, {}, at);
    settle();
    const QRectF visible = m_navigation->navigator()->visibleRect();
    const qreal pixel = 1 / (overview->mapFromScene(QRectF(0, 0, 1, 1)).width());
    QVERIFY2(QLineF(visible.center(), overview->mapToScene(at)).length() < 3 * pixel,
             qPrintable(QStringLiteral("view centre %1,%2")
                            .arg(visible.center().x())
                            .arg(visible.center().y())));
    QVERIFY(visible.contains(card(last).center()));
    QVERIFY(overview->frameRect().contains(QPointF(at)));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestNavigation::overviewDragMovesTheFrame()
{
    OverviewWidget *overview = m_navigation->overview();
    m_view->setZoom(0.5);
    m_navigation->navigator()->centreOn(overview->sceneArea().center());
    settle();
    const QRectF before = m_navigation->navigator()->visibleRect();
    const QPoint grab = overview->frameRect().center().toPoint() + QPoint(3, 2);
    const QPoint drop = grab + QPoint(-25, 15);
    QTest::mousePress(overview, Qt::LeftButton, {}, grab);
    QTest::mouseMove(overview, grab + QPoint(-10, 5));
    QTest::mouseMove(overview, drop);
    QTest::mouseRelease(overview, Qt::LeftButton, {}, drop);
    settle();
    const QRectF after = m_navigation->navigator()->visibleRect();
    // The view moved by the drag, scaled from the miniature to the scene; the point grabbed
    // stays under the mouse.
    const QPointF expected = overview->mapToScene(drop) - overview->mapToScene(grab);
    const QPointF moved = after.center() - before.center();
    const qreal pixel = 1 / (overview->mapFromScene(QRectF(0, 0, 1, 1)).width());
    QVERIFY2(QLineF(moved, expected).length() < 3 * pixel,
             qPrintable(QStringLiteral("moved %1,%2 expected %3,%4")
                            .arg(moved.x())
                            .arg(moved.y())
                            .arg(expected.x())
                            .arg(expected.y())));
    QCOMPARE(m_view->zoom(), 0.5);
}

void TestNavigation::overviewFollowsTheView()
{
    OverviewWidget *overview = m_navigation->overview();
    m_view->setZoom(1.0);
    const Id table = m_document->schema().tableIds().at(100);
    m_navigation->navigator()->centreOn(card(table).center());
    settle();
    // The frame is the canvas's visible rectangle, in miniature.
    const QRectF expected = overview->mapFromScene(m_navigation->navigator()->visibleRect());
    QCOMPARE(overview->frameRect(), expected);
    QVERIFY(overview->frameRect().contains(overview->mapFromScene(card(table)).center()));
}

void TestNavigation::zoomToSelection()
{
    const QVector<Id> ids = m_document->schema().tableIds();
    const QVector<Id> chosen{ids.at(3), ids.at(40), ids.at(41)};
    m_selection->set(chosen);
    m_view->setZoom(0.05);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F);
    settle();
    QRectF selected;
    for (Id id : chosen)
        selected |= card(id);
    const QRectF visible = m_navigation->navigator()->visibleRect();
    QVERIFY(visible.contains(selected));
    QVERIFY(m_view->zoom() <= ViewNavigator::SelectionMaxZoom);
    // It fills the view in one direction, apart from the margin.
    QVERIFY(selected.width() > visible.width() * 0.6 || selected.height() > visible.height() * 0.6
            || qFuzzyCompare(m_view->zoom(), ViewNavigator::SelectionMaxZoom));
    // Nothing selected: F fits everything.
    m_selection->clear();
    QTest::keyClick(m_view, Qt::Key_F);
    settle();
    for (Id id : ids)
        QVERIFY(m_navigation->navigator()->visibleRect().contains(card(id)));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestNavigation::findSelectsAndZooms()
{
    m_view->fitToView();
    QVERIFY(m_view->zoom() < 0.5);
    QSignalSpy notFound(m_find, &FindField::notFound);
    m_find->start();
    QTest::keyClicks(m_find, QStringLiteral("TABLE_150"));
    QTest::keyClick(m_find, Qt::Key_Return);
    settle();
    const Id table = tableNamed(QStringLiteral("table_150"));
    QCOMPARE(m_selection->ids(), QVector<Id>{table});
    QVERIFY(m_scene->tableItem(table)->isSelected());
    QCOMPARE(m_view->zoom(), 1.0); // readable
    QVERIFY(m_navigation->navigator()->visibleRect().contains(card(table)));
    QVERIFY(qAbs(m_navigation->navigator()->visibleRect().center().x() - card(table).center().x())
            < 2);

    // table.column selects the column, on its table.
    m_find->clear();
    QTest::keyClicks(m_find, QStringLiteral("table_7.attribute_2"));
    QTest::keyClick(m_find, Qt::Key_Return);
    settle();
    const Table *t7 = m_document->schema().table(tableNamed(QStringLiteral("table_7")));
    QCOMPARE(m_selection->ids(), QVector<Id>{t7->columnByName(QStringLiteral("attribute_2"))->id});
    QVERIFY(m_navigation->navigator()->visibleRect().contains(card(t7->id)));

    m_find->clear();
    QTest::keyClicks(m_find, QStringLiteral("no_such_thing"));
    QTest::keyClick(m_find, Qt::Key_Return);
    QCOMPARE(notFound.count(), 1);
    QCOMPARE(m_selection->ids(), QVector<Id>{t7->columnByName(QStringLiteral("attribute_2"))->id});
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestNavigation::focusDimsOrHidesTheRest()
{
    const Schema &schema = m_document->schema();
    const Id centre = tableNamed(QStringLiteral("table_60"));
    // Its neighbours one key away, either direction, found here independently.
    QSet<Id> near{centre};
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key->childTable == centre)
            near << key->parentTable;
        if (key->parentTable == centre)
            near << key->childTable;
    }
    QVERIFY(near.size() > 1);
    m_selection->select(centre);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F, Qt::ShiftModifier);
    settle();
    FocusMode *focus = m_navigation->focusMode();
    QVERIFY(focus->isActive());
    QCOMPARE(focus->tables(), near);
    FocusBar *bar = m_navigation->focusBar();
    QVERIFY(bar->isVisible());
    for (Id id : schema.tableIds()) {
        TableItem *item = m_scene->tableItem(id);
        QVERIFY(item->isVisible());
        QCOMPARE(item->opacity(), near.contains(id) ? 1.0 : FocusMode::DimmedOpacity);
    }
    for (Id id : near)
        QVERIFY(m_navigation->navigator()->visibleRect().contains(card(id)));

    // Two keys away: more tables.
    bar->depthBox()->setFocus();
    QTest::keyClick(bar->depthBox(), Qt::Key_Up);
    settle();
    QCOMPARE(focus->depth(), 2);
    QVERIFY(focus->tables().size() > near.size());
    QVERIFY(focus->tables().contains(near));

    // Hide the rest: the others and their arrows are gone, the focused ones stay.
    QTest::mouseClick(bar->hideBox(), Qt::LeftButton);
    settle();
    QVERIFY(focus->hidesOthers());
    for (Id id : schema.tableIds())
        QCOMPARE(m_scene->tableItem(id)->isVisible(), focus->tables().contains(id));
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(id);
        QCOMPARE(m_scene->foreignKeyItem(id)->isVisible(),
                 focus->tables().contains(key->childTable)
                     && focus->tables().contains(key->parentTable));
    }

    // Show All: everything back, the bar gone; nothing was ever an edit.
    QPushButton *showAll = bar->findChild<QPushButton *>();
    QVERIFY(showAll);
    QTest::mouseClick(showAll, Qt::LeftButton);
    settle();
    QVERIFY(!focus->isActive());
    QVERIFY(!bar->isVisible());
    for (Id id : schema.tableIds()) {
        QVERIFY(m_scene->tableItem(id)->isVisible());
        QCOMPARE(m_scene->tableItem(id)->opacity(), 1.0);
    }
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestNavigation::focusFollowsEdits()
{
    const Schema &schema = m_document->schema();
    const Id centre = tableNamed(QStringLiteral("table_10"));
    const Id far = tableNamed(QStringLiteral("table_190"));
    FocusMode *focus = m_navigation->focusMode();
    focus->focus(centre, 1);
    QVERIFY(!focus->tables().contains(far));
    // A key from the far table to the focused one brings it in.
    ForeignKey key;
    key.id = m_document->allocateId();
    key.name = QStringLiteral("fk_far");
    key.childTable = far;
    key.childColumns = {schema.table(far)->columns.at(1).id};
    key.parentTable = centre;
    key.parentColumns = schema.table(centre)->primaryKey;
    m_document->undoStack()->push(new AddForeignKeyCommand(m_document, key));
    QTRY_VERIFY(focus->tables().contains(far));
    QCOMPARE(m_scene->tableItem(far)->opacity(), 1.0);
    QCOMPARE(m_scene->foreignKeyItem(key.id)->opacity(), 1.0);
    // Undone: out again.
    m_document->undoStack()->undo();
    QTRY_VERIFY(!focus->tables().contains(far));
    QCOMPARE(m_scene->tableItem(far)->opacity(), FocusMode::DimmedOpacity);
    // The focused table deleted: focus ends, everything shown.
    m_document->undoStack()->push(new RemoveTableCommand(m_document, QVector<Id>{centre}));
    QTRY_VERIFY(!focus->isActive());
    for (Id id : schema.tableIds())
        QCOMPARE(m_scene->tableItem(id)->opacity(), 1.0);
}

void TestNavigation::smallDiagramIsCentredAtFullSize()
{
    // Two tables in a large window: fitting stops at 100 %, and the diagram is in the middle
    // of the canvas, whatever the zoom anchor (the window maximised under the mouse).
    SchemaBuilder b;
    b.table(QStringLiteral("a"), {QStringLiteral("id integer pk")});
    b.table(QStringLiteral("b"), {QStringLiteral("id integer pk")});
    Schema schema = b.schema;
    AutoLayout::arrange(&schema);
    m_document->resetSchema(schema);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    QTest::mouseMove(m_view->viewport(), QPoint(5, 5));
    m_view->setZoom(0.3);
    m_view->fitToView();
    settle();
    QCOMPARE(m_view->zoom(), 1.0);
    const QPointF centre = m_navigation->navigator()->visibleRect().center();
    const QPointF content = m_scene->contentRect().center();
    QVERIFY2(QLineF(centre, content).length() < 2,
             qPrintable(QStringLiteral("view centre %1,%2, content centre %3,%4")
                            .arg(centre.x())
                            .arg(centre.y())
                            .arg(content.x())
                            .arg(content.y())));
}

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
