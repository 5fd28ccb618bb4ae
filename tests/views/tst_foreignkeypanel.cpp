#include "canvastesthelpers.h"
#include "commands/addforeignkeycommand.h"
#include "commands/editcolumncommand.h"
#include "document.h"
#include "foreignkeyitem.h"
#include "foreignkeypanel.h"
#include "propertypanel.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace CanvasTest;

// The key panel: its choosers change the model (and the arrow's glyph), it follows the model,
// and its inline problems offer one-step fixes.
class TestForeignKeyPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changeOnDeleteChangesModelAndGlyph();
    void panelFollowsUndo();
    void unchangedValuePushesNothing();
    void setNullOnNotNullOffersFix();
    void selectionPicksThePanel();
    void unnamedKeyShowsTheEnginesName();

private:
    QImage renderBadge() const;
    int indexOf(QComboBox *box, ReferentialAction action) const
    {
        return box->findData(int(action));
    }

    Document *m_doc = nullptr;
    Selection *m_selection = nullptr;
    SchemaScene *m_scene = nullptr;
    SchemaView *m_view = nullptr;
    PropertyPanel *m_panel = nullptr;
    Id m_key = 0, m_childColumn = 0, m_child = 0;
};

void TestForeignKeyPanel::init()
{
    m_doc = new Document;
    m_selection = new Selection;
    m_scene = new SchemaScene(m_doc, m_selection);
    m_view = new SchemaView(m_scene);
    m_panel = new PropertyPanel(m_doc, m_selection);
    const Column parentId = column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false);
    const Table users = table(m_doc, QStringLiteral("users"), QPointF(400, 0), {parentId});
    const Column userId = column(m_doc, QStringLiteral("user_id"), LogicalType::BigInt, false);
    const Table orders = table(m_doc, QStringLiteral("orders"), QPointF(0, 0),
                               {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false), userId});
    add(m_doc, users);
    add(m_doc, orders);
    ForeignKey key;
    key.id = m_doc->allocateId();
    key.name = QStringLiteral("fk_orders_user");
    key.childTable = orders.id;
    key.childColumns = {userId.id};
    key.parentTable = users.id;
    key.parentColumns = {parentId.id};
    m_doc->undoStack()->push(new AddForeignKeyCommand(m_doc, key));
    m_doc->undoStack()->clear();
    m_key = key.id;
    m_child = orders.id;
    m_childColumn = userId.id;
    m_view->resize(800, 500);
    m_view->show();
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_selection->select(m_key);
}

void TestForeignKeyPanel::cleanup()
{
    delete m_panel;
    delete m_view;
    delete m_scene;
    delete m_selection;
    delete m_doc;
}

QImage TestForeignKeyPanel::renderBadge() const
{
    const QRectF badge = m_scene->foreignKeyItem(m_key)->badgeRect();
    QImage image(badge.size().toSize() * 4, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_scene->render(&painter, QRectF(QPointF(), image.size()), badge);
    return image;
}

void TestForeignKeyPanel::changeOnDeleteChangesModelAndGlyph()
{
    ForeignKeyPanel *panel = m_panel->foreignKeyPanel();
    QCOMPARE(m_panel->currentWidget()->findChild<ForeignKeyPanel *>(), panel);
    QComboBox *onDelete = panel->actionChooser(KeyEvent::Delete);
    QCOMPARE(onDelete->count(), 5);
    QCOMPARE(onDelete->currentData().toInt(), int(ReferentialAction::NoAction));
    const QImage before = renderBadge();

    onDelete->setCurrentIndex(indexOf(onDelete, ReferentialAction::Cascade));

    QCOMPARE(m_doc->schema().foreignKey(m_key)->onDelete, ReferentialAction::Cascade);
    QCOMPARE(m_doc->schema().foreignKey(m_key)->onUpdate, ReferentialAction::NoAction);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_scene->foreignKeyItem(m_key)->onDelete(), ReferentialAction::Cascade);
    QVERIFY(m_scene->foreignKeyItem(m_key)->toolTip().contains(QStringLiteral("ON DELETE CASCADE")));
    QVERIFY(renderBadge() != before); // the glyph on the arrow changed
}

void TestForeignKeyPanel::panelFollowsUndo()
{
    QComboBox *onUpdate = m_panel->foreignKeyPanel()->actionChooser(KeyEvent::Update);
    onUpdate->setCurrentIndex(indexOf(onUpdate, ReferentialAction::Restrict));
    QCOMPARE(m_doc->schema().foreignKey(m_key)->onUpdate, ReferentialAction::Restrict);
    m_doc->undoStack()->undo();
    QCOMPARE(onUpdate->currentData().toInt(), int(ReferentialAction::NoAction));
    QCOMPARE(m_doc->undoStack()->index(), 0); // following the model pushed nothing
    m_doc->undoStack()->redo();
    QCOMPARE(onUpdate->currentData().toInt(), int(ReferentialAction::Restrict));
}

