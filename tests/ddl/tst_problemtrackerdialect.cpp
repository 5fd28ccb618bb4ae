#include "commands/editforeignkeycommand.h"
#include "commands/editschemacommand.h"
#include "document.h"
#include "problemtracker.h"
#include "schemareader.h"

#include <QtTest>

// The Problems list follows the document's target dialect: its problems appear when the dialect
// is chosen, follow edits, and leave with undo.
class TestProblemTrackerDialect : public QObject
{
    Q_OBJECT
private slots:
    void followsTargetDialect_data();
    void followsTargetDialect();
};

void TestProblemTrackerDialect::followsTargetDialect_data()
{
    // The designer computes the dialect's problems on a worker thread; they must end up the same.
    QTest::addColumn<bool>("background");
    QTest::newRow("synchronous") << false;
    QTest::newRow("background") << true;
}

static QStringList dialectCodesNow(ProblemTracker &tracker)
{
    QStringList codes;
    for (const Problem &p : tracker.problems()) {
        if (!p.dialect.isEmpty())
            codes << p.dialect + QLatin1Char(' ') + p.code + QLatin1Char(' ') + p.object;
    }
    return codes;
}

// Once background checks (if any) have caught up with the last edit.
static QStringList dialectCodes(ProblemTracker &tracker)
{
    for (int round = 0; round < 2; ++round) {
        tracker.problems(); // starts a check when one is due (a second for edits meanwhile)
        if (!QTest::qWaitFor([&] { return !tracker.dialectChecksRunning(); }, 10000))
            return {QStringLiteral("timed out waiting for the dialect checks")};
    }
    return dialectCodesNow(tracker);
}

void TestProblemTrackerDialect::followsTargetDialect()
{
    QFETCH(bool, background);
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/employees.joinery")));
    Document document;
    Schema schema = reader.schema();
    schema.targetDialect.clear();
    document.resetSchema(schema);
    ProblemTracker tracker(&document);
    tracker.setDialectChecksInBackground(background);
    QCOMPARE(dialectCodes(tracker), QStringList{});

    document.undoStack()->push(
        new EditSchemaCommand(&document, schema.name, QStringLiteral("sqlserver")));
    QCOMPARE(
        dialectCodes(tracker),
        (QStringList{
            QStringLiteral("sqlserver sqlserver-cascade-paths employees.fk_employees_manager"),
            QStringLiteral("sqlserver dialect-action-changed employees.fk_employees_department")}));

    // Making the self-reference NO ACTION removes the 1785 error.
    Id keyId = 0;
    for (Id id : document.schema().foreignKeyIds()) {
        if (document.schema().foreignKey(id)->name == QLatin1String("fk_employees_manager"))
            keyId = id;
    }
    QVERIFY(keyId != 0);
    ForeignKey key = *document.schema().foreignKey(keyId);
    key.onDelete = ReferentialAction::NoAction;
    document.undoStack()->push(
        new EditForeignKeyCommand(&document, key, EditForeignKeyCommand::Property::OnDelete));
    QCOMPARE(dialectCodes(tracker),
             QStringList{QStringLiteral(
                 "sqlserver dialect-action-changed employees.fk_employees_department")});

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(dialectCodes(tracker), QStringList{});
}

QTEST_GUILESS_MAIN(TestProblemTrackerDialect)
#include "tst_problemtrackerdialect.moc"
