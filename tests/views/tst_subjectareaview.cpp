#include "canvasnavigation.h"
#include "commands/addsubjectareacommand.h"
#include "commands/movetablescommand.h"
#include "document.h"
#include "focusbar.h"
#include "focusmode.h"
#include "foreignkeyitem.h"
#include "imageexportdialog.h"
#include "imageexporter.h"
#include "integritycheck.h"
#include "objecttree.h"
#include "schemabuilder.h"
#include "schemascene.h"
#include "schemaview.h"
#include "schemawriter.h"
#include "selection.h"
#include "subjectareaactions.h"
#include "subjectareaitem.h"
#include "subjectarealayer.h"
#include "tableclipboard.h"
#include "tableitem.h"
#include "viewnavigator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// Subject areas on the canvas, driven with real widgets: the right-click menus on cards and on
// an area's tab, the Objects tree, "open as its own view", Arrange, the image export option and
// paste; each checked on the model and the undo stack.
class TestSubjectAreasView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newAreaFromSelectionThroughTheMenu();
    void addToAndRemoveFromAnArea();
    void regionFollowsTheTablesAndLetsClicksThrough();
    void tabMenuRecoloursRenamesSelectsAndRemoves();
    void objectTreeListsAreasWithTheirTables();
    void openAsItsOwnViewHidesTheRest();
    void arrangeWithinAnAreaIsOneStep();
    void exportDialogOffersTheArea();
    void pasteAndDuplicateDoNotJoinAreas();

private:
    Id tableNamed(const QString &name) const { return m_document->schema().tableByName(name)->id; }
    TableItem *card(const QString &name) const { return m_scene->tableItem(tableNamed(name)); }
    // A point on a card's header (a right click on a row is a click on the column).
    QPointF header(const QString &name) const
    {
        const QRectF r = card(name)->sceneCardRect();
        return QPointF(r.center().x(), r.top() + 10);
    }
    QPoint viewPoint(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    void settle()
    {
        QCoreApplication::processEvents();
        m_scene->subjectAreaLayer()->refreshNow();
    }
    Id addArea(const QString &name, const QVector<Id> &tables);
    // Right-clicks at a scene point; the menu the scene asks for is built as the window builds
    // it (areas' entries) and shown as a real popup.
    QMenu *rightClick(const QPointF &scenePos);
    // Clicks an entry of a shown menu by its text, opening submenus on the way.
    void clickMenu(QMenu *menu, const QStringList &path);

    QMainWindow *m_window = nullptr;
    Document *m_document = nullptr;
    Selection *m_selection = nullptr;
    SchemaScene *m_scene = nullptr;
    SchemaView *m_view = nullptr;
    CanvasNavigation *m_navigation = nullptr;
    ObjectTree *m_tree = nullptr;
    QMenu *m_menu = nullptr;
    Id m_menuObject = 0;
};

void TestSubjectAreasView::init()
{
    m_window = new QMainWindow;
    m_document = new Document(m_window);
    m_selection = new Selection(m_window);
    m_scene = new SchemaScene(m_document, m_selection, m_window);
    m_view = new SchemaView(m_scene);
    m_navigation = new CanvasNavigation(m_window, m_view);
    m_window->setCentralWidget(m_navigation->canvasPane());
    m_tree = new ObjectTree(m_document, m_selection);
    auto dock = new QDockWidget(m_window);
    dock->setWidget(m_tree);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_document->resetSchema(loadSample(QStringLiteral("shop.joinery")));
    connect(m_scene, &SchemaScene::contextMenuRequested, this,
            [this](Id objectId, const QPoint &screenPos, const QPointF &) {
                m_menuObject = objectId;
                delete m_menu;
                m_menu = new QMenu(m_window);
                SubjectAreaActions *areas = m_navigation->subjectAreas();
                if (m_document->schema().subjectArea(objectId))
                    areas->addAreaEntries(m_menu, objectId);
                else if (m_document->schema().table(objectId))
                    areas->addSelectionEntries(m_menu);
                m_menu->popup(screenPos);
            });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view->resetZoom();
    m_view->centerOn(m_scene->contentRect().center());
    settle();
}

void TestSubjectAreasView::cleanup()
{
    delete m_menu;
    m_menu = nullptr;
    delete m_window;
    m_window = nullptr;
}

