#include "document.h"
#include "enginesupport.h"
#include "simulator/enginecomparisonview.h"
#include "simulator/engineurldialog.h"
#include "simulator/sampledatapanel.h"
#include "simulator/sampledatastore.h"
#include "simulator/scratchsession.h"
#include "simulator/simulationrunner.h"
#include "simulator/simulatorwiring.h"
#include "testschema.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTreeWidget>

using RA = ReferentialAction;

// "Also run on…" in the Simulation dock, driven with mouse and key events under the offscreen
// platform against the PostgreSQL server of the engine fixture: the statement simulated in
// the data panel runs on the server, and both answers are shown side by side.
class tst_EngineComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cascadeAgrees();
    void engineRefuses();
    void unreachableServer();
    void cancelLeavesNothing();

private:
    struct Fixture
    {
        Document document;
        SampleDataStore store;
        std::unique_ptr<ScratchSession> session;
        SimulationRunner runner;
        std::unique_ptr<QWidget> window;
        SampleDataPanel *panel = nullptr;
        EngineComparisonView *view = nullptr;
    };
    std::unique_ptr<Fixture> make();
    // Types a statement's WHERE (and SET) into the panel and presses Return.
    static bool simulate(Fixture *f, const QString &where, const QString &set = {});
    // Clicks "Also run on…", types the URL and the password, clicks Run.
    static void alsoRunOn(Fixture *f, const QString &url, const QString &password);
    static QStringList totals(QTreeWidget *tree);
    QString url() const;
    QStringList leftovers();

    EngineServer m_server;
    QString m_database;
};

void tst_EngineComparisonView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JoineryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_enginecomparisonview"));
    m_server = EngineServer::fromEnvironment("JOINERY_POSTGRES_ENV");
    if (m_server.available()) {
        m_database = EngineServer::uniqueDatabaseName(QStringLiteral("alsorun"));
        QString error;
        QVERIFY2(m_server.createScratchDatabase(m_database, &error), qPrintable(error));
    }
}

void tst_EngineComparisonView::cleanupTestCase()
{
    if (m_server.available() && !m_database.isEmpty())
        m_server.dropScratchDatabase(m_database);
}

std::unique_ptr<tst_EngineComparisonView::Fixture> tst_EngineComparisonView::make()
{
    auto f = std::make_unique<Fixture>();
    TestSchema s;
    s.table(QStringLiteral("p"),
            {QStringLiteral("id integer pk"), QStringLiteral("name varchar(3)")});
    s.table(QStringLiteral("c"), {QStringLiteral("id integer pk"), QStringLiteral("pid integer")});
    s.key(QStringLiteral("fk_c_p"), QStringLiteral("c"), {QStringLiteral("pid")},
          QStringLiteral("p"), {QStringLiteral("id")}, RA::Cascade, RA::NoAction);
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
    f->view = new EngineComparisonView(&f->document, &f->store);
    layout->addWidget(f->panel);
    layout->addWidget(f->view);
    connectEngineComparison(f->panel, f->view);
    f->panel->setCurrentTable(p->id);
    f->window->resize(1400, 700);
    f->window->show();
    if (!QTest::qWaitForWindowExposed(f->window.get()))
        return nullptr;
    return f;
}

bool tst_EngineComparisonView::simulate(Fixture *f, const QString &where, const QString &set)
{
    QSignalSpy finished(f->panel, &SampleDataPanel::simulationFinished);
    QTest::keyClicks(f->panel->whereEdit(), where);
    if (set.isEmpty()) {
        QTest::keyClick(f->panel->whereEdit(), Qt::Key_Return);
    } else {
        QTest::keyClicks(f->panel->setEdit(), set);
        QTest::keyClick(f->panel->setEdit(), Qt::Key_Return);
    }
    return finished.wait(10000) || finished.count() == 1;
}

void tst_EngineComparisonView::alsoRunOn(Fixture *f, const QString &url, const QString &password)
{
    QVERIFY(f->view->alsoRunButton()->isEnabled());
    QTest::mouseClick(f->view->alsoRunButton(), Qt::LeftButton);
    EngineUrlDialog *dialog = f->view->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QLineEdit *urlEdit = dialog->urlCombo()->lineEdit();
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, url);
    QVERIFY2(dialog->runButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
    QTest::keyClicks(dialog->passwordEdit(), password);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->passwordEdit()->text().isEmpty()); // not kept once the run has it
}

QStringList tst_EngineComparisonView::totals(QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QStringList cells;
        for (int column = 0; column < tree->columnCount(); ++column)
            cells << item->text(column);
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

QString tst_EngineComparisonView::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_server.userName(), m_server.host())
        .arg(m_server.port())
        .arg(m_database);
}

