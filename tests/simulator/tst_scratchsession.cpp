#include "commands/addcolumncommand.h"
#include "commands/movetablescommand.h"
#include "commands/removecolumncommand.h"
#include "commands/removetablecommand.h"
#include "document.h"
#include "simulator/editsampledatacommand.h"
#include "simulator/sampledatastore.h"
#include "simulator/scratchsession.h"
#include "simulator/simulationrunner.h"
#include "simulatortestsupport.h"

#include <QTimer>

using RA = ReferentialAction;

// The scratch database follows the document: schema changes rebuild it keeping the rows that
// fit and listing the others; the runner simulates and generates off the GUI thread.
class tst_ScratchSession : public QObject
{
    Q_OBJECT

private:
    TestSchema m_s;
    SampleData m_data;

    // 50,000 rows in one table "big" (id, name): a rebuild takes long enough to be seen.
    static void bigDocument(Document *document, SampleDataStore *store)
    {
        TestSchema s;
        s.table(QStringLiteral("big"),
                {QStringLiteral("id integer pk"), QStringLiteral("name text")});
        document->resetSchema(s.schema);
        const Table *big = document->schema().tableByName(QStringLiteral("big"));
        SampleTable rows;
        rows.columns = {big->columns.at(0).id, big->columns.at(1).id};
        for (qlonglong i = 1; i <= 50000; ++i)
            rows.rows.append({i, QStringLiteral("row %1").arg(i)});
        SampleData data;
        data.tables.insert(big->id, rows);
        store->setData(data);
    }

    static Column nullableColumn(Document *document, const QString &name)
    {
        Column column;
        column.id = document->allocateId();
        column.name = name;
        return column;
    }