Id TestSubjectAreasView::addArea(const QString &name, const QVector<Id> &tables)
{
    SubjectArea area;
    area.name = name;
    area.tables = tables;
    area.color = QColor(0x4a, 0x90, 0xd9);
    auto command = new AddSubjectAreaCommand(m_document, area);
    const Id id = command->areaId();
    m_document->undoStack()->push(command);
    settle();
    return id;
}

QMenu *TestSubjectAreasView::rightClick(const QPointF &scenePos)
{
    m_menuObject = 0;
    const QPoint local = viewPoint(scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, local,
                            m_view->viewport()->mapToGlobal(local));
    QCoreApplication::sendEvent(m_view->viewport(), &event);
    if (!m_menu || !QTest::qWaitForWindowExposed(m_menu))
        return nullptr;
    return m_menu;
}

void TestSubjectAreasView::clickMenu(QMenu *menu, const QStringList &path)
{
    for (int step = 0; step < path.size(); ++step) {
        QAction *found = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == path.at(step))
                found = action;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no entry \"%1\"").arg(path.at(step))));
        QVERIFY2(found->isEnabled(), qPrintable(path.at(step)));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(found).center());
        if (found->menu()) {
            menu = found->menu();
            QTRY_VERIFY(menu->isVisible());
        }
    }
    settle();
}

void TestSubjectAreasView::newAreaFromSelectionThroughTheMenu()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id orders = tableNamed(QStringLiteral("orders"));
    m_selection->set({users, orders});
    QMenu *menu = rightClick(header(QStringLiteral("users")));
    QVERIFY(menu);
    QCOMPARE(m_menuObject, users);
    // No area yet: nothing to add to.
    QAction *addTo = menu->findChild<QMenu *>(QStringLiteral("addToSubjectArea"))->menuAction();
    QVERIFY(!addTo->isEnabled());
    clickMenu(menu, {QStringLiteral("New Subject Area from Selection")});

    const Schema &schema = m_document->schema();
    QCOMPARE(schema.subjectAreas.size(), 1);
    const SubjectArea area = schema.subjectAreas.first();
    QCOMPARE(area.name, QStringLiteral("Subject Area 1"));
    QCOMPARE(area.tables, (QVector<Id>{users, orders}));
    QVERIFY(area.color.isValid());
    QCOMPARE(m_document->undoStack()->count(), 1);

    SubjectAreaItem *item = m_scene->subjectAreaLayer()->item(area.id);
    QVERIFY(item && item->isVisible());
    const QRectF united = card(QStringLiteral("users"))->sceneCardRect()
        | card(QStringLiteral("orders"))->sceneCardRect();
    QCOMPARE(item->regionRect(),
             united.adjusted(-SubjectAreaItem::Padding,
                             -SubjectAreaItem::Padding - SubjectAreaItem::TabHeight,
                             SubjectAreaItem::Padding, SubjectAreaItem::Padding));
    QVERIFY(!item->regionRect().intersects(card(QStringLiteral("products"))->sceneCardRect()));

    m_document->undoStack()->undo();
    settle();
    QVERIFY(m_document->schema().subjectAreas.isEmpty());
    QCOMPARE(m_scene->subjectAreaLayer()->itemCount(), 0);
    m_document->undoStack()->redo();
    settle();
    QCOMPARE(m_document->schema().subjectAreas.first(), area); // the same id back
    QVERIFY(m_scene->subjectAreaLayer()->item(area.id));
}

void TestSubjectAreasView::addToAndRemoveFromAnArea()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id products = tableNamed(QStringLiteral("products"));
    const Id areaId = addArea(QStringLiteral("People"), {users});
    const QByteArray before = SchemaWriter::toJson(m_document->schema());

    m_selection->select(products);
    QMenu *menu = rightClick(header(QStringLiteral("products")));
    QVERIFY(menu);
    // Not in any area yet: nothing to take it out of.
    QVERIFY(!menu->findChild<QMenu *>(QStringLiteral("removeFromSubjectArea"))
                 ->menuAction()
                 ->isVisible());
    clickMenu(menu, {QStringLiteral("Add to Subject Area"), QStringLiteral("People")});
    QCOMPARE(m_document->schema().subjectArea(areaId)->tables, (QVector<Id>{users, products}));
    QCOMPARE(m_document->undoStack()->count(), 2);
    const QByteArray added = SchemaWriter::toJson(m_document->schema());

    menu = rightClick(header(QStringLiteral("products")));
    QVERIFY(menu);
    // Already in it: the entry is there but disabled.
    QMenu *addMenu = menu->findChild<QMenu *>(QStringLiteral("addToSubjectArea"));
    QCOMPARE(addMenu->actions().size(), 1);
    QVERIFY(!addMenu->actions().first()->isEnabled());
    clickMenu(menu, {QStringLiteral("Remove from Subject Area"), QStringLiteral("People")});
    QCOMPARE(m_document->schema().subjectArea(areaId)->tables, (QVector<Id>{users}));

    m_document->undoStack()->undo();
    QCOMPARE(SchemaWriter::toJson(m_document->schema()), added);
    m_document->undoStack()->undo();
    QCOMPARE(SchemaWriter::toJson(m_document->schema()), before);
}