QStringList tst_EngineComparisonView::leftovers()
{
    QStringList names;
    {
        QSqlDatabase db = m_server.open(QStringLiteral("alsorun_check"));
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'joinery_sim_%'"));
        while (q.next())
            names << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alsorun_check"));
    return names;
}

void tst_EngineComparisonView::cascadeAgrees()
{
    JOINERY_REQUIRE_ENGINE(m_server);
    auto f = make();
    QVERIFY(f);
    QVERIFY(!f->view->alsoRunButton()->isEnabled()); // nothing simulated yet
    QVERIFY(simulate(f.get(), QStringLiteral("id = 1")));
    alsoRunOn(f.get(), url(), m_server.password());
    QVERIFY(f->view->progressBar()->isVisible());
    QVERIFY(f->view->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!f->view->job()->isBusy(), 30000);
    QTRY_VERIFY(!f->view->progressBar()->isVisible());
    QVERIFY2(f->view->summaryLabel()->isVisible(), qPrintable(f->view->statusLabel()->text()));
    QCOMPARE(f->view->summaryLabel()->text(), QStringLiteral("<b>No differences</b>"));
    const QStringList expected{QStringLiteral("p|deleted|1|1"), QStringLiteral("c|deleted|2|2")};
    QCOMPARE(totals(f->view->totalsTree()), expected);
    QCOMPARE(f->view->totalsTree()->headerItem()->text(3), QStringLiteral("PostgreSQL"));
    QCOMPARE(f->view->verdictLabel(0)->text(), QStringLiteral("Succeeds: 3 row(s) changed."));
    QCOMPARE(f->view->verdictLabel(1)->text(), QStringLiteral("Succeeds: 3 row(s) changed."));
    QVERIFY(f->view->titleLabel(1)->text().contains(QLatin1String("PostgreSQL ")));
    QCOMPARE(EngineUrlDialog::rememberedUrls().value(0), url());
    QCOMPARE(leftovers(), QStringList());
    // Another simulation: the comparison of the previous statement goes.
    f->panel->whereEdit()->clear();
    QVERIFY(simulate(f.get(), QStringLiteral("id = 2")));
    QVERIFY(!f->view->summaryLabel()->isVisible());
    QVERIFY(f->view->statusLabel()->text().isEmpty());
    QVERIFY(f->view->alsoRunButton()->isEnabled());
}

void tst_EngineComparisonView::engineRefuses()
{
    JOINERY_REQUIRE_ENGINE(m_server);
    auto f = make();
    QVERIFY(f);
    // SQLite ignores varchar(3); PostgreSQL refuses the longer value.
    QVERIFY(simulate(f.get(), QStringLiteral("id = 1"), QStringLiteral("name = 'toolong'")));
    alsoRunOn(f.get(), url(), m_server.password());
    QTRY_VERIFY_WITH_TIMEOUT(!f->view->job()->isBusy(), 30000);
    QTRY_VERIFY2(f->view->summaryLabel()->isVisible(), qPrintable(f->view->statusLabel()->text()));
    QCOMPARE(f->view->summaryLabel()->text(),
             QStringLiteral("<b>1 difference(s)</b> (marked \u2260)"));
    QCOMPARE(f->view->verdictLabel(0)->text(),
             QStringLiteral("\u2260 Succeeds: 1 row(s) changed."));
    const QString refusal = f->view->verdictLabel(1)->text();
    QVERIFY2(refusal.startsWith(QStringLiteral("\u2260 Refused: ")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("value too long for type character varying(3)")),
             qPrintable(refusal));
    for (int side = 0; side < 2; ++side) {
        QVERIFY(f->view->verdictLabel(side)->autoFillBackground());
        QCOMPARE(f->view->verdictLabel(side)->palette().color(QPalette::Window),
                 f->view->palette().color(QPalette::Highlight).lighter(170));
    }
    // Totals are compared only when both let the statement through.
    QCOMPARE(totals(f->view->totalsTree()), QStringList{QStringLiteral("p|updated|1|0")});
    QCOMPARE(leftovers(), QStringList());
}

void tst_EngineComparisonView::unreachableServer()
{
    auto f = make();
    QVERIFY(f);
    QVERIFY(simulate(f.get(), QStringLiteral("id = 1")));
    QSignalSpy finished(f->view->job(), &EngineComparisonJob::finished);
    alsoRunOn(f.get(), QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing"),
              QStringLiteral("secret"));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(!f->view->progressBar()->isVisible());
    const QString status = f->view->statusLabel()->text();
    QVERIFY2(status.startsWith(QLatin1String("<b>Could not run it on the server:</b> ")),
             qPrintable(status));
    // The reason, naming the server.
    QVERIFY2(status.contains(QLatin1String("postgresql://nobody@127.0.0.1:1/nothing")),
             qPrintable(status));
    QVERIFY(!f->view->summaryLabel()->isVisible());
    QVERIFY(f->view->alsoRunButton()->isEnabled()); // ready for another try
}

void tst_EngineComparisonView::cancelLeavesNothing()
{
    JOINERY_REQUIRE_ENGINE(m_server);
    auto f = make();
    QVERIFY(f);
    QVERIFY(simulate(f.get(), QStringLiteral("id = 1")));
    alsoRunOn(f.get(), url(), m_server.password());
    QTest::mouseClick(f->view->cancelButton(), Qt::LeftButton);
    QVERIFY(!f->view->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!f->view->job()->isBusy(), 30000);
    QTRY_VERIFY(!f->view->progressBar()->isVisible());
    QCOMPARE(f->view->statusLabel()->text(),
             QStringLiteral("Cancelled; nothing was left on the server."));
    QVERIFY(!f->view->summaryLabel()->isVisible());
    QCOMPARE(leftovers(), QStringList());
}

QTEST_MAIN(tst_EngineComparisonView)
#include "tst_enginecomparisonview.moc"
