#include "canvasstyle.h"
#include "canvastesthelpers.h"
#include "document.h"
#include "foreignkeyitem.h"
#include "freespace.h"
#include "integritycheck.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "tablealignment.h"
#include "tableclipboard.h"
#include "tableitem.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace CanvasTest;

// What a new user tries first, driven with real mouse and key events: drawing a key by dragging
// a column row (the table moves by its header), the hover hint, Insert and Add Column, new and
// pasted tables on free space, snapping, align and distribute.
class TestCanvasGestures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dragFromColumnRowDrawsKey();
    void clickOnColumnRowSelectsIt();
    void dragOnHeaderMovesTable();
    void hoverHintNamesTheGesture();
    void insertAddsColumnAndEditsItsName();
    void addColumnSelectsAndEdits();
    void newTableLandsOnFreeSpace();
    void pasteLandsOnFreeSpace();
    void snapToGrid();
    void alignAndDistributeAreOneStepEach();

private:
    QPoint viewPoint(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF rowCentre(Id tableId, Id columnId) const;
    QPointF headerOf(Id tableId) const;
    void drag(const QPointF &from, const QPointF &to);
    void shopLike();
    QLineEdit *visibleEditor() const;
    bool overlapsAnotherCard(Id tableId) const;

    Document *m_doc = nullptr;
    Selection *m_selection = nullptr;
    SchemaScene *m_scene = nullptr;
    SchemaView *m_view = nullptr;
    Id m_users = 0, m_usersId = 0, m_orders = 0, m_ordersId = 0, m_ordersUser = 0;
};

void TestCanvasGestures::init()
{
    m_doc = new Document;
    m_selection = new Selection;
    m_scene = new SchemaScene(m_doc, m_selection);
    m_view = new SchemaView(m_scene);
    m_view->resize(1000, 700);
    m_view->setSceneRect(-200, -200, 1400, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->resetZoom();
    m_view->centerOn(400, 250);
}

void TestCanvasGestures::cleanup()
{
    delete m_view;
    delete m_scene;
    delete m_selection;
    delete m_doc;
}

QPointF TestCanvasGestures::rowCentre(Id tableId, Id columnId) const
{
    TableItem *item = m_scene->tableItem(tableId);
    const int row = m_doc->schema().table(tableId)->columnIndex(columnId);
    return item->mapToScene(item->rowRect(row).center());
}

QPointF TestCanvasGestures::headerOf(Id tableId) const
{
    TableItem *item = m_scene->tableItem(tableId);
    return item->mapToScene(item->headerRect().center());
}

void TestCanvasGestures::drag(const QPointF &from, const QPointF &to)
{
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(from));
    QTest::mouseMove(viewport, viewPoint(from + (to - from) / 4));
    QTest::mouseMove(viewport, viewPoint((from + to) / 2));
    QTest::mouseMove(viewport, viewPoint(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(to));
}

void TestCanvasGestures::shopLike()
{
    const Column usersId = column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false);
    const Table users
        = table(m_doc, QStringLiteral("users"), QPointF(500, 0),
                {usersId, column(m_doc, QStringLiteral("email"), LogicalType::Text, false)});
    const Column ordersId = column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false);
    const Column ordersUser = column(m_doc, QStringLiteral("user_id"), LogicalType::BigInt, false);
    const Table orders
        = table(m_doc, QStringLiteral("orders"), QPointF(0, 0), {ordersId, ordersUser});
    add(m_doc, users);
    add(m_doc, orders);
    m_doc->undoStack()->clear();
    m_users = users.id;
    m_usersId = usersId.id;
    m_orders = orders.id;
    m_ordersId = ordersId.id;
    m_ordersUser = ordersUser.id;
}

