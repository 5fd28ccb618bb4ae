#include "ddlpreview.h"

#include "commands/editschemacommand.h"
#include "commands/edittablecommand.h"
#include "ddl/ddlgenerator.h"
#include "document.h"
#include "schemareader.h"
#include "syntheticschema.h"
#include "chunkedtextfill.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The DDL dock driven as a user would: it shows the generator's script for the chosen dialect,
// follows edits (debounced, on a worker thread), compares two dialects, highlights the
// selection, lists the dialect's problems and reports clicks on them, copies and saves.
class TestDdlPreview : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void showsTheGeneratorsScript();
    void followsEditsAndDropsStaleResults();
    void idleWhileHiddenWaitsUntilShown();
    void comparesTwoDialects();
    void highlightsTheSelection();
    void listsTheDialectsProblems();
    void copiesAndSaves();
    void longScriptGoesInSliceBySlice();

private:
    static QString script(const Schema &schema, Dialect dialect)
    {
        return DdlGenerator::create(dialect)->createScript(schema).text();
    }
    static bool waitUntilCurrent(DdlPreview &preview)
    {
        return QTest::qWaitFor([&] { return !preview.isRegenerationPending(); }, 10000);
    }
    Id tableId(const QString &name) const { return m_document->schema().tableByName(name)->id; }

    std::unique_ptr<Document> m_document;
};

void TestDdlPreview::init()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/employees.joinery")));
    Schema schema = reader.schema();
    schema.targetDialect = QStringLiteral("postgresql");
    m_document = std::make_unique<Document>();
    m_document->resetSchema(schema);
}

void TestDdlPreview::showsTheGeneratorsScript()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    // The document's target dialect is the default.
    QCOMPARE(preview.target().id(), QStringLiteral("postgresql"));
    QCOMPARE(preview.scriptText(), script(m_document->schema(), Dialect::PostgreSQL));
    auto *editor = preview.findChild<QPlainTextEdit *>(QStringLiteral("script"));
    QCOMPARE(editor->toPlainText(), preview.scriptText());

    // Choosing a dialect in the combo box, as a user does.
    auto *combo = preview.findChild<QComboBox *>(QStringLiteral("dialect"));
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);
    combo->setCurrentIndex(combo->findData(QStringLiteral("mysql")));
    emit combo->activated(combo->currentIndex());
    QVERIFY(updated.wait(10000));
    QCOMPARE(preview.target().id(), QStringLiteral("mysql"));
    QCOMPARE(editor->toPlainText(), script(m_document->schema(), Dialect::MySQL));
}

void TestDdlPreview::followsEditsAndDropsStaleResults()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);

    // Three renames in quick succession: one regeneration, showing the last.
    const Id renamed = tableId(QStringLiteral("employees"));
    for (const QString &name :
         {QStringLiteral("staff_a"), QStringLiteral("staff_b"), QStringLiteral("staff_c")}) {
        Table table = *m_document->schema().table(renamed);
        table.name = name;
        m_document->undoStack()->push(
            new EditTableCommand(m_document.get(), table, EditTableCommand::Property::Name));
        QVERIFY(preview.isRegenerationPending());
    }
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(updated.count(), 1);
    QVERIFY(preview.scriptText().contains(QStringLiteral("CREATE TABLE staff_c (")));
    QCOMPARE(preview.scriptText(), script(m_document->schema(), Dialect::PostgreSQL));
    // Only the changed part of the text was replaced; the editor must still hold the script.
    auto *editor = preview.findChild<QPlainTextEdit *>(QStringLiteral("script"));
    QCOMPARE(editor->toPlainText(), preview.scriptText());

    m_document->undoStack()->undo();
    QVERIFY(waitUntilCurrent(preview));
    // The renames merged into one undo step.
    QVERIFY(preview.scriptText().contains(QStringLiteral("CREATE TABLE employees (")));
    QCOMPARE(editor->toPlainText(), script(m_document->schema(), Dialect::PostgreSQL));
}

// The main window's preview sits behind another tab at first: hidden, it makes no script, and
// an edit only marks it as due; shown, it makes the current one.
void TestDdlPreview::idleWhileHiddenWaitsUntilShown()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    const QString before = preview.scriptText();
    QVERIFY(!before.isEmpty());
    preview.setIdleWhileHidden(true);
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);

    const Id renamed = tableId(QStringLiteral("employees"));
    Table table = *m_document->schema().table(renamed);
    table.name = QStringLiteral("staff");
    m_document->undoStack()->push(
        new EditTableCommand(m_document.get(), table, EditTableCommand::Property::Name));
    QTest::qWait(DdlPreview::debounceMilliseconds * 3);
    QCOMPARE(updated.count(), 0);
    QVERIFY(preview.isRegenerationPending());
    QCOMPARE(preview.scriptText(), before);

    preview.show();
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(preview.scriptText(), script(m_document->schema(), Dialect::PostgreSQL));
    QVERIFY(preview.scriptText().contains(QStringLiteral("CREATE TABLE staff (")));
}

