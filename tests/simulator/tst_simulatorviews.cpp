#include "commands/addcolumncommand.h"
#include "commands/addtablecommand.h"
#include "commands/edittablecommand.h"
#include "document.h"
#include "simulator/editsampledatacommand.h"
#include "simulator/sampledatapanel.h"
#include "simulator/sampledatastore.h"
#include "simulator/samplevaluedelegate.h"
#include "simulator/samplevaluetext.h"
#include "simulator/scratchsession.h"
#include "simulator/simulationresultview.h"
#include "simulator/simulationrunner.h"
#include "simulator/simulatorwiring.h"
#include "simulatortestsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlTableModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using RA = ReferentialAction;

// The data panel and the result view, driven with real mouse and keyboard events under the
// offscreen platform.
class tst_SimulatorViews : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Document document;
        SampleDataStore store;
        std::unique_ptr<ScratchSession> session;
        SimulationRunner runner;
        std::unique_ptr<QWidget> window;
        SampleDataPanel *panel = nullptr;
        SimulationResultView *view = nullptr;
    };

    std::unique_ptr<Fixture> make(RA onDelete = RA::Cascade)
    {
        auto f = std::make_unique<Fixture>();
        TestSchema s;
        s.table(QStringLiteral("p"),
                {QStringLiteral("id integer pk"), QStringLiteral("name text")});
        s.table(QStringLiteral("c"),
                {QStringLiteral("id integer pk"), QStringLiteral("pid integer")});
        s.key(QStringLiteral("fk_c_p"), QStringLiteral("c"), {QStringLiteral("pid")},
              QStringLiteral("p"), {QStringLiteral("id")}, onDelete, RA::NoAction);
        f->document.resetSchema(s.schema);
        const Table *p = s.schema.tableByName(QStringLiteral("p"));
        const Table *c = s.schema.tableByName(QStringLiteral("c"));
        SampleData data;
        data.tables.insert(
            p->id,
            {{p->columns.at(0).id, p->columns.at(1).id},
             {{qlonglong(1), QStringLiteral("one")}, {qlonglong(2), QStringLiteral("two")}}});
        data.tables.insert(c->id,
                           {{c->columns.at(0).id, c->columns.at(1).id},
                            {{qlonglong(10), qlonglong(1)},
                             {qlonglong(11), qlonglong(1)},
                             {qlonglong(12), qlonglong(2)}}});
        f->store.setData(data);
        f->session = std::make_unique<ScratchSession>(&f->document, &f->store);
        f->window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(f->window.get());
        f->panel = new SampleDataPanel(&f->document, &f->store, f->session.get(), &f->runner);
        f->view = new SimulationResultView(&f->document);
        layout->addWidget(f->panel);
        layout->addWidget(f->view);
        connectSimulatorViews(f->panel, f->view);
        f->window->resize(1200, 700);
        f->window->show();
        if (!QTest::qWaitForWindowExposed(f->window.get()))
            return nullptr;
        return f;
    }

    static QPushButton *buttonNamed(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        return nullptr;
    }

    static void clickCell(QTableView *grid, int row, int column)
    {
        const QRect rect = grid->visualRect(grid->model()->index(row, column));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static QStringList treeLines(QTreeWidget *tree)
    {
        QStringList lines;
        std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
            if (item->columnCount() > 1 && !item->text(1).isEmpty())
                lines << QString(depth * 2, QLatin1Char(' '))
                        + QStringList{item->text(0), item->text(1), item->text(2), item->text(3),
                                      item->text(4)}
                              .join(QLatin1Char('|'));
            for (int i = 0; i < item->childCount(); ++i)
                walk(item->child(i), depth + 1);
        };
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            walk(tree->topLevelItem(i), 0);
        return lines;
    }