QLineEdit *TestCanvasGestures::visibleEditor() const
{
    for (QLineEdit *candidate : m_view->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

bool TestCanvasGestures::overlapsAnotherCard(Id tableId) const
{
    const QRectF card = m_scene->tableItem(tableId)->sceneCardRect();
    for (Id other : m_doc->schema().tableIds()) {
        if (other != tableId && m_scene->tableItem(other)->sceneCardRect().intersects(card))
            return true;
    }
    return false;
}

void TestCanvasGestures::dragFromColumnRowDrawsKey()
{
    shopLike();
    const QPointF ordersAt = m_doc->schema().table(m_orders)->position;
    // From the middle of the row, not from the small port at its edge.
    drag(rowCentre(m_orders, m_ordersUser), rowCentre(m_users, m_usersId));

    const Schema &schema = m_doc->schema();
    QCOMPARE(schema.foreignKeyCount(), 1);
    const ForeignKey *key = schema.foreignKey(schema.foreignKeyIds().first());
    QCOMPARE(key->childTable, m_orders);
    QCOMPARE(key->childColumns, QVector<Id>{m_ordersUser});
    QCOMPARE(key->parentTable, m_users);
    QCOMPARE(key->parentColumns, QVector<Id>{m_usersId});
    QCOMPARE(schema.table(m_orders)->position, ordersAt); // the table stayed
    QCOMPARE(m_scene->tableItem(m_orders)->pos(), ordersAt);
    QCOMPARE(m_selection->ids(), QVector<Id>{key->id});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(IntegrityCheck::check(schema).isEmpty());
}

void TestCanvasGestures::clickOnColumnRowSelectsIt()
{
    shopLike();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      viewPoint(rowCentre(m_orders, m_ordersUser)));
    QCOMPARE(m_selection->ids(), QVector<Id>{m_ordersUser});
    QVERIFY(m_scene->tableItem(m_orders)->isSelected());
    // A wobble smaller than the drag distance is still a click.
    const QPointF at = rowCentre(m_orders, m_ordersId);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, viewPoint(at));
    QTest::mouseMove(m_view->viewport(), viewPoint(at + QPointF(1, 1)));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, viewPoint(at + QPointF(1, 1)));
    QCOMPARE(m_selection->ids(), QVector<Id>{m_ordersId});
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->schema().foreignKeyCount(), 0);
}