void TestDdlPreview::comparesTwoDialects()
{
    DdlPreview preview(m_document.get());
    preview.setCompareDialect(Dialect::SqlServer);
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(preview.compareText(), script(m_document->schema(), Dialect::SqlServer));
    auto *compare = preview.findChild<QPlainTextEdit *>(QStringLiteral("compareScript"));
    QCOMPARE(compare->toPlainText(), preview.compareText());
    QVERIFY(!compare->isHidden());
    preview.setCompareDialect(std::nullopt);
    QVERIFY(compare->isHidden());
}

void TestDdlPreview::highlightsTheSelection()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    auto *editor = preview.findChild<QPlainTextEdit *>(QStringLiteral("script"));
    const Id employees = tableId(QStringLiteral("employees"));

    preview.setSelectedObjects({employees});
    // CREATE TABLE employees, its two key indexes and its COMMENT ON TABLE.
    QCOMPARE(preview.highlightedStatementCount(), 4);
    QCOMPARE(editor->extraSelections().size(), 4);
    QVERIFY(editor->extraSelections().first().cursor.selectedText().startsWith(
        QStringLiteral("CREATE TABLE employees (")));
    QVERIFY(editor->textCursor().position()
            == editor->extraSelections().first().cursor.selectionStart());

    // A column selects its table's statements.
    preview.setSelectedObjects({m_document->schema().table(employees)->columns.first().id});
    QCOMPARE(preview.highlightedStatementCount(), 4);

    preview.setSelectedObjects({});
    QCOMPARE(editor->extraSelections().size(), 0);
}

void TestDdlPreview::listsTheDialectsProblems()
{
    DdlPreview preview(m_document.get());
    preview.setDialect(Dialect::SqlServer);
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(preview.problems().size(), 2);
    auto *list = preview.findChild<QListWidget *>(QStringLiteral("problems"));
    QCOMPARE(list->count(), 2);

    Id manager = 0;
    for (Id id : m_document->schema().foreignKeyIds()) {
        if (m_document->schema().foreignKey(id)->name == QLatin1String("fk_employees_manager"))
            manager = id;
    }
    QSignalSpy activated(&preview, &DdlPreview::problemActivated);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->toolTip() == QLatin1String("sqlserver-cascade-paths")) {
            const QRect rect = list->visualItemRect(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        }
    }
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<Id>(), manager);

    // Back to PostgreSQL: no problems there.
    preview.setDialect(Dialect::PostgreSQL);
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(list->count(), 0);
}

void TestDdlPreview::copiesAndSaves()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    preview.copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), preview.scriptText());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("employees.sql"));
    QString error;
    QVERIFY2(preview.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), preview.scriptText());
    QVERIFY(!preview.saveTo(dir.filePath(QStringLiteral("missing/dir/x.sql")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestDdlPreview)
// A script too long to insert at once goes into the editor a slice per turn of the event loop,
// so the window keeps painting and taking keys; the selection is highlighted once it is all in.
void TestDdlPreview::longScriptGoesInSliceBySlice()
{
    Schema schema = SyntheticSchema::largeDocument(600);
    schema.targetDialect = QStringLiteral("postgresql");
    m_document->resetSchema(schema);
    DdlPreview preview(m_document.get());
    auto *editor = preview.findChild<QPlainTextEdit *>(QStringLiteral("script"));
    QSignalSpy updated(&preview, &DdlPreview::previewUpdated);
    QSignalSpy slices(editor->document(), &QTextDocument::contentsChange);
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(updated.size(), 1);
    const QString expected = script(m_document->schema(), Dialect::PostgreSQL);
    QVERIFY(expected.size() > 2 * ChunkedTextFill::AtOnce);
    QCOMPARE(preview.scriptText(), expected);
    QCOMPARE(editor->toPlainText(), expected);
    QVERIFY2(slices.size() >= expected.size() / ChunkedTextFill::SliceSize,
             qPrintable(QString::number(slices.size())));

    // The last table's statements are found in the whole text.
    const Id last = m_document->schema().tableIds().last();
    preview.setSelectedObjects({last});
    QVERIFY(preview.highlightedStatementCount() >= 1);
    QVERIFY(editor->extraSelections().first().cursor.selectedText().contains(
        m_document->schema().table(last)->name));

    // Another dialect changes nearly every line: it goes in by slices too, and the selection
    // is highlighted again once it is in.
    auto *combo = preview.findChild<QComboBox *>(QStringLiteral("dialect"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("mysql")));
    emit combo->activated(combo->currentIndex());
    QVERIFY(updated.wait(20000));
    QVERIFY(!preview.isRegenerationPending());
    QCOMPARE(editor->toPlainText(), script(m_document->schema(), Dialect::MySQL));
    QVERIFY(preview.highlightedStatementCount() >= 1);
}

#include "tst_ddlpreview.moc"
