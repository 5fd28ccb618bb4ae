#include "canvasnavigation.h"
#include "document.h"
#include "documentcontroller.h"
#include "imageexportdialog.h"
#include "mainwindow.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "subjectareaitem.h"
#include "subjectarealayer.h"
#include "tableitem.h"

#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

// The subject areas' entries in the real window's menus: a right click on selected cards, on
// an area's tab, and the area's Export Image that opens the window's dialog set to the area.
class TestSubjectAreaMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rightClickMakesAnAreaAndItsTabExportsIt();

private:
    // Right-clicks the canvas at a scene point and, once the menu is up, clicks `path`.
    void rightClickAndChoose(const QPointF &scenePos, const QStringList &path);

    MainWindow *m_window = nullptr;
};

void TestSubjectAreaMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JoineryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_subjectareamenus"));
    QSettings().clear();
}

void TestSubjectAreaMenus::rightClickAndChoose(const QPointF &scenePos, const QStringList &path)
{
    SchemaView *view = m_window->view();
    const QPoint local = view->mapFromScene(scenePos);
    bool chosen = false;
    // The menu runs its own loop: the clicks are made from inside it.
    std::function<void(QMenu *, int)> choose = [&](QMenu *menu, int step) {
        QAction *found = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == path.at(step))
                found = action;
        }
        if (!found) {
            menu->close();
            return;
        }
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(found).center());
        if (step + 1 < path.size() && found->menu()) {
            QMenu *sub = found->menu();
            QTimer::singleShot(50, sub, [&, sub, step] { choose(sub, step + 1); });
        } else {
            chosen = step + 1 == path.size();
        }
    };
    QTimer::singleShot(50, this, [&] {
        auto menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu)
            choose(menu, 0);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, local, view->viewport()->mapToGlobal(local));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QVERIFY2(chosen, qPrintable(path.join(QStringLiteral(" › "))));
}

void TestSubjectAreaMenus::rightClickMakesAnAreaAndItsTabExportsIt()
{
    MainWindow window;
    m_window = &window;
    QVERIFY(window.openInitialFile(QString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Document *document = window.controller()->document();
    SchemaScene *scene = window.controller()->scene();
    const Id users = document->schema().tableByName(QStringLiteral("users"))->id;
    const Id profiles = document->schema().tableByName(QStringLiteral("profiles"))->id;
    window.view()->resetZoom();
    window.view()->centerOn(scene->tableItem(users)->sceneCardRect().center());

    window.controller()->selection()->set({users, profiles});
    // On the header: a right click on a row is a click on the column.
    const QRectF card = scene->tableItem(users)->sceneCardRect();
    rightClickAndChoose(QPointF(card.center().x(), card.top() + 10),
                        {QStringLiteral("New Subject Area from Selection")});
    QCOMPARE(document->schema().subjectAreas.size(), 1);
    const Id areaId = document->schema().subjectAreas.first().id;
    QCOMPARE(document->schema().subjectAreas.first().tables, (QVector<Id>{users, profiles}));
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(window.isWindowModified());

    // The tab's Export Image opens the window's dialog on that area.
    QCoreApplication::processEvents();
    const QPointF tab = scene->subjectAreaLayer()->item(areaId)->tabRect().center();
    bool sawDialog = false;
    QTimer::singleShot(300, this, [&] {
        auto dialog = qobject_cast<ImageExportDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            sawDialog = dialog->subjectAreaButton()->isChecked()
                && dialog->options().region == ImageExportOptions::Region::SubjectArea
                && dialog->options().subjectArea == areaId;
            dialog->reject();
        }
    });
    rightClickAndChoose(tab, {QStringLiteral("Export Image…")});
    QTRY_VERIFY(sawDialog);

    // And Remove Subject Area is one undo step.
    rightClickAndChoose(tab, {QStringLiteral("Remove Subject Area")});
    QVERIFY(document->schema().subjectAreas.isEmpty());
    document->undoStack()->undo();
    QCOMPARE(document->schema().subjectAreas.first().id, areaId);
    document->undoStack()->setClean(); // no "save changes?" on the way out
    m_window = nullptr;
}

QTEST_MAIN(TestSubjectAreaMenus)
#include "tst_subjectareamenus.moc"
