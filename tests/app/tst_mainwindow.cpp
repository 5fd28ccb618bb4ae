#include "commands/edittablecommand.h"
#include "dockpanels.h"
#include "document.h"
#include "documentcontroller.h"
#include "gettingstarteddialog.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "objecttree.h"
#include "problemtracker.h"
#include "schemaobjectsdialog.h"
#include "schemaview.h"
#include "selection.h"
#include "shortcutsdialog.h"
#include "simulator/sampledatapanel.h"
#include "simulator/simulationresultview.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

// The real main window on a first run (no saved layout), as a new user meets it: the canvas
// gets most of the room, nothing is clipped, the expected commands are there.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunLayoutGivesTheCanvasTheRoom();
    void problemsDockHidesWhileEmpty();
    void objectNamesAreNotClipped();
    void tablePanelButtonsAreNotClipped();
    void simulationColumnsAreNotClipped();
    void ctrlYRedoes();
    void openSampleFromTheFileMenu();
    void helpMenu();
    void schemaMenuOpensTypesAndSequences();
    void toolTipsNameTheKeys();

private:
    QAction *menuAction(const QString &menuTitle, const QString &text) const;
    static QString plain(QString text) { return text.remove(QLatin1Char('&')); }

    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JoineryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear(); // a first run every time
    m_window = new MainWindow;
    QVERIFY(m_window->openInitialFile(QString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTest::qWait(100); // the first-run layout is applied after the show
}

void TestMainWindow::cleanup()
{
    // Not closed: closing an edited document would ask whether to save it.
    delete m_window;
    m_window = nullptr;
}

QAction *TestMainWindow::menuAction(const QString &menuTitle, const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (plain(top->text()) != menuTitle || !top->menu())
            continue;
        std::function<QAction *(QMenu *)> find = [&](QMenu *menu) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (plain(a->text()) == text)
                    return a;
                if (a->menu())
                    if (QAction *found = find(a->menu()))
                        return found;
            }
            return nullptr;
        };
        return find(top->menu());
    }
    return nullptr;
}

void TestMainWindow::firstRunLayoutGivesTheCanvasTheRoom()
{
    const QSize window = m_window->size();
    const QSize canvas = m_window->view()->size();
    QVERIFY2(canvas.width() >= 0.55 * window.width(),
             qPrintable(QStringLiteral("%1 of %2").arg(canvas.width()).arg(window.width())));
    QVERIFY2(canvas.height() >= 0.55 * window.height(),
             qPrintable(QStringLiteral("%1 of %2").arg(canvas.height()).arg(window.height())));
    // The largest thing in the window.
    for (QDockWidget *dock : m_window->docks()->docks()) {
        if (dock->isVisible())
            QVERIFY2(dock->width() * dock->height() < canvas.width() * canvas.height(),
                     qPrintable(dock->objectName()));
    }
    // The diagram was fitted to the canvas's final size, not to a smaller one before it.
    QVERIFY(m_window->view()->zoom() > 0.6);
}

void TestMainWindow::problemsDockHidesWhileEmpty()
{
    QDockWidget *problems = m_window->docks()->dock(QStringLiteral("problemsDock"));
    ProblemTracker *tracker = m_window->controller()->problemTracker();
    QVERIFY(tracker->problems().isEmpty()); // the shop sample is clean
    QTRY_VERIFY(problems->isHidden());

    // Two tables of one name: an error, and the dock comes back.
    Document *document = m_window->controller()->document();
    const Table *profiles = document->schema().tableByName(QStringLiteral("profiles"));
    Table renamed = *profiles;
    renamed.name = QStringLiteral("users");
    document->undoStack()->push(
        new EditTableCommand(document, renamed, EditTableCommand::Property::Name));
    QTRY_VERIFY(!tracker->problems().isEmpty());
    QTRY_VERIFY(!problems->isHidden());
    document->undoStack()->undo();
    QTRY_VERIFY(problems->isHidden());
    // Still reachable from the View menu.
    QVERIFY(menuAction(QStringLiteral("View"), problems->windowTitle()));
}

