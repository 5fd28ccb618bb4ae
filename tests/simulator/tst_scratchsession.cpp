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

using RA = ReferentialAction;

// The scratch database follows the document: schema changes rebuild it keeping the rows that
// fit and listing the others; the runner simulates and generates off the GUI thread.
class tst_ScratchSession : public QObject
{
    Q_OBJECT

private:
    TestSchema m_s;
    SampleData m_data;

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