void TestCanvasGestures::dragOnHeaderMovesTable()
{
    shopLike();
    const QPointF before = m_doc->schema().table(m_orders)->position;
    drag(headerOf(m_orders), headerOf(m_orders) + QPointF(40, 200));
    QCOMPARE(m_doc->schema().table(m_orders)->position, before + QPointF(40, 200));
    QCOMPARE(m_doc->schema().foreignKeyCount(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestCanvasGestures::hoverHintNamesTheGesture()
{
    shopLike();
    QSignalSpy status(m_scene, &SchemaScene::statusMessage);
    TableItem *orders = m_scene->tableItem(m_orders);
    QTest::mouseMove(m_view->viewport(), viewPoint(rowCentre(m_orders, m_ordersUser)));
    QTRY_VERIFY(orders->toolTip().contains(QStringLiteral("draw a foreign key")));
    QCOMPARE(orders->cursor().shape(), Qt::CrossCursor);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains(QStringLiteral("foreign key")));

    QTest::mouseMove(m_view->viewport(), viewPoint(headerOf(m_orders)));
    QTRY_COMPARE(orders->cursor().shape(), Qt::SizeAllCursor);
    QVERIFY(orders->toolTip().contains(QStringLiteral("move the table")));
    QVERIFY(status.last().first().toString().contains(QStringLiteral("move the table")));
}

void TestCanvasGestures::insertAddsColumnAndEditsItsName()
{
    shopLike();
    m_selection->select(m_ordersId);
    m_view->setFocus();
    QTest::keyClick(m_view->viewport(), Qt::Key_Insert);

    const Table *orders = m_doc->schema().table(m_orders);
    QCOMPARE(orders->columns.size(), 3);
    const Column added = orders->columns.at(1); // after the selected column
    QCOMPARE(added.name, QStringLiteral("column"));
    QCOMPARE(m_selection->ids(), QVector<Id>{added.id});
    QLineEdit *editor = visibleEditor();
    QVERIFY(editor);
    QCOMPARE(editor->selectedText(), QStringLiteral("column"));
    QTest::keyClicks(editor, QStringLiteral("status"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_doc->schema().column(added.id)->name, QStringLiteral("status"));
    QCOMPARE(m_doc->undoStack()->count(), 2);

    // With the table itself selected, the column goes at the end.
    m_selection->select(m_users);
    m_view->setFocus();
    QTest::keyClick(m_view->viewport(), Qt::Key_Insert);
    QCOMPARE(m_doc->schema().table(m_users)->columns.size(), 3);
    QCOMPARE(m_selection->current(), m_doc->schema().table(m_users)->columns.last().id);
    QVERIFY(IntegrityCheck::check(m_doc->schema()).isEmpty());
}

void TestCanvasGestures::addColumnSelectsAndEdits()
{
    shopLike();
    const Id added = m_scene->addColumn(m_users);
    QVERIFY(added);
    QCOMPARE(m_doc->schema().table(m_users)->columns.last().id, added);
    QCOMPARE(m_selection->ids(), QVector<Id>{added});
    QVERIFY(m_view->isRenaming());
    QLineEdit *editor = visibleEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("column"));
    QVERIFY(editor->hasSelectedText());
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestCanvasGestures::newTableLandsOnFreeSpace()
{
    shopLike();
    // Just above-left of the users card: a card here would cover it.
    const QPointF wished = m_doc->schema().table(m_users)->position + QPointF(-20, -10);
    m_scene->setTool(SchemaScene::Tool::Table);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(wished));
    const Table *created = m_doc->schema().tableByName(QStringLiteral("table"));
    QVERIFY(created);
    QVERIFY(!overlapsAnotherCard(created->id));
    // Near where the user clicked, not somewhere far away.
    QVERIFY(QLineF(created->position, wished).length() < 300);
}

void TestCanvasGestures::pasteLandsOnFreeSpace()
{
    shopLike();
    const QByteArray data = TableClipboard::copy(m_doc->schema(), {m_users, m_orders});
    for (int round = 1; round <= 3; ++round) {
        const QVector<Id> pasted
            = TableClipboard::paste(m_doc, data, QPointF(30, 30) * round, m_scene->cardRects());
        QCOMPARE(pasted.size(), 2);
        for (Id id : pasted)
            QVERIFY2(!overlapsAnotherCard(id), qPrintable(m_doc->schema().table(id)->name));
        // The copies keep their arrangement.
        const Schema &schema = m_doc->schema();
        QCOMPARE(schema.table(pasted.at(0))->position - schema.table(pasted.at(1))->position,
                 schema.table(m_users)->position - schema.table(m_orders)->position);
    }
    QVERIFY(IntegrityCheck::check(m_doc->schema()).isEmpty());
}

void TestCanvasGestures::snapToGrid()
{
    shopLike();
    m_scene->setSnapToGrid(true);
    drag(headerOf(m_orders), headerOf(m_orders) + QPointF(33, 47));
    const QPointF at = m_doc->schema().table(m_orders)->position;
    QCOMPARE(at, SchemaScene::snapped(at));
    QVERIFY(at != QPointF(0, 0));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_scene->setSnapToGrid(false);
    drag(headerOf(m_orders), headerOf(m_orders) + QPointF(13, 7));
    QCOMPARE(m_doc->schema().table(m_orders)->position, at + QPointF(13, 7));
}

void TestCanvasGestures::alignAndDistributeAreOneStepEach()
{
    const QVector<QPointF> positions{QPointF(0, 0), QPointF(300, 90), QPointF(700, 40)};
    QVector<Id> ids;
    for (int i = 0; i < positions.size(); ++i) {
        const Table t = table(m_doc, QStringLiteral("t%1").arg(i), positions.at(i),
                              {column(m_doc, QStringLiteral("id"), LogicalType::Integer, false)});
        add(m_doc, t);
        ids << t.id;
    }
    m_doc->undoStack()->clear();
    const Schema &schema = m_doc->schema();

    QVERIFY(TableAlignment::apply(m_scene, ids, TableAlignment::Mode::Top));
    for (Id id : ids)
        QCOMPARE(schema.table(id)->position.y(), 0.0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!TableAlignment::apply(m_scene, ids, TableAlignment::Mode::Top)); // nothing to do
    QCOMPARE(m_doc->undoStack()->count(), 1);

    QVERIFY(TableAlignment::apply(m_scene, ids, TableAlignment::Mode::DistributeHorizontally));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVector<QRectF> cards;
    for (Id id : ids)
        cards << m_scene->tableItem(id)->sceneCardRect();
    const qreal gap1 = cards.at(1).left() - cards.at(0).right();
    const qreal gap2 = cards.at(2).left() - cards.at(1).right();
    QVERIFY(qAbs(gap1 - gap2) <= 1);
    QCOMPARE(cards.at(0).left(), 0.0); // the outer ones stay
    QCOMPARE(cards.at(2).left(), 700.0);

    QVERIFY(TableAlignment::apply(m_scene, ids, TableAlignment::Mode::Left));
    for (Id id : ids)
        QCOMPARE(schema.table(id)->position.x(), 0.0);
    // Distributing stacked cards spaces them out instead of leaving them on top of each other.
    QVERIFY(TableAlignment::apply(m_scene, ids, TableAlignment::Mode::DistributeVertically));
    for (Id id : ids)
        QVERIFY(!overlapsAnotherCard(id));
    QCOMPARE(m_doc->undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i)
        m_doc->undoStack()->undo();
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(schema.table(ids.at(i))->position, positions.at(i));
    // Too few tables: nothing.
    QVERIFY(!TableAlignment::apply(m_scene, {ids.first()}, TableAlignment::Mode::Left));
}

QTEST_MAIN(TestCanvasGestures)
#include "tst_canvasgestures.moc"