void TestMainWindow::objectNamesAreNotClipped()
{
    auto *tree = m_window->docks()->objectTree()->tree();
    QVERIFY(tree->isVisible());
    const QFontMetrics metrics(tree->font());
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        // The branch indentation, the icon, the gaps around the text (as the style draws a
        // cell), and the name.
        const int icon = tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree);
        const int margin
            = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
        const int needed
            = tree->indentation() + icon + 4 * margin + metrics.horizontalAdvance(item->text(0));
        QVERIFY2(needed <= tree->columnWidth(0),
                 qPrintable(QStringLiteral("%1: %2 > %3")
                                .arg(item->text(0))
                                .arg(needed)
                                .arg(tree->columnWidth(0))));
    }
    QVERIFY(tree->columnWidth(0) + tree->columnWidth(1) <= tree->viewport()->width());
}

void TestMainWindow::tablePanelButtonsAreNotClipped()
{
    Document *document = m_window->controller()->document();
    m_window->controller()->selection()->select(
        document->schema().tableByName(QStringLiteral("users"))->id);
    QDockWidget *properties = m_window->docks()->dock(QStringLiteral("propertiesDock"));
    properties->raise();
    QTest::qWait(50);
    int checked = 0;
    for (QScrollArea *area : properties->findChildren<QScrollArea *>()) {
        if (!area->isVisible())
            continue;
        const QRect viewport = area->viewport()->rect();
        for (QAbstractButton *button : area->widget()->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            const QRect at(button->mapTo(area->viewport(), QPoint(0, 0)), button->size());
            QVERIFY2(at.left() >= viewport.left() && at.right() <= viewport.right(),
                     qPrintable(QStringLiteral("\"%1\" at %2..%3, panel %4 wide")
                                    .arg(button->text())
                                    .arg(at.left())
                                    .arg(at.right())
                                    .arg(viewport.width())));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 8); // the column and constraint buttons were there
}

void TestMainWindow::simulationColumnsAreNotClipped()
{
    auto *panel = m_window->findChild<SampleDataPanel *>();
    auto *view = m_window->findChild<SimulationResultView *>();
    QVERIFY(panel && view);
    const Schema &schema = m_window->controller()->document()->schema();
    panel->setCurrentTable(schema.tableByName(QStringLiteral("users"))->id);
    QSignalSpy finished(panel, &SampleDataPanel::simulationFinished);
    panel->simulate(QStringLiteral("DELETE FROM users WHERE id = 1"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_VERIFY(view->isVisible());
    QTest::qWait(50);
    for (QTreeWidget *tree : {view->tree(), view->totals()}) {
        QHeaderView *header = tree->header();
        int total = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title = tree->headerItem()->text(c);
            const int needed = header->fontMetrics().horizontalAdvance(title) + 8;
            QVERIFY2(header->sectionSize(c) >= needed,
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(title)
                                    .arg(header->sectionSize(c))
                                    .arg(needed)));
            total += header->sectionSize(c);
        }
        QVERIFY2(total <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(total).arg(tree->viewport()->width())));
    }
    // The story of the shop sample: user 1's delete cascades and sets NULL.
    QStringList effects;
    for (int i = 0; i < view->tree()->topLevelItemCount(); ++i) {
        std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
            if (!item->text(1).isEmpty())
                effects << item->text(0) + QLatin1Char(' ') + item->text(1);
            for (int c = 0; c < item->childCount(); ++c)
                walk(item->child(c));
        };
        walk(view->tree()->topLevelItem(i));
    }
    QVERIFY2(effects.contains(QStringLiteral("profiles deleted")),
             qPrintable(effects.join(QLatin1Char(';'))));
    QVERIFY2(effects.contains(QStringLiteral("reviews set to NULL")),
             qPrintable(effects.join(QLatin1Char(';'))));
}

