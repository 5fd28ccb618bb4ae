#include "commands/edittablecommand.h"
#include "ddlpreview.h"
#include "document.h"
#include "generatedschema.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

// The DDL dock on a 5,000-table schema: how long a regeneration takes from edit to screen, and
// how much of it the GUI thread spends (putting the text on screen), the rest being on the
// worker thread.
class BenchDdlPreview : public QObject
{
    Q_OBJECT
private slots:
    void regenerate_data();
    void regenerate();
    void showChangedScript();
    void showEditedScript();
};

void BenchDdlPreview::regenerate_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("sqlserver") << int(Dialect::SqlServer);
}

void BenchDdlPreview::regenerate()
{
    QFETCH(int, dialect);
    Document document;
    document.resetSchema(generatedSchema());
    DdlPreview preview(&document);
    preview.resize(1000, 700);
    preview.show();
    preview.setDialect(Dialect(dialect));
    QVERIFY(QTest::qWaitFor([&] { return !preview.isRegenerationPending(); }, 60000));
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);
    QBENCHMARK
    {
        preview.regenerateNow();
        QVERIFY(updated.wait(60000));
    }
    QVERIFY(preview.scriptText().size() > 500000);
}

// An edit changes the text: the GUI thread then replaces and re-highlights it. This is the time
// typing can be held up once per debounced regeneration.
void BenchDdlPreview::showChangedScript()
{
    Document document;
    document.resetSchema(generatedSchema());
    DdlPreview preview(&document);
    preview.resize(1000, 700);
    preview.show();
    QVERIFY(QTest::qWaitFor([&] { return !preview.isRegenerationPending(); }, 60000));
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);
    bool flip = false;
    QBENCHMARK
    {
        flip = !flip;
        preview.setDialect(flip ? Dialect::MySQL : Dialect::PostgreSQL);
        QVERIFY(updated.wait(60000));
    }
}

// One table renamed: only the changed lines are replaced on the GUI thread.
void BenchDdlPreview::showEditedScript()
{
    Document document;
    document.resetSchema(generatedSchema());
    DdlPreview preview(&document);
    preview.resize(1000, 700);
    preview.show();
    QVERIFY(QTest::qWaitFor([&] { return !preview.isRegenerationPending(); }, 60000));
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);
    const Id tableId = document.schema().tableIds().at(2500);
    int n = 0;
    QBENCHMARK
    {
        Table table = *document.schema().table(tableId);
        table.name = QStringLiteral("renamed_%1").arg(++n);
        document.undoStack()->push(
            new EditTableCommand(&document, table, EditTableCommand::Property::Name));
        preview.regenerateNow();
        QVERIFY(updated.wait(60000));
    }
    QVERIFY(preview.scriptText().contains(QStringLiteral("renamed_%1").arg(n)));
}

QTEST_MAIN(BenchDdlPreview)
#include "bench_ddlpreview.moc"