void TestSubjectAreasView::regionFollowsTheTablesAndLetsClicksThrough()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id orders = tableNamed(QStringLiteral("orders"));
    const Id areaId = addArea(QStringLiteral("Sales"), {users, orders});
    SubjectAreaItem *item = m_scene->subjectAreaLayer()->item(areaId);
    const QRectF usersCard = card(QStringLiteral("users"))->sceneCardRect();
    const QRectF ordersCard = card(QStringLiteral("orders"))->sceneCardRect();

    // A click on a member's header inside the region selects the table, not the area.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      viewPoint(QPointF(ordersCard.center().x(), ordersCard.top() + 10)));
    QCOMPARE(m_selection->ids(), (QVector<Id>{orders}));
    // A click on the region between the cards is a click on the canvas.
    const QPointF between((usersCard.right() + ordersCard.left()) / 2, usersCard.top() + 5);
    QVERIFY(usersCard.right() + 4 < ordersCard.left());
    QVERIFY(item->regionRect().contains(between));
    QVERIFY(!m_scene->tableItemAt(between));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(between));
    QVERIFY(m_selection->isEmpty());
    // A click on the tab selects the area's tables.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(item->tabRect().center()));
    QCOMPARE(m_selection->ids(), (QVector<Id>{users, orders}));

    // Dragging a member's header moves the region with it, before and after the drop.
    m_selection->clear();
    const QPointF from(usersCard.center().x(), usersCard.top() + 10);
    const QRectF regionBefore = item->regionRect();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, viewPoint(from));
    QMouseEvent move(QEvent::MouseMove, viewPoint(from + QPointF(0, 150)),
                     m_view->viewport()->mapToGlobal(viewPoint(from + QPointF(0, 150))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &move);
    settle();
    QVERIFY(item->regionRect().bottom() > regionBefore.bottom() + 100);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, viewPoint(from + QPointF(0, 150)));
    settle();
    QCOMPARE(m_document->schema().table(users)->position.y(), usersCard.top() + 150);
    QVERIFY(item->regionRect().contains(card(QStringLiteral("users"))->sceneCardRect()));
    m_document->undoStack()->undo(); // the move
    settle();
    QCOMPARE(item->regionRect(), regionBefore);
}

