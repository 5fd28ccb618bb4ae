#include "canvasstyle.h"
#include "canvastesthelpers.h"
#include "commands/addforeignkeycommand.h"
#include "commands/movetablescommand.h"
#include "document.h"
#include "foreignkeyitem.h"
#include "integritycheck.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "tableitem.h"

#include <QLineEdit>
#include <QtTest>

using namespace CanvasTest;

// Drives the real canvas with mouse and key events and checks the model after each step.
class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createTableByClicking();
    void createTableByDoubleClick();
    void drawOneColumnKeyBetweenColumns();
    void invalidTargetDrawsNothing();
    void drawCompositeKeyOnHeader();
    void drawSelfReference();
    void moveTableAndUndo();
    void nudgeMergesIntoOneStep();
    void deleteParentTableRemovesKeysAndUndo();
    void clickSelectsTableColumnAndKey();
    void renameInPlace();
    void arrowsFollowModelChanges();

private:
    QPoint viewPoint(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF rowCentre(Id tableId, Id columnId) const;
    QPointF portOf(Id tableId, Id columnId) const;
    QPointF headerOf(Id tableId) const;
    void drag(const QPointF &from, const QPointF &to);
    void checkIntegrity();
    void shopLike(); // users(id) ← orders(id, user_id)

    Document *m_doc = nullptr;
    Selection *m_selection = nullptr;
    SchemaScene *m_scene = nullptr;
    SchemaView *m_view = nullptr;
    Id m_users = 0, m_usersId = 0, m_orders = 0, m_ordersId = 0, m_ordersUser = 0;
};

void TestCanvas::init()
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

void TestCanvas::cleanup()
{
    delete m_view;
    delete m_scene;
    delete m_selection;
    delete m_doc;
}

QPointF TestCanvas::rowCentre(Id tableId, Id columnId) const
{
    TableItem *item = m_scene->tableItem(tableId);
    const int row = m_doc->schema().table(tableId)->columnIndex(columnId);
    return item->mapToScene(item->rowRect(row).center());
}

QPointF TestCanvas::portOf(Id tableId, Id columnId) const
{
    TableItem *item = m_scene->tableItem(tableId);
    const int row = m_doc->schema().table(tableId)->columnIndex(columnId);
    const QRectF r = item->rowRect(row);
    return item->mapToScene(QPointF(r.right() - CanvasStyle::PortWidth / 2, r.center().y()));
}

QPointF TestCanvas::headerOf(Id tableId) const
{
    TableItem *item = m_scene->tableItem(tableId);
    return item->mapToScene(item->headerRect().center());
}

void TestCanvas::drag(const QPointF &from, const QPointF &to)
{
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(from));
    QTest::mouseMove(viewport, viewPoint((from + to) / 2));
    QTest::mouseMove(viewport, viewPoint(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(to));
}

void TestCanvas::checkIntegrity()
{
    const QStringList errors = IntegrityCheck::check(m_doc->schema());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_scene->tableItemCount(), m_doc->schema().tableCount());
    QCOMPARE(m_scene->foreignKeyItemCount(), m_doc->schema().foreignKeyCount());
}

void TestCanvas::shopLike()
{
    const Column usersId = column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false);
    const Table users = table(m_doc, QStringLiteral("users"), QPointF(500, 0), {usersId,
                              column(m_doc, QStringLiteral("email"), LogicalType::Text, false)});
    const Column ordersId = column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false);
    const Column ordersUser = column(m_doc, QStringLiteral("user_id"), LogicalType::BigInt, false);
    const Table orders = table(m_doc, QStringLiteral("orders"), QPointF(0, 0), {ordersId, ordersUser});
    add(m_doc, users);
    add(m_doc, orders);
    m_doc->undoStack()->clear();
    m_users = users.id;
    m_usersId = usersId.id;
    m_orders = orders.id;
    m_ordersId = ordersId.id;
    m_ordersUser = ordersUser.id;
}