private slots:
    void gridShowsAndEditsRows()
    {
        auto f = make();
        QVERIFY(f);
        QTableView *grid = f->panel->grid();
        QCOMPARE(f->panel->tableCombo()->count(), 2);
        QCOMPARE(grid->model()->rowCount(), 2);
        QCOMPARE(grid->model()->index(1, 1).data().toString(), QStringLiteral("two"));

        QSignalSpy rebuilt(f->session.get(), &ScratchSession::rebuilt);
        // Type a new name into row 1 and press Return.
        clickCell(grid, 0, 1);
        QTest::keyClick(grid, Qt::Key_F2);
        auto *editor = grid->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("uno"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f->document.undoStack()->count(), 1);
        QCOMPARE(f->document.undoStack()->undoText(), QStringLiteral("Edit rows of p"));
        const Id p = f->document.schema().tableByName(QStringLiteral("p"))->id;
        QCOMPARE(f->store.data().tables.value(p).rows.at(0).at(1).toString(),
                 QStringLiteral("uno"));
        // The scratch database already had the edit: no rebuild for it.
        QTest::qWait(20);
        QCOMPARE(rebuilt.count(), 0);
        // Undo: the store and, after the rebuild, the grid show the old name.
        f->document.undoStack()->undo();
        QCOMPARE(f->store.data().tables.value(p).rows.at(0).at(1).toString(),
                 QStringLiteral("one"));
        QTRY_COMPARE(f->panel->grid()->model()
                         ? f->panel->grid()->model()->index(0, 1).data().toString()
                         : QString(),
                     QStringLiteral("one"));
    }

    void constraintErrorShownAtTheRow()
    {
        auto f = make();
        QVERIFY(f);
        f->panel->tableCombo()->setCurrentIndex(1);
        emit f->panel->tableCombo()->activated(1);
        QTableView *grid = f->panel->grid();
        QCOMPARE(grid->model()->rowCount(), 3);
        // The key column's editor offers the parent keys.
        clickCell(grid, 2, 1);
        QTest::keyClick(grid, Qt::Key_F2);
        auto *combo = grid->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3); // NULL, 1, 2
        QCOMPARE(combo->itemText(2), QStringLiteral("2"));
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("99"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(f->panel->errorLabel()->isVisible());
        QCOMPARE(f->panel->errorLabel()->text(),
                 QStringLiteral("Row 3 was not stored: FOREIGN KEY constraint failed"));
        QCOMPARE(f->document.undoStack()->count(), 0);
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("Revert")), Qt::LeftButton);
        QVERIFY(!f->panel->errorLabel()->isVisible());
    }

    void simulateWhereAndApply()
    {
        auto f = make();
        QVERIFY(f);
        QSignalSpy finished(f->panel, &SampleDataPanel::simulationFinished);
        QSignalSpy highlight(f->view, &SimulationResultView::highlightChanged);
        QTest::keyClicks(f->panel->whereEdit(), QStringLiteral("id = 1"));
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("Simulate DELETE")), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(treeLines(f->view->tree()),
                 (QStringList{"p|deleted|1|the statement|0", "  c|deleted|2|fk_c_p (CASCADE)|1"}));
        QCOMPARE(f->view->totals()->topLevelItemCount(), 2);
        QCOMPARE(highlight.count(), 1);
        const SimulationHighlight h = highlight.first().first().value<SimulationHighlight>();
        QCOMPARE(h.tables.value(f->document.schema().tableByName(QStringLiteral("c"))->id).deleted,
                 2);
        QCOMPARE(f->store.data().rowCount(), 5); // rolled back

        QVERIFY(f->view->applyButton()->isEnabled());
        QTest::mouseClick(f->view->applyButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(f->store.data().rowCount(), 2);
        QCOMPARE(f->document.undoStack()->undoText(),
                 QStringLiteral("Apply: DELETE FROM \"p\" WHERE id = 1"));
        f->document.undoStack()->undo();
        QCOMPARE(f->store.data().rowCount(), 5);

        QSignalSpy cleared(f->view, &SimulationResultView::highlightCleared);
        QTest::mouseClick(f->view->clearButton(), Qt::LeftButton);
        QCOMPARE(cleared.count(), 1);
    }

    void simulateSelectedRowsRefused()
    {
        auto f = make(RA::Restrict);
        QVERIFY(f);
        QSignalSpy finished(f->panel, &SampleDataPanel::simulationFinished);
        clickCell(f->panel->grid(), 1, 0);
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("Simulate DELETE")), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        const SimulationResult r = finished.first().first().value<SimulationResult>();
        QCOMPARE(r.statement, QStringLiteral("DELETE FROM \"p\" WHERE (\"id\") IN (VALUES (2))"));
        QVERIFY(!r.ok);
        QVERIFY2(f->view->summary()->text().contains(QLatin1String("fk_c_p")),
                 qPrintable(f->view->summary()->text()));
        QVERIFY(!f->view->applyButton()->isEnabled());
        QCOMPARE(f->view->tree()->topLevelItem(0)->child(0)->text(0),
                 QStringLiteral("id=12, pid=2"));
    }

    void badInputInWords()
    {
        auto f = make();
        QVERIFY(f);
        QSignalSpy finished(f->panel, &SampleDataPanel::simulationFinished);
        QTest::keyClicks(f->panel->whereEdit(), QStringLiteral("id = 1; DELETE FROM c"));
        QTest::keyClick(f->panel->whereEdit(), Qt::Key_Return);
        QVERIFY(finished.wait(5000));
        QVERIFY2(f->view->summary()->text().contains(QLatin1String("Only one statement")),
                 qPrintable(f->view->summary()->text()));
        QCOMPARE(f->store.data().rowCount(), 5);
        // Nothing selected, nothing written: a message, no run.
        f->panel->whereEdit()->clear();
        f->panel->grid()->clearSelection();
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("Simulate DELETE")), Qt::LeftButton);
        QCOMPARE(f->panel->errorLabel()->text(),
                 QStringLiteral("Select rows in the grid or write a WHERE clause."));
    }

    void restrictVersusNoActionDemonstration()
    {
        auto f = make(RA::Restrict);
        QVERIFY(f);
        QSignalSpy compared(f->panel, &SampleDataPanel::comparisonFinished);
        QTest::keyClicks(f->panel->whereEdit(), QStringLiteral("id = 2"));
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("RESTRICT vs NO ACTION")),
                          Qt::LeftButton);
        QVERIFY(compared.wait(5000));
        QVERIFY(!compared.first().at(0).value<SimulationResult>().ok);
        QVERIFY(!compared.first().at(1).value<SimulationResult>().ok); // NO ACTION: child remains
        QVERIFY(f->view->summary()->text().contains(
            QLatin1String("With RESTRICT and NO ACTION exchanged")));
    }

    void generateAndBlastRadius()
    {
        auto f = make();
        QVERIFY(f);
        QSignalSpy generated(&f->runner, &SimulationRunner::generated);
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("Generate")), Qt::LeftButton);
        QVERIFY(generated.wait(5000));
        QCOMPARE(f->store.data().rowCount(), 40); // 20 per table
        QCOMPARE(f->document.undoStack()->undoText(), QStringLiteral("Generate sample data"));
        QTRY_COMPARE(f->panel->grid()->model() ? f->panel->grid()->model()->rowCount() : 0, 20);

        QSignalSpy highlight(f->view, &SimulationResultView::highlightChanged);
        QTest::mouseClick(buttonNamed(f->panel, QStringLiteral("Blast radius")), Qt::LeftButton);
        QCOMPARE(highlight.count(), 1);
        QVERIFY(highlight.first().first().value<SimulationHighlight>().predicted);
        QCOMPARE(f->view->tree()->topLevelItem(0)->text(0), QStringLiteral("c"));
    }

    void sqlFilesBothWays()
    {
        auto f = make();
        QVERIFY(f);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.sql"));
        QVERIFY(f->panel->exportSqlFile(path));
        const SampleData before = f->store.data();
        f->document.undoStack()->push(
            new EditSampleDataCommand(&f->store, SampleData(), QStringLiteral("Clear")));
        QSignalSpy loaded(f->panel, &SampleDataPanel::sqlFileLoaded);
        QVERIFY(f->panel->loadSqlFile(path));
        QVERIFY(f->panel->progressBar()->isVisibleTo(f->panel));
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.takeFirst().first().toBool(), true);
        QVERIFY(!f->panel->progressBar()->isVisibleTo(f->panel));
        QCOMPARE(f->store.data(), before);
        QCOMPARE(f->document.undoStack()->undoText(),
                 QStringLiteral("Load sample data from rows.sql"));
        // A broken file: a message, nothing changed.
        QFile broken(dir.filePath(QStringLiteral("broken.sql")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("INSERT INTO c VALUES (50, 777);\n");
        broken.close();
        QVERIFY(f->panel->loadSqlFile(broken.fileName()));
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.takeFirst().first().toBool(), false);
        QVERIFY2(f->panel->errorLabel()->text().contains(QLatin1String("no parent in \"p\"")),
                 qPrintable(f->panel->errorLabel()->text()));
        QCOMPARE(f->store.data(), before);
    }

    void loadingARunawayFileIsCancelled()
    {
        auto f = make();
        QVERIFY(f);
        const SampleData before = f->store.data();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("forever.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Counts an endless recursive WITH: runs until stopped, in constant memory.
        file.write("INSERT INTO p (id, name)\n"
                   "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)\n"
                   "SELECT count(*), 'all' FROM n;\n");
        file.close();
        QSignalSpy loaded(f->panel, &SampleDataPanel::sqlFileLoaded);
        QVERIFY(f->panel->loadSqlFile(file.fileName()));
        QVERIFY(f->panel->progressBar()->isVisibleTo(f->panel));
        QPushButton *cancel = buttonNamed(f->panel, QStringLiteral("Cancel"));
        QVERIFY(cancel && cancel->isVisibleTo(f->panel));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.takeFirst().first().toBool(), false);
        QVERIFY2(
            f->panel->errorLabel()->text().contains(QLatin1String("forever.sql was cancelled")),
            qPrintable(f->panel->errorLabel()->text()));
        QCOMPARE(f->store.data(), before);
        QVERIFY(!f->panel->progressBar()->isVisibleTo(f->panel));
    }

    void rejectedRowsListed()
    {
        auto f = make();
        QVERIFY(f);
        const Table *c = f->document.schema().tableByName(QStringLiteral("c"));
        Column required;
        required.id = f->document.allocateId();
        required.name = QStringLiteral("required");
        required.nullable = false;
        f->document.undoStack()->push(new AddColumnCommand(&f->document, c->id, required));
        QTRY_VERIFY(f->panel->rejectedLabel()->isVisible());
        QVERIFY2(f->panel->rejectedLabel()->text().contains(QLatin1String("3 row(s) do not fit")),
                 qPrintable(f->panel->rejectedLabel()->text()));
        f->document.undoStack()->undo();
        QTRY_VERIFY(!f->panel->rejectedLabel()->isVisible());
    }

    // A table renamed (or pasted) and shown before the scratch database follows: no stale
    // "Unable to find table" once it has.
    void noStaleErrorAfterRename()
    {
        auto f = make();
        QVERIFY(f);
        const Id p = f->document.schema().tableByName(QStringLiteral("p"))->id;
        const Id c = f->document.schema().tableByName(QStringLiteral("c"))->id;
        f->panel->setCurrentTable(c);
        Table renamed = *f->document.schema().table(p);
        renamed.name = QStringLiteral("parent");
        f->document.undoStack()->push(
            new EditTableCommand(&f->document, renamed, EditTableCommand::Property::Name));
        f->panel->setCurrentTable(p); // before the rebuild the rename scheduled
        QTRY_VERIFY(f->panel->grid()->model() && f->panel->grid()->model()->rowCount() == 2);
        QTRY_COMPARE(f->panel->tableCombo()->currentText(), QStringLiteral("parent"));
        QVERIFY2(f->panel->errorLabel()->isHidden(), qPrintable(f->panel->errorLabel()->text()));
    }

    void noStaleErrorAfterPaste()
    {
        auto f = make();
        QVERIFY(f);
        const Table added
            = AddTableCommand::newTable(&f->document, QStringLiteral("p_copy"), QPointF(300, 300));
        f->document.undoStack()->push(new AddTableCommand(&f->document, added));
        f->panel->setCurrentTable(added.id); // the window selects what was pasted at once
        QTRY_COMPARE(f->panel->tableCombo()->count(), 3);
        QTRY_VERIFY(f->panel->grid()->model());
        QCOMPARE(f->panel->grid()->model()->rowCount(), 0);
        QVERIFY2(f->panel->errorLabel()->isHidden(), qPrintable(f->panel->errorLabel()->text()));
    }

    // Numbers read as the column holds them: two decimals for decimal(12,2), no exponent.
    void valuesShownAsTheyAre()
    {
        const DataType money = DataType::parse(QStringLiteral("decimal(12,2)"));
        QCOMPARE(SampleValueText::display(7.25e9, money), QStringLiteral("7250000000.00"));
        QCOMPARE(SampleValueText::display(12.5, money), QStringLiteral("12.50"));
        QCOMPARE(SampleValueText::display(qlonglong(3), money), QStringLiteral("3.00"));
        QCOMPARE(SampleValueText::display(7.25e9, DataType(LogicalType::Double)),
                 QStringLiteral("7250000000"));
        QCOMPARE(SampleValueText::display(0.1, DataType(LogicalType::Real)), QStringLiteral("0.1"));
        QCOMPARE(SampleValueText::display(QVariant(), money), QStringLiteral("NULL"));
        QCOMPARE(SampleValueText::display(QStringLiteral("a@b.c"), DataType(LogicalType::Text)),
                 QStringLiteral("a@b.c"));

        // In the grid.
        TestSchema s;
        s.table(QStringLiteral("orders"),
                {QStringLiteral("id integer pk"), QStringLiteral("total decimal(12,2)")});
        Document document;
        document.resetSchema(s.schema);
        const Table *orders = document.schema().tableByName(QStringLiteral("orders"));
        SampleDataStore store;
        SampleData data;
        data.tables.insert(orders->id,
                           {{orders->columns.at(0).id, orders->columns.at(1).id},
                            {{qlonglong(1), 7.25e9}, {qlonglong(2), 12.5}}});
        store.setData(data);
        ScratchSession session(&document, &store);
        SimulationRunner runner;
        SampleDataPanel panel(&document, &store, &session, &runner);
        panel.resize(800, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *grid = panel.grid();
        QTRY_COMPARE(grid->model() ? grid->model()->rowCount() : 0, 2);
        auto shown = [&](int row) {
            const QModelIndex index = grid->model()->index(row, 1);
            auto *delegate = qobject_cast<SampleValueDelegate *>(grid->itemDelegateForIndex(index));
            return delegate ? delegate->text(index) : QString();
        };
        QCOMPARE(shown(0), QStringLiteral("7250000000.00"));
        QCOMPARE(shown(1), QStringLiteral("12.50"));
    }
};

QTEST_MAIN(tst_SimulatorViews)
#include "tst_simulatorviews.moc"