void TestForeignKeyPanel::unchangedValuePushesNothing()
{
    QComboBox *onDelete = m_panel->foreignKeyPanel()->actionChooser(KeyEvent::Delete);
    onDelete->setCurrentIndex(indexOf(onDelete, ReferentialAction::NoAction));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestForeignKeyPanel::setNullOnNotNullOffersFix()
{
    ForeignKeyPanel *panel = m_panel->foreignKeyPanel();
    QComboBox *onDelete = panel->actionChooser(KeyEvent::Delete);
    QVERIFY(!panel->problemLabel(KeyEvent::Delete)->isVisibleTo(panel));
    onDelete->setCurrentIndex(indexOf(onDelete, ReferentialAction::SetNull));
    QCOMPARE(m_doc->schema().foreignKey(m_key)->onDelete, ReferentialAction::SetNull);

    // The problem shows beside ON DELETE, not ON UPDATE, with its fix.
    QVERIFY(panel->problemLabel(KeyEvent::Delete)->isVisibleTo(panel));
    QVERIFY(panel->problemLabel(KeyEvent::Delete)->text().contains(QStringLiteral("user_id")));
    QVERIFY(!panel->problemLabel(KeyEvent::Update)->isVisibleTo(panel));
    QPushButton *fix = panel->fixButton(KeyEvent::Delete);
    QVERIFY(fix->isVisibleTo(panel));
    QVERIFY(onDelete->itemText(onDelete->currentIndex()).contains(QStringLiteral("⚠")));

    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(m_doc->schema().column(m_childColumn)->nullable);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(!panel->problemLabel(KeyEvent::Delete)->isVisibleTo(panel));

    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->schema().column(m_childColumn)->nullable);
    QVERIFY(panel->problemLabel(KeyEvent::Delete)->isVisibleTo(panel));
}

void TestForeignKeyPanel::selectionPicksThePanel()
{
    m_selection->select(m_child);
    QVERIFY(m_panel->currentWidget()->findChild<QWidget *>() != nullptr);
    QCOMPARE(m_panel->currentIndex(), 1); // table
    m_selection->select(m_childColumn);
    QCOMPARE(m_panel->currentIndex(), 2); // column
    m_selection->clear();
    QCOMPARE(m_panel->currentIndex(), 0); // schema
    m_selection->set({m_child, m_key});
    QCOMPARE(m_panel->currentIndex(), 4); // "2 objects selected"
}

void TestForeignKeyPanel::unnamedKeyShowsTheEnginesName()
{
    ForeignKeyPanel *panel = m_panel->foreignKeyPanel();
    QCOMPARE(panel->nameEdit()->text(), QStringLiteral("fk_orders_user"));
    QCOMPARE(panel->nameEdit()->placeholderText(), QString());
    ForeignKey unnamed = *m_doc->schema().foreignKey(m_key);
    unnamed.name.clear();
    m_doc->updateForeignKey(unnamed);
    // The engine's name is shown greyed, never put in the field (nor in the model).
    m_doc->setSchemaProperties(QString(), QStringLiteral("postgresql"));
    QCOMPARE(panel->nameEdit()->text(), QString());
    QCOMPARE(panel->nameEdit()->placeholderText(), QStringLiteral("orders_user_id_fkey"));
    QVERIFY(panel->nameEdit()->toolTip().contains(QStringLiteral("PostgreSQL")));
    m_doc->setSchemaProperties(QString(), QStringLiteral("mysql"));
    QCOMPARE(panel->nameEdit()->placeholderText(), QStringLiteral("orders_ibfk_1"));

    // Typing a name gives the key one of its own, in one step.
    panel->nameEdit()->setFocus();
    QTest::keyClicks(panel->nameEdit(), QStringLiteral("fk_mine"));
    QTest::keyClick(panel->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_doc->schema().foreignKey(m_key)->name, QStringLiteral("fk_mine"));
    QCOMPARE(panel->nameEdit()->placeholderText(), QString());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->schema().foreignKey(m_key)->name, QString());
    QCOMPARE(panel->nameEdit()->placeholderText(), QStringLiteral("orders_ibfk_1"));
}

QTEST_MAIN(TestForeignKeyPanel)
#include "tst_foreignkeypanel.moc"