void TestSubjectAreasView::tabMenuRecoloursRenamesSelectsAndRemoves()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id profiles = tableNamed(QStringLiteral("profiles"));
    const Id areaId = addArea(QStringLiteral("People"), {users, profiles});
    const QByteArray start = SchemaWriter::toJson(m_document->schema());
    const int steps = m_document->undoStack()->count();
    auto tab = [&] {
        return m_scene->subjectAreaLayer()->item(areaId)->tabRect().center();
    };

    QMenu *menu = rightClick(tab());
    QVERIFY(menu);
    QCOMPARE(m_menuObject, areaId);
    clickMenu(menu, {QStringLiteral("Colour"), QStringLiteral("Green")});
    QCOMPARE(m_document->schema().subjectArea(areaId)->color, QColor(0x3f, 0xa3, 0x6b));
    QCOMPARE(m_scene->subjectAreaLayer()->item(areaId)->color(), QColor(0x3f, 0xa3, 0x6b));

    // Rename asks for the name in a dialog.
    menu = rightClick(tab());
    QVERIFY(menu);
    QTimer::singleShot(0, this, [] {
        auto dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Customers"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    clickMenu(menu, {QStringLiteral("Rename…")});
    QCOMPARE(m_document->schema().subjectArea(areaId)->name, QStringLiteral("Customers"));
    QCOMPARE(m_scene->subjectAreaLayer()->item(areaId)->name(), QStringLiteral("Customers"));

    menu = rightClick(tab());
    QVERIFY(menu);
    clickMenu(menu, {QStringLiteral("Select Its Tables")});
    QCOMPARE(m_selection->ids(), (QVector<Id>{users, profiles}));

    menu = rightClick(tab());
    QVERIFY(menu);
    clickMenu(menu, {QStringLiteral("Remove Subject Area")});
    QVERIFY(!m_document->schema().subjectArea(areaId));
    QCOMPARE(m_scene->subjectAreaLayer()->itemCount(), 0);
    QVERIFY(m_document->schema().table(users)); // the tables stay
    QCOMPARE(m_document->undoStack()->count(), steps + 3);
    for (int i = 0; i < 3; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(SchemaWriter::toJson(m_document->schema()), start);
}

void TestSubjectAreasView::objectTreeListsAreasWithTheirTables()
{
    QTreeWidget *tree = m_tree->tree();
    QVERIFY(!m_tree->subjectAreasItem());
    QCOMPARE(tree->topLevelItemCount(), m_document->schema().tableCount());
    const Id users = tableNamed(QStringLiteral("users"));
    const Id reviews = tableNamed(QStringLiteral("reviews"));
    const Id areaId = addArea(QStringLiteral("Feedback"), {reviews, users});

    QTreeWidgetItem *root = m_tree->subjectAreasItem();
    QVERIFY(root);
    QCOMPARE(tree->indexOfTopLevelItem(root), 0);
    QCOMPARE(tree->topLevelItemCount(), m_document->schema().tableCount() + 1);
    QCOMPARE(root->childCount(), 1);
    QTreeWidgetItem *area = root->child(0);
    QCOMPARE(area->text(0), QStringLiteral("Feedback"));
    QCOMPARE(area->childCount(), 2);
    QCOMPARE(area->child(0)->text(0), QStringLiteral("reviews"));
    QCOMPARE(area->child(1)->text(0), QStringLiteral("users"));
    // Tables still follow, in document order.
    QCOMPARE(tree->topLevelItem(1)->text(0),
             m_document->schema().table(m_document->schema().tableIds().first())->name);

    // Clicking the area selects its tables.
    tree->scrollToItem(area);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(area).center());
    QCOMPARE(m_selection->ids(), (QVector<Id>{reviews, users}));

    // A right click asks for the area's menu.
    QSignalSpy menuAsked(m_tree, &ObjectTree::subjectAreaMenuRequested);
    const QPoint at = tree->visualItemRect(area).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(tree->viewport(), &event);
    QCOMPARE(menuAsked.size(), 1);
    QCOMPARE(menuAsked.first().first().value<Id>(), areaId);

    // A removed member leaves the list; undo brings it back.
    m_navigation->subjectAreas()->rename(areaId, QStringLiteral("Reviews"));
    QCOMPARE(m_tree->subjectAreasItem()->child(0)->text(0), QStringLiteral("Reviews"));
    m_selection->select(users);
    m_navigation->subjectAreas()->removeSelectionFrom(areaId);
    QCOMPARE(m_tree->subjectAreasItem()->child(0)->childCount(), 1);
    m_navigation->subjectAreas()->remove(areaId);
    QVERIFY(!m_tree->subjectAreasItem());
    QCOMPARE(tree->topLevelItemCount(), m_document->schema().tableCount());
    m_document->undoStack()->undo();
    QVERIFY(m_tree->subjectAreasItem());
    QCOMPARE(m_tree->subjectAreasItem()->child(0)->text(0), QStringLiteral("Reviews"));
}

void TestSubjectAreasView::openAsItsOwnViewHidesTheRest()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id orders = tableNamed(QStringLiteral("orders"));
    const Id areaId = addArea(QStringLiteral("Sales"), {users, orders});
    const Id otherArea
        = addArea(QStringLiteral("Catalogue"), {tableNamed(QStringLiteral("products"))});
    const QByteArray before = SchemaWriter::toJson(m_document->schema());
    const int steps = m_document->undoStack()->count();

    QMenu *menu = rightClick(m_scene->subjectAreaLayer()->item(areaId)->tabRect().center());
    QVERIFY(menu);
    clickMenu(menu, {QStringLiteral("Open as Its Own View")});
    FocusMode *focus = m_navigation->focusMode();
    QCOMPARE(focus->subjectArea(), areaId);
    for (Id id : m_document->schema().tableIds()) {
        const bool member = id == users || id == orders;
        QCOMPARE(m_scene->tableItem(id)->isVisible(), member);
    }
    for (Id keyId : m_document->schema().foreignKeyIds()) {
        const ForeignKey *key = m_document->schema().foreignKey(keyId);
        const bool inside = (key->childTable == users || key->childTable == orders)
            && (key->parentTable == users || key->parentTable == orders);
        QCOMPARE(m_scene->foreignKeyItem(keyId)->isVisible(), inside);
    }
    QVERIFY(m_scene->subjectAreaLayer()->item(areaId)->isVisible());
    QVERIFY(!m_scene->subjectAreaLayer()->item(otherArea)->isVisible());
    FocusBar *bar = m_navigation->focusBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->depthBox()->isVisible()); // an area has no depth
    QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("Sales")));
    // The view shows the area.
    QVERIFY(m_navigation->navigator()->visibleRect().contains(
        m_scene->subjectAreaLayer()->areaRect(areaId)));

    // Membership edits show up in the view.
    m_selection->select(tableNamed(QStringLiteral("profiles")));
    m_navigation->subjectAreas()->addSelectionTo(areaId);
    QTRY_VERIFY(card(QStringLiteral("profiles"))->isVisible());

    // Show All is the way back; nothing of it reached the document but the added member.
    QTest::mouseClick(bar->findChild<QPushButton *>(), Qt::LeftButton);
    QVERIFY(!focus->isActive());
    QVERIFY(!focus->hidesOthers()); // a table's focus dims, as before the area's view
    for (Id id : m_document->schema().tableIds())
        QVERIFY(m_scene->tableItem(id)->isVisible());
    QVERIFY(m_scene->subjectAreaLayer()->item(otherArea)->isVisible());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    m_document->undoStack()->undo();
    QCOMPARE(SchemaWriter::toJson(m_document->schema()), before);

    // Removing the area ends its view.
    m_navigation->subjectAreas()->openAsView(areaId);
    QVERIFY(focus->isActive());
    m_navigation->subjectAreas()->remove(areaId);
    QTRY_VERIFY(!focus->isActive());
    QVERIFY(card(QStringLiteral("products"))->isVisible());
}