void TestCanvas::createTableByClicking()
{
    m_scene->setTool(SchemaScene::Tool::Table);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(203, 98)));

    const Schema &schema = m_doc->schema();
    QCOMPARE(schema.tableCount(), 1);
    const Table *t = schema.table(schema.tableIds().first());
    QCOMPARE(t->name, QStringLiteral("table"));
    QCOMPARE(t->position, QPointF(200, 100)); // snapped to the 10-pixel grid
    QCOMPARE(t->columns.size(), 1);
    QCOMPARE(t->columns.first().name, QStringLiteral("id"));
    QCOMPARE(t->primaryKey, QVector<Id>{t->columns.first().id});
    QCOMPARE(m_selection->ids(), QVector<Id>{t->id});
    QVERIFY(m_scene->tableItem(t->id)->isSelected());
    QCOMPARE(m_scene->tool(), SchemaScene::Tool::Select);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    // The name is in edit mode: typing names the table, as one more undo step.
    QVERIFY(m_view->isRenaming());
    auto editor = m_view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->selectedText(), QStringLiteral("table"));
    QTest::keyClicks(editor, QStringLiteral("customers"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(schema.table(t->id)->name, QStringLiteral("customers"));
    QCOMPARE(m_scene->tableItem(t->id)->name(), QStringLiteral("customers"));
    QCOMPARE(m_doc->undoStack()->count(), 2);

    m_doc->undoStack()->undo();
    QCOMPARE(schema.table(t->id)->name, QStringLiteral("table"));
    m_doc->undoStack()->undo();
    QCOMPARE(schema.tableCount(), 0);
    QCOMPARE(m_scene->tableItemCount(), 0);
    checkIntegrity();
}

void TestCanvas::createTableByDoubleClick()
{
    shopLike();
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(300, 400)));
    QCOMPARE(m_doc->schema().tableCount(), 3);
    QVERIFY(m_doc->schema().tableByName(QStringLiteral("table")));
    // Double-clicking a table does not create one.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(rowCentre(m_orders, m_ordersId)));
    QCOMPARE(m_doc->schema().tableCount(), 3);
    checkIntegrity();
}

void TestCanvas::drawOneColumnKeyBetweenColumns()
{
    shopLike();
    drag(portOf(m_orders, m_ordersUser), rowCentre(m_users, m_usersId));

    const Schema &schema = m_doc->schema();
    QCOMPARE(schema.foreignKeyCount(), 1);
    const ForeignKey *key = schema.foreignKey(schema.foreignKeyIds().first());
    QCOMPARE(key->name, QStringLiteral("fk_orders_user"));
    QCOMPARE(key->childTable, m_orders);
    QCOMPARE(key->childColumns, QVector<Id>{m_ordersUser});
    QCOMPARE(key->parentTable, m_users);
    QCOMPARE(key->parentColumns, QVector<Id>{m_usersId});
    QCOMPARE(key->onDelete, ReferentialAction::NoAction);
    QCOMPARE(key->onUpdate, ReferentialAction::NoAction);
    QCOMPARE(schema.table(m_orders)->columns.size(), 2); // no column created
    QCOMPARE(m_selection->ids(), QVector<Id>{key->id});   // selected for editing
    ForeignKeyItem *arrow = m_scene->foreignKeyItem(key->id);
    QVERIFY(arrow);
    QVERIFY(arrow->isSelected());
    // The arrow ends at the parent's column and starts at the child's.
    QVERIFY(arrow->path().pointAtPercent(1).x() >= m_scene->tableItem(m_users)->x() - 1);
    QCOMPARE(arrow->path().pointAtPercent(1).y(), rowCentre(m_users, m_usersId).y());
    QCOMPARE(arrow->path().pointAtPercent(0).y(), rowCentre(m_orders, m_ordersUser).y());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    checkIntegrity();

    m_doc->undoStack()->undo();
    QCOMPARE(schema.foreignKeyCount(), 0);
    QVERIFY(!m_scene->foreignKeyItem(key ? m_selection->current() : 0));
    checkIntegrity();
}