void TestMainWindow::ctrlYRedoes()
{
    Document *document = m_window->controller()->document();
    const Table *users = document->schema().tableByName(QStringLiteral("users"));
    Table renamed = *users;
    renamed.name = QStringLiteral("members");
    document->undoStack()->push(
        new EditTableCommand(document, renamed, EditTableCommand::Property::Name));
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view()->viewport(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->schema().tableByName(QStringLiteral("users")));
    QTest::keyClick(m_window->view()->viewport(), Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(document->schema().tableByName(QStringLiteral("members")));
    // The platform's own redo keys still work.
    QTest::keyClick(m_window->view()->viewport(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window->view()->viewport(), Qt::Key_Z,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(document->schema().tableByName(QStringLiteral("members")));
}

void TestMainWindow::openSampleFromTheFileMenu()
{
    QAction *employees = menuAction(QStringLiteral("File"), QStringLiteral("Employees"));
    QVERIFY(employees);
    employees->trigger();
    const Schema &schema = m_window->controller()->document()->schema();
    QCOMPARE(schema.name, QStringLiteral("company"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("employees")));
    QVERIFY(!m_window->controller()->isModified());
    QVERIFY(menuAction(QStringLiteral("File"), QStringLiteral("Print…")));
}

void TestMainWindow::schemaMenuOpensTypesAndSequences()
{
    QAction *action = menuAction(QStringLiteral("Schema"), QStringLiteral("Types and Sequences…"));
    QVERIFY(action);
    action->trigger();
    SchemaObjectsDialog *dialog = m_window->findChild<SchemaObjectsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    Document *document = m_window->controller()->document();
    const int steps = document->undoStack()->count();
    dialog->extensionInput()->setText(QStringLiteral("pg_trgm"));
    QTest::mouseClick(dialog->addExtensionButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SchemaObjectsDialog *>());
    QCOMPARE(document->schema().extensions, QStringList{QStringLiteral("pg_trgm")});
    QCOMPARE(document->undoStack()->count(), steps + 1);
}

void TestMainWindow::helpMenu()
{
    QVERIFY(menuAction(QStringLiteral("Help"), QStringLiteral("Getting Started…")));
    QVERIFY(menuAction(QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts…")));
    QVERIFY(menuAction(QStringLiteral("Help"), QStringLiteral("About Joinery…")));

    // The shortcuts dialog lists the menus' keys as the platform writes them.
    QList<QMenu *> menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus << a->menu();
    ShortcutsDialog shortcuts(menus);
    const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QList<QTreeWidgetItem *> found = shortcuts.tree()->findItems(
        QStringLiteral("Undo"), Qt::MatchStartsWith | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first()->text(1), undoKeys);
    QVERIFY(!shortcuts.tree()
                 ->findItems(QStringLiteral("Redo"), Qt::MatchStartsWith | Qt::MatchRecursive)
                 .first()
                 ->text(1)
                 .isEmpty());
    QVERIFY(shortcuts.tree()
                ->findItems(QStringLiteral("Redo"), Qt::MatchStartsWith | Qt::MatchRecursive)
                .first()
                ->text(1)
                .contains(QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText)));

    // Getting Started opens a sample.
    GettingStartedDialog started(m_window);
    connect(&started, &GettingStartedDialog::sampleRequested, m_window, &MainWindow::openSample);
    auto *cycle = started.findChild<QPushButton *>(QStringLiteral(":/samples/cycle.joinery"));
    QVERIFY(cycle);
    cycle->click();
    QCOMPARE(m_window->controller()->document()->schema().name, QStringLiteral("retail"));
}

void TestMainWindow::toolTipsNameTheKeys()
{
    const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    bool found = false;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions())
            found = found
                || (a->toolTip().contains(save)
                    && plain(a->text()).startsWith(QStringLiteral("Save")));
    }
    QVERIFY(found);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