void TestSubjectAreasView::arrangeWithinAnAreaIsOneStep()
{
    const Schema &schema = m_document->schema();
    const QVector<Id> members{tableNamed(QStringLiteral("order_items")),
                              tableNamed(QStringLiteral("orders")),
                              tableNamed(QStringLiteral("products"))};
    // Scatter the members so that Arrange has something to do.
    QHash<Id, QPointF> scattered;
    scattered.insert(members.at(0), QPointF(1400, 900));
    scattered.insert(members.at(1), QPointF(2000, 1500));
    scattered.insert(members.at(2), QPointF(1200, 1700));
    m_document->undoStack()->push(new MoveTablesCommand(m_document, scattered));
    const Id areaId = addArea(QStringLiteral("Orders"), members);
    QHash<Id, QPointF> before;
    for (Id id : schema.tableIds())
        before.insert(id, schema.table(id)->position);
    const int steps = m_document->undoStack()->count();

    QMenu *menu = rightClick(m_scene->subjectAreaLayer()->item(areaId)->tabRect().center());
    QVERIFY(menu);
    clickMenu(menu, {QStringLiteral("Arrange Its Tables")});
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    bool moved = false;
    for (Id id : schema.tableIds()) {
        if (members.contains(id))
            moved = moved || schema.table(id)->position != before.value(id);
        else
            QCOMPARE(schema.table(id)->position, before.value(id)); // others stay
    }
    QVERIFY(moved);
    // No card on another after arranging.
    for (Id a : schema.tableIds()) {
        for (Id b : schema.tableIds()) {
            if (a < b)
                QVERIFY(!m_scene->tableItem(a)->sceneCardRect().intersects(
                    m_scene->tableItem(b)->sceneCardRect()));
        }
    }
    // Parents left of or above their children: order_items points at orders and products.
    const QPointF child = schema.table(members.at(0))->position;
    for (int parent : {1, 2}) {
        const QPointF p = schema.table(members.at(parent))->position;
        QVERIFY(p.x() < child.x() || p.y() < child.y());
    }
    m_document->undoStack()->undo();
    for (Id id : schema.tableIds())
        QCOMPARE(schema.table(id)->position, before.value(id));
}