void TestCanvas::invalidTargetDrawsNothing()
{
    shopLike();
    // users.email is neither primary key nor unique: no key, and nothing on the stack.
    drag(portOf(m_orders, m_ordersUser),
         rowCentre(m_users, m_doc->schema().table(m_users)->columns.at(1).id));
    QCOMPARE(m_doc->schema().foreignKeyCount(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // Dropping on empty canvas draws nothing either.
    drag(portOf(m_orders, m_ordersUser), QPointF(300, 500));
    QCOMPARE(m_doc->schema().foreignKeyCount(), 0);
    checkIntegrity();
}

void TestCanvas::drawCompositeKeyOnHeader()
{
    const Column orderId = column(m_doc, QStringLiteral("order_id"), LogicalType::BigInt, false);
    const Column lineNo = column(m_doc, QStringLiteral("line_no"), LogicalType::Integer, false);
    const Table lines = table(m_doc, QStringLiteral("order_lines"), QPointF(500, 0),
                              {orderId, lineNo, column(m_doc, QStringLiteral("qty"), LogicalType::Integer)}, 2);
    const Table shipments = table(m_doc, QStringLiteral("shipments"), QPointF(0, 0),
                                  {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false)});
    add(m_doc, lines);
    add(m_doc, shipments);
    m_doc->undoStack()->clear();

    m_scene->setTool(SchemaScene::Tool::ForeignKey);
    drag(headerOf(shipments.id), headerOf(lines.id));

    const Schema &schema = m_doc->schema();
    QCOMPARE(schema.foreignKeyCount(), 1);
    const ForeignKey *key = schema.foreignKey(schema.foreignKeyIds().first());
    QCOMPARE(key->parentColumns, (QVector<Id>{orderId.id, lineNo.id}));
    const Table *child = schema.table(shipments.id);
    QCOMPARE(child->columns.size(), 3);
    QCOMPARE(child->columns.at(1).name, QStringLiteral("order_id"));
    QCOMPARE(child->columns.at(1).type, DataType(LogicalType::BigInt));
    QCOMPARE(child->columns.at(2).name, QStringLiteral("line_no"));
    QCOMPARE(child->columns.at(2).type, DataType(LogicalType::Integer));
    QVERIFY(child->columns.at(1).nullable);
    QCOMPARE(key->childColumns, (QVector<Id>{child->columns.at(1).id, child->columns.at(2).id}));
    QCOMPARE(key->name, QStringLiteral("fk_shipments_order_line"));
    QCOMPARE(m_scene->tool(), SchemaScene::Tool::Select);
    checkIntegrity();

    // New columns and key are one undo step.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(schema.foreignKeyCount(), 0);
    QCOMPARE(schema.table(shipments.id)->columns.size(), 1);
    checkIntegrity();
    m_doc->undoStack()->redo();
    QCOMPARE(schema.foreignKeyCount(), 1);
    QCOMPARE(schema.table(shipments.id)->columns.size(), 3);
    checkIntegrity();
}

void TestCanvas::drawSelfReference()
{
    const Table employees = table(m_doc, QStringLiteral("employees"), QPointF(100, 100),
                                  {column(m_doc, QStringLiteral("id"), LogicalType::Integer, false),
                                   column(m_doc, QStringLiteral("name"), LogicalType::Text)});
    add(m_doc, employees);
    m_doc->undoStack()->clear();

    m_scene->setTool(SchemaScene::Tool::ForeignKey);
    const QPointF header = headerOf(employees.id);
    drag(header - QPointF(30, 0), header + QPointF(30, 0));

    const Schema &schema = m_doc->schema();
    QCOMPARE(schema.foreignKeyCount(), 1);
    const ForeignKey *key = schema.foreignKey(schema.foreignKeyIds().first());
    QVERIFY(key->isSelfReference());
    const Table *t = schema.table(employees.id);
    QCOMPARE(t->columns.size(), 3);
    QCOMPARE(t->columns.at(2).name, QStringLiteral("employee_id"));
    QCOMPARE(key->childColumns, QVector<Id>{t->columns.at(2).id});
    QCOMPARE(key->parentColumns, QVector<Id>{t->columns.at(0).id});
    // The loop sits beside the table's right edge.
    ForeignKeyItem *arrow = m_scene->foreignKeyItem(key->id);
    const QRectF card = m_scene->tableItem(employees.id)->sceneCardRect();
    QVERIFY(arrow->path().boundingRect().left() >= card.right() - 1);
    QVERIFY(arrow->path().boundingRect().right() > card.right() + 20);
    checkIntegrity();

    // Dragging a column onto itself makes nothing.
    m_scene->setTool(SchemaScene::Tool::ForeignKey);
    drag(rowCentre(employees.id, t->columns.at(0).id), rowCentre(employees.id, t->columns.at(0).id) + QPointF(5, 0));
    QCOMPARE(schema.foreignKeyCount(), 1);
}

void TestCanvas::moveTableAndUndo()
{
    shopLike();
    const QPointF before = m_doc->schema().table(m_orders)->position;
    const QPointF grab = headerOf(m_orders);
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(grab));
    for (int step = 1; step <= 5; ++step) // many motion events, one command
        QTest::mouseMove(viewport, viewPoint(grab + QPointF(20, 10) * step));
    QCOMPARE(m_doc->schema().table(m_orders)->position, before); // nothing until release
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(grab + QPointF(100, 50)));

    QCOMPARE(m_doc->schema().table(m_orders)->position, before + QPointF(100, 50));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->schema().table(m_orders)->position, before);
    QCOMPARE(m_scene->tableItem(m_orders)->pos(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_scene->tableItem(m_orders)->pos(), before + QPointF(100, 50));
    checkIntegrity();
}

