#include "commands/addforeignkeycommand.h"
#include "commands/addtablecommand.h"
#include "commands/editcolumncommand.h"
#include "commands/edittablecommand.h"
#include "commands/removecolumncommand.h"
#include "commands/removetablecommand.h"
#include "document.h"
#include "problemtracker.h"
#include "schemabuilder.h"
#include "validator.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// The incremental tracker must always say exactly what a full validation says.
class TestProblemTracker : public QObject
{
    Q_OBJECT

private slots:
    void followsEditsExactly();
};

void TestProblemTracker::followsEditsExactly()
{
    Document document;
    document.resetSchema(loadSample(QStringLiteral("shop.joinery")));
    ProblemTracker tracker(&document);
    QSignalSpy spy(&tracker, &ProblemTracker::problemsChanged);
    QCOMPARE(tracker.problems(), Validator::validate(document.schema()));
    QCOMPARE(tracker.count(Severity::Error), 0);

    QRandomGenerator random(7);
    const Schema &s = document.schema();
    for (int step = 0; step < 150; ++step) {
        const Table *t = s.table(s.tableIds().at(random.bounded(s.tableCount())));
        switch (random.bounded(5)) {
        case 0: {
            Column c = t->columns.at(random.bounded(int(t->columns.size())));
            c.nullable = !c.nullable;
            document.undoStack()->push(new EditColumnCommand(&document, t->id, c, EditColumnCommand::Property::Nullable));
            break;
        }
        case 1: {
            Table edited = *t;
            edited.name = random.bounded(3) == 0 ? QStringLiteral("users") : t->name + QLatin1Char('_');
            document.undoStack()->push(new EditTableCommand(&document, edited, EditTableCommand::Property::Name));
            break;
        }
        case 2: {
            const Table *parent = s.table(s.tableIds().at(random.bounded(s.tableCount())));
            ForeignKey k;
            k.id = document.allocateId();
            k.name = QStringLiteral("fk_%1").arg(step);
            k.childTable = t->id;
            k.parentTable = parent->id;
            k.childColumns = {t->columns.last().id};
            k.parentColumns = {parent->columns.first().id};
            k.onDelete = ReferentialAction(random.bounded(5));
            document.undoStack()->push(new AddForeignKeyCommand(&document, k));
            break;
        }
        case 3:
            if (t->columns.size() > 2)
                document.undoStack()->push(new RemoveColumnCommand(&document, t->id, t->columns.last().id));
            break;
        case 4:
            document.undoStack()->push(new AddTableCommand(
                &document, AddTableCommand::newTable(&document, QStringLiteral("t%1").arg(step), {})));
            break;
        }
        if (random.bounded(4) == 0)
            document.undoStack()->undo();
        QCOMPARE(tracker.problems(), Validator::validate(s));
    }
    QVERIFY(spy.count() > 150);
    QVERIFY(tracker.count(Severity::Error) > 0);
}

QTEST_GUILESS_MAIN(TestProblemTracker)
#include "tst_problemtracker.moc"