void TestSubjectAreasView::exportDialogOffersTheArea()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id profiles = tableNamed(QStringLiteral("profiles"));
    {
        ImageExportDialog none(m_scene, QStringLiteral("/tmp/x.png"));
        QVERIFY(!none.subjectAreaButton()->isEnabled()); // no area yet
    }
    const Id areaId = addArea(QStringLiteral("People"), {users, profiles});
    addArea(QStringLiteral("Catalogue"), {tableNamed(QStringLiteral("products"))});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.png"));
    ImageExportDialog dialog(m_scene, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.subjectAreaButton()->isEnabled());
    QVERIFY(!dialog.subjectAreaBox()->isEnabled());
    QTest::mouseClick(dialog.subjectAreaButton(), Qt::LeftButton, {},
                      QPoint(6, dialog.subjectAreaButton()->height() / 2));
    QVERIFY(dialog.subjectAreaButton()->isChecked());
    QVERIFY(dialog.subjectAreaBox()->isEnabled());
    QCOMPARE(dialog.subjectAreaBox()->count(), 2);
    QCOMPARE(dialog.subjectAreaBox()->currentText(), QStringLiteral("People"));
    QCOMPARE(dialog.options().region, ImageExportOptions::Region::SubjectArea);
    QCOMPARE(dialog.options().subjectArea, areaId);
    dialog.scaleBox()->setValue(100);

    const QRectF source = ImageExporter::sourceRect(m_scene, dialog.options());
    const QRectF region = m_scene->subjectAreaLayer()->areaRect(areaId);
    QVERIFY(source.contains(region));
    QVERIFY(!source.intersects(card(QStringLiteral("products"))->sceneCardRect()));
    QVERIFY(dialog.exportNow());
    const QImage image(path);
    QCOMPARE(image.size(), ImageExporter::pixelSize(source, 1.0));
    // A key between members may reach past the region, over a card of another table: that card
    // is left out of the picture (its header's colour is nowhere in that strip).
    const QRectF orders = card(QStringLiteral("orders"))->sceneCardRect();
    const QRectF strip = QRectF(orders.left() + 1, orders.top() + 4, 30, 18) & source;
    QVERIFY(!strip.isEmpty());
    const QColor headerColor = m_document->schema().tableByName(QStringLiteral("orders"))->color;
    QVERIFY(headerColor.isValid());
    int headerPixels = 0;
    int pixels = 0;
    for (int x = int(strip.left()); x < int(strip.right()); ++x) {
        for (int y = int(strip.top()); y < int(strip.bottom()); ++y) {
            const QColor c = image.pixelColor(QPoint(x, y) - source.topLeft().toPoint());
            ++pixels;
            headerPixels += qAbs(c.red() - headerColor.red()) < 24
                && qAbs(c.green() - headerColor.green()) < 24
                && qAbs(c.blue() - headerColor.blue()) < 24;
        }
    }
    QVERIFY2(headerPixels < pixels / 10, qPrintable(QString::number(headerPixels)));
    // Everything is back on the canvas afterwards.
    for (Id id : m_document->schema().tableIds())
        QVERIFY(m_scene->tableItem(id)->isVisible());
    for (const SubjectArea &area : m_document->schema().subjectAreas)
        QVERIFY(m_scene->subjectAreaLayer()->item(area.id)->isVisible());

    // From the area's own menu, the dialog starts on that area.
    ImageExportDialog preset(m_scene, path);
    preset.setSubjectArea(areaId);
    QVERIFY(preset.subjectAreaButton()->isChecked());
    QCOMPARE(preset.options().subjectArea, areaId);
}

void TestSubjectAreasView::pasteAndDuplicateDoNotJoinAreas()
{
    const Id users = tableNamed(QStringLiteral("users"));
    const Id profiles = tableNamed(QStringLiteral("profiles"));
    const Id areaId = addArea(QStringLiteral("People"), {users, profiles});
    const SubjectArea area = *m_document->schema().subjectArea(areaId);
    const QByteArray data = TableClipboard::copy(m_document->schema(), {users, profiles});
    QVERIFY(!data.contains("subjectAreas")); // the clipboard carries tables, not areas
    const QVector<Id> pasted
        = TableClipboard::paste(m_document, data, QPointF(30, 30), m_scene->cardRects());
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(*m_document->schema().subjectArea(areaId), area);
    QVERIFY(IntegrityCheck::check(m_document->schema()).isEmpty());
    // Deleting the originals empties the area; the copies are not put in their place.
    m_document->undoStack()->undo();
    QCOMPARE(*m_document->schema().subjectArea(areaId), area);
}

QTEST_MAIN(TestSubjectAreasView)
#include "tst_subjectareaview.moc"