    int count(ScratchSession &session, const QString &table)
    {
        return session.database()
            ->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(ScratchDatabase::quote(table)))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        m_s.table(QStringLiteral("p"),
                  {QStringLiteral("id integer pk"), QStringLiteral("name text")});
        m_s.table(QStringLiteral("c"),
                  {QStringLiteral("id integer pk"), QStringLiteral("pid integer"),
                   QStringLiteral("note text")});
        m_s.key(QStringLiteral("fk_c_p"), QStringLiteral("c"), {QStringLiteral("pid")},
                QStringLiteral("p"), {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        const Table *p = m_s.schema.tableByName(QStringLiteral("p"));
        const Table *c = m_s.schema.tableByName(QStringLiteral("c"));
        m_data.tables.insert(
            p->id,
            {{p->columns.at(0).id, p->columns.at(1).id},
             {{qlonglong(1), QStringLiteral("one")}, {qlonglong(2), QStringLiteral("two")}}});
        m_data.tables.insert(c->id,
                             {{c->columns.at(0).id, c->columns.at(1).id, c->columns.at(2).id},
                              {{qlonglong(10), qlonglong(1), QStringLiteral("x")},
                               {qlonglong(11), qlonglong(2), QVariant()}}});
    }

    void schemaChangesKeepRows()
    {
        Document document;
        document.resetSchema(m_s.schema);
        SampleDataStore store;
        store.setData(m_data);
        ScratchSession session(&document, &store);
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        QCOMPARE(count(session, QStringLiteral("c")), 2);
        QSignalSpy rebuilt(&session, &ScratchSession::rebuilt);

        // Moving a table changes nothing in the DDL: no rebuild.
        document.undoStack()->push(new MoveTablesCommand(
            &document, {{m_s.id(QStringLiteral("p")), QPointF(300, 40)}}, false));
        QVERIFY(!rebuilt.wait(100));

        // Remove a column: the rows stay, without it.
        const Table *c = document.schema().tableByName(QStringLiteral("c"));
        document.undoStack()->push(new RemoveColumnCommand(&document, c->id, c->columns.at(2).id));
        QVERIFY(rebuilt.wait(1000));
        QCOMPARE(rebuilt.count(), 1); // one rebuild for the whole change
        QCOMPARE(count(session, QStringLiteral("c")), 2);
        QVERIFY(session.rejected().isEmpty());

        // A NOT NULL column without default: the rows of c no longer fit and are listed.
        Column required;
        required.id = document.allocateId();
        required.name = QStringLiteral("required");
        required.nullable = false;
        document.undoStack()->push(new AddColumnCommand(&document, c->id, required));
        QVERIFY(rebuilt.wait(1000));
        QCOMPARE(count(session, QStringLiteral("c")), 0);
        QCOMPARE(session.rejected().size(), 2);
        QCOMPARE(session.rejected().first().tableName, QStringLiteral("c"));
        QVERIFY2(session.rejected().first().reason.contains(QLatin1String("NOT NULL")),
                 qPrintable(session.rejected().first().reason));
        QCOMPARE(store.data(), m_data); // nothing lost

        // Undo both: everything is back.
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(rebuilt.wait(1000));
        QVERIFY(session.rejected().isEmpty());
        QCOMPARE(count(session, QStringLiteral("c")), 2);
        SampleData back;
        QVERIFY(session.database()->read(document.schema(), &back));
        QCOMPARE(back, m_data);
    }

    // Held (the designer opening a document, until its first frame), a change only notes the
    // rebuild; released, the session rebuilds once, for the schema as it is then.
    void heldSessionRebuildsWhenReleased()
    {
        Document document;
        document.resetSchema(m_s.schema);
        SampleDataStore store;
        store.setData(m_data);
        ScratchSession session(&document, &store);
        QSignalSpy rebuilt(&session, &ScratchSession::rebuilt);
        session.setHeld(true);
        const Table *c = document.schema().tableByName(QStringLiteral("c"));
        const Id cId = c->id;
        document.undoStack()->push(new RemoveColumnCommand(&document, cId, c->columns.at(2).id));
        document.resetSchema(document.schema());
        QVERIFY(!rebuilt.wait(300));
        QVERIFY(!session.isRebuilding());
        session.setHeld(false);
        QVERIFY(rebuilt.wait(1000));
        QVERIFY(!rebuilt.wait(200));
        QCOMPARE(rebuilt.count(), 1);
        QCOMPARE(count(session, QStringLiteral("c")), 2);
        SampleData back;
        QVERIFY(session.database()->read(document.schema(), &back));
        QCOMPARE(back.tables.value(cId).rows.size(), 2);
    }

    // The rebuild runs off the GUI thread: a timer keeps ticking while it runs.
    void rebuildKeepsEventLoopRunning()
    {
        Document document;
        SampleDataStore store;
        bigDocument(&document, &store);
        ScratchSession session(&document, &store);
        QCOMPARE(count(session, QStringLiteral("big")), 50000);
        QSignalSpy about(&session, &ScratchSession::aboutToRebuild);
        QSignalSpy rebuilt(&session, &ScratchSession::rebuilt);
        int ticks = 0;
        int ticksWhileRebuilding = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, &timer, [&] {
            ++ticks;
            if (session.isRebuilding())
                ++ticksWhileRebuilding;
        });
        timer.start();

        const Id big = document.schema().tableByName(QStringLiteral("big"))->id;
        document.undoStack()->push(new AddColumnCommand(
            &document, big, nullableColumn(&document, QStringLiteral("extra"))));
        QVERIFY(rebuilt.wait(60000));
        timer.stop();
        QCOMPARE(about.count(), 1);
        QCOMPARE(rebuilt.count(), 1);
        QVERIFY(!session.isRebuilding());
        // A rebuild on the GUI thread would let no tick through while it runs (isRebuilding()
        // is true only inside the blocking call).
        qInfo("%d ticks, %d while rebuilding", ticks, ticksWhileRebuilding);
        QVERIFY2(ticksWhileRebuilding >= 1,
                 qPrintable(QStringLiteral("%1 ticks, %2 while rebuilding")
                                .arg(ticks)
                                .arg(ticksWhileRebuilding)));
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        QVERIFY(session.rejected().isEmpty());
        QCOMPARE(count(session, QStringLiteral("big")), 50000);
        QCOMPARE(
            session.database()
                ->scalar(QStringLiteral("SELECT name FROM big WHERE id = 49999 AND extra IS NULL"))
                .toString(),
            QStringLiteral("row 49999"));
        // The installed database still enforces foreign keys (a connection setting).
        QCOMPARE(session.database()->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    // A change during a rebuild makes its result stale: dropped, built again, one rebuilt().
    void changeDuringRebuildDropsStaleResult()
    {
        Document document;
        SampleDataStore store;
        bigDocument(&document, &store);
        ScratchSession session(&document, &store);
        QSignalSpy rebuilt(&session, &ScratchSession::rebuilt);
        const Id big = document.schema().tableByName(QStringLiteral("big"))->id;
        document.undoStack()->push(new AddColumnCommand(
            &document, big, nullableColumn(&document, QStringLiteral("first"))));
        QTRY_VERIFY(session.isRebuilding());
        document.undoStack()->push(new AddColumnCommand(
            &document, big, nullableColumn(&document, QStringLiteral("second"))));
        QVERIFY(rebuilt.wait(60000));
        QCOMPARE(rebuilt.count(), 1);
        QVERIFY(session.database()->exec(QStringLiteral("SELECT first, second FROM big")));
        QCOMPARE(count(session, QStringLiteral("big")), 50000);
        QTest::qWait(50);
        QCOMPARE(rebuilt.count(), 1);

        // Sample data changed meanwhile: the rebuilt database holds the new rows.
        document.undoStack()->push(new AddColumnCommand(
            &document, big, nullableColumn(&document, QStringLiteral("third"))));
        QTRY_VERIFY(session.isRebuilding());
        SampleData fewer = store.data();
        fewer.tables[big].rows.resize(10);
        document.undoStack()->push(
            new EditSampleDataCommand(&store, fewer, QStringLiteral("Fewer")));
        QVERIFY(rebuilt.wait(60000));
        QCOMPARE(count(session, QStringLiteral("big")), 10);
        QVERIFY(session.database()->exec(QStringLiteral("SELECT third FROM big")));
    }

    // Quitting while a rebuild runs: the worker is stopped and waited for, nothing crashes.
    void destroyedWhileRebuilding()
    {
        Document document;
        SampleDataStore store;
        bigDocument(&document, &store);
        auto session = std::make_unique<ScratchSession>(&document, &store);
        const Id big = document.schema().tableByName(QStringLiteral("big"))->id;
        document.undoStack()->push(new AddColumnCommand(
            &document, big, nullableColumn(&document, QStringLiteral("extra"))));
        QTRY_VERIFY(session->isRebuilding());
        session.reset();
        QTest::qWait(20); // a result delivered to the gone session would crash here
        // A blocking rebuild() drops the one in progress and is done when it returns.
        ScratchSession again(&document, &store);
        document.undoStack()->undo();
        QTRY_VERIFY(again.isRebuilding());
        QSignalSpy rebuilt(&again, &ScratchSession::rebuilt);
        QVERIFY(again.rebuild());
        QCOMPARE(rebuilt.count(), 1);
        QVERIFY(!again.isRebuilding());
        QVERIFY(!again.database()->exec(QStringLiteral("SELECT extra FROM big")));
        QTest::qWait(50);
        QCOMPARE(rebuilt.count(), 1); // the dropped worker delivered nothing
    }

    void gridEditKeepsRejectedRows()
    {
        Document document;
        document.resetSchema(m_s.schema);
        SampleDataStore store;
        SampleData data = m_data;
        const Table *c = m_s.schema.tableByName(QStringLiteral("c"));
        data.tables[c->id].rows.append({qlonglong(12), qlonglong(99), QStringLiteral("orphan")});
        store.setData(data);
        ScratchSession session(&document, &store);
        QCOMPARE(session.rejected().size(), 1);
        QVERIFY(
            session.database()->exec(QStringLiteral("UPDATE c SET note = 'edited' WHERE id = 10")));
        const SampleData edited = session.dataWithTableFromDatabase(c->id);
        QCOMPARE(edited.tables.value(c->id).rows.size(), 3);
        QCOMPARE(edited.tables.value(c->id).rows.at(0).at(2).toString(), QStringLiteral("edited"));
        QCOMPARE(edited.tables.value(c->id).rows.at(2).at(1).toLongLong(), 99);
    }

    void runnerSimulatesOffThread()
    {
        SimulationRunner runner;
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        QVERIFY(runner.simulate(m_s.schema, m_data,
                                {QStringLiteral("DELETE FROM p WHERE id = 1"), false, true}));
        QVERIFY(runner.isBusy());
        QVERIFY(
            !runner.simulate(m_s.schema, m_data, {QStringLiteral("DELETE FROM p"), false, false}));
        QVERIFY(finished.wait(5000));
        const SimulationResult result = finished.first().at(0).value<SimulationResult>();
        QVERIFY(result.ok);
        QVERIFY(result.applied);
        QCOMPARE(result.changedRows, 2);
        const SampleData after = finished.first().at(1).value<SampleData>();
        QCOMPARE(after.rowCount(), 2); // p 2, c 11
        QTRY_VERIFY(!runner.isBusy());

        QSignalSpy generated(&runner, &SimulationRunner::generated);
        QSignalSpy progress(&runner, &SimulationRunner::progress);
        QVERIFY(runner.generate(m_s.schema, 5000, 3));
        QVERIFY(generated.wait(10000));
        QVERIFY(generated.first().at(0).toBool());
        QCOMPARE(generated.first().at(1).value<SampleData>().rowCount(), 10000);
        QVERIFY(progress.count() > 1);
    }

    void runnerCancels()
    {
        SimulationRunner runner;
        QSignalSpy generated(&runner, &SimulationRunner::generated);
        QVERIFY(runner.generate(m_s.schema, 5000000, 3));
        runner.cancel();
        QVERIFY(generated.wait(20000));
        QVERIFY(!generated.first().at(0).toBool());
        QCOMPARE(generated.first().at(3).toString(), QStringLiteral("Cancelled."));
    }
};

QTEST_GUILESS_MAIN(tst_ScratchSession)
#include "tst_scratchsession.moc"