void TestCanvas::nudgeMergesIntoOneStep()
{
    shopLike();
    m_selection->select(m_orders);
    m_view->setFocus();
    const QPointF before = m_doc->schema().table(m_orders)->position;
    QTest::keyClick(m_view->viewport(), Qt::Key_Right);
    QTest::keyClick(m_view->viewport(), Qt::Key_Right);
    QTest::keyClick(m_view->viewport(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_doc->schema().table(m_orders)->position, before + QPointF(20, 1));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->schema().table(m_orders)->position, before);
}

void TestCanvas::deleteParentTableRemovesKeysAndUndo()
{
    shopLike();
    ForeignKey key;
    key.id = m_doc->allocateId();
    key.name = QStringLiteral("fk_orders_user");
    key.childTable = m_orders;
    key.childColumns = {m_ordersUser};
    key.parentTable = m_users;
    key.parentColumns = {m_usersId};
    m_doc->undoStack()->push(new AddForeignKeyCommand(m_doc, key));
    m_doc->undoStack()->clear();
    const Schema before = m_doc->schema();

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(headerOf(m_users)));
    QCOMPARE(m_selection->ids(), QVector<Id>{m_users});
    QTest::keyClick(m_view->viewport(), Qt::Key_Delete);

    QVERIFY(!m_doc->schema().table(m_users));
    QCOMPARE(m_doc->schema().foreignKeyCount(), 0);
    QVERIFY(!m_scene->foreignKeyItem(key.id));
    QVERIFY(!m_scene->tableItem(m_users));
    QVERIFY(m_selection->isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    checkIntegrity();

    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema() == before);
    QVERIFY(m_scene->foreignKeyItem(key.id));
    QVERIFY(m_scene->tableItem(m_users));
    checkIntegrity();
}

void TestCanvas::clickSelectsTableColumnAndKey()
{
    shopLike();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(rowCentre(m_orders, m_ordersUser)));
    QCOMPARE(m_selection->ids(), QVector<Id>{m_ordersUser});
    QVERIFY(m_scene->tableItem(m_orders)->isSelected());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(headerOf(m_orders)));
    QCOMPARE(m_selection->ids(), QVector<Id>{m_orders});
    // Selecting from elsewhere (tree, problems) selects on the canvas.
    m_selection->select(m_users);
    QVERIFY(m_scene->tableItem(m_users)->isSelected());
    QVERIFY(!m_scene->tableItem(m_orders)->isSelected());
    // Clicking the background clears it.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(300, 600)));
    QVERIFY(m_selection->isEmpty());
}

void TestCanvas::renameInPlace()
{
    shopLike();
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(rowCentre(m_orders, m_ordersUser)));
    auto editor = m_view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("user_id"));
    editor->setText(QStringLiteral("customer_id"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_doc->schema().column(m_ordersUser)->name, QStringLiteral("customer_id"));
    // Escape keeps the old name.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(headerOf(m_orders)));
    editor = nullptr;
    for (QLineEdit *candidate : m_view->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate; // the previous editor may still await deletion, hidden
    }
    QVERIFY(editor);
    editor->setText(QStringLiteral("nope"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_doc->schema().table(m_orders)->name, QStringLiteral("orders"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestCanvas::arrowsFollowModelChanges()
{
    shopLike();
    drag(portOf(m_orders, m_ordersUser), rowCentre(m_users, m_usersId));
    const Id keyId = m_doc->schema().foreignKeyIds().first();
    ForeignKeyItem *arrow = m_scene->foreignKeyItem(keyId);
    const QPointF end = arrow->path().pointAtPercent(1);
    QHash<Id, QPointF> moved{{m_users, QPointF(500, 300)}};
    m_doc->undoStack()->push(new MoveTablesCommand(m_doc, moved));
    QCOMPARE(arrow->path().pointAtPercent(1), end + QPointF(0, 300));
    // A second key between the same tables takes another lane.
    ForeignKey second = *m_doc->schema().foreignKey(keyId);
    second.id = m_doc->allocateId();
    second.name = QStringLiteral("fk_second");
    m_doc->undoStack()->push(new AddForeignKeyCommand(m_doc, second));
    QVERIFY(m_scene->foreignKeyItem(second.id)->badgeRect() != arrow->badgeRect());
    checkIntegrity();
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
