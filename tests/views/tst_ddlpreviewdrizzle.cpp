#include "ddl/dialectchecker.h"
#include "ddlhighlighter.h"
#include "ddlpreview.h"
#include "document.h"
#include "drizzle/drizzlegenerator.h"
#include "schemareader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The DDL dock with a Drizzle target, driven as a user would: the module is the generator's,
// highlighted as TypeScript, with the problems of the dialect it runs on; the selection marks
// the table's declaration; Save As offers and writes a .ts file.
class TestDdlPreviewDrizzle : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listsAllTargetsWithASeparator();
    void showsTheModule();
    void listsTheProblemsOfItsDialect();
    void highlightsTheSelectedTablesDeclaration();
    void comparesAScriptWithAModule();
    void savesAsTypeScript();

private:
    static bool waitUntilCurrent(DdlPreview &preview)
    {
        return QTest::qWaitFor([&] { return !preview.isRegenerationPending(); }, 10000);
    }
    // Picks the target in the combo box, as a user does, and waits for its text.
    static bool choose(DdlPreview &preview, const QString &id)
    {
        auto *combo = preview.findChild<QComboBox *>(QStringLiteral("dialect"));
        const int index = combo->findData(id);
        if (index < 0)
            return false;
        QSignalSpy updated(&preview, &DdlPreview::previewUpdated);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        return updated.wait(10000) && preview.target().id() == id;
    }
    QString module(DrizzleTarget target) const
    {
        return DrizzleGenerator::create(target)->generate(m_document->schema());
    }

    std::unique_ptr<Document> m_document;
};

void TestDdlPreviewDrizzle::init()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/employees.joinery")));
    Schema schema = reader.schema();
    schema.targetDialect = QStringLiteral("postgresql");
    m_document = std::make_unique<Document>();
    m_document->resetSchema(schema);
}

void TestDdlPreviewDrizzle::listsAllTargetsWithASeparator()
{
    DdlPreview preview(m_document.get());
    for (const QString &name : {QStringLiteral("dialect"), QStringLiteral("compareDialect")}) {
        auto *combo = preview.findChild<QComboBox *>(name);
        QStringList ids;
        int separators = 0;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i, Qt::AccessibleDescriptionRole).toString()
                == QLatin1String("separator"))
                ++separators;
            else if (!combo->itemData(i).toString().isEmpty())
                ids << combo->itemData(i).toString();
        }
        QCOMPARE(ids, (QStringList{"sqlite", "postgresql", "mysql", "mariadb", "sqlserver",
                                   "drizzle-sqlite", "drizzle-pg", "drizzle-mysql",
                                   "drizzle-mssql"}));
        QCOMPARE(separators, 1);
        const int separator = combo->findData(QStringLiteral("drizzle-sqlite")) - 1;
        QCOMPARE(combo->itemData(separator, Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("separator"));
    }
    QVERIFY(waitUntilCurrent(preview));
}

void TestDdlPreviewDrizzle::showsTheModule()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    auto *editor = preview.findChild<QPlainTextEdit *>(QStringLiteral("script"));
    auto *highlighter = editor->document()->findChild<DdlHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->language(), DdlHighlighter::Language::Sql);

    QVERIFY(choose(preview, QStringLiteral("drizzle-pg")));
    QCOMPARE(preview.scriptText(), module(DrizzleTarget::PostgreSQL));
    QCOMPARE(editor->toPlainText(), module(DrizzleTarget::PostgreSQL));
    QCOMPARE(highlighter->language(), DdlHighlighter::Language::TypeScript);

    // An edit reaches the module as it reaches a script.
    Schema renamed = m_document->schema();
    renamed.name = QStringLiteral("renamed_company");
    m_document->resetSchema(renamed);
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(preview.target().id(), QStringLiteral("drizzle-pg")); // chosen by the user: kept
    QCOMPARE(editor->toPlainText(), module(DrizzleTarget::PostgreSQL));
    QVERIFY(editor->toPlainText().contains(QLatin1String("'renamed_company'")));

    QVERIFY(choose(preview, QStringLiteral("mysql")));
    QCOMPARE(highlighter->language(), DdlHighlighter::Language::Sql);
}

void TestDdlPreviewDrizzle::listsTheProblemsOfItsDialect()
{
    DdlPreview preview(m_document.get());
    QVERIFY(waitUntilCurrent(preview));
    QVERIFY(preview.problems().isEmpty());
    QVERIFY(choose(preview, QStringLiteral("drizzle-mssql")));
    QCOMPARE(preview.scriptText(), module(DrizzleTarget::SqlServer));
    const QVector<Problem> expected = DialectChecker::check(m_document->schema(), Dialect::SqlServer);
    QVERIFY(!expected.isEmpty()); // employees has SQL Server's multiple cascade paths (1785)
    QCOMPARE(preview.problems(), expected);
    auto *list = preview.findChild<QListWidget *>(QStringLiteral("problems"));
    QCOMPARE(list->count(), expected.size());
}

void TestDdlPreviewDrizzle::highlightsTheSelectedTablesDeclaration()
{
    DdlPreview preview(m_document.get());
    QVERIFY(choose(preview, QStringLiteral("drizzle-pg")));
    auto *editor = preview.findChild<QPlainTextEdit *>(QStringLiteral("script"));
    const Schema &schema = m_document->schema();
    for (Id tableId : schema.tableIds()) {
        const Table *table = schema.table(tableId);
        preview.setSelectedObjects({tableId});
        QCOMPARE(preview.highlightedStatementCount(), 1);
        const QString marked
            = editor->extraSelections().constFirst().cursor.selectedText().replace(
                QChar::ParagraphSeparator, QLatin1Char('\n'));
        const QString declaration = QStringLiteral("Table('%1', {").arg(table->name);
        QVERIFY2(marked.contains(declaration), qPrintable(marked));
        QCOMPARE(marked.count(QLatin1String("export const ")), 1);
        QVERIFY2(marked.endsWith(QLatin1String(");")), qPrintable(marked));
        // A column stands for its table.
        preview.setSelectedObjects({table->columns.constFirst().id});
        QCOMPARE(preview.highlightedStatementCount(), 1);
    }
    // A key marks the declaration of its child table, where Drizzle declares it.
    const Id keyId = schema.foreignKeyIds().constFirst();
    preview.setSelectedObjects({keyId});
    QCOMPARE(preview.highlightedStatementCount(), 1);
    const QString child = schema.table(schema.foreignKey(keyId)->childTable)->name;
    QVERIFY(editor->extraSelections().constFirst().cursor.selectedText().contains(
        QStringLiteral("Table('%1', {").arg(child)));
    preview.setSelectedObjects({});
    QCOMPARE(preview.highlightedStatementCount(), 0);
}

void TestDdlPreviewDrizzle::comparesAScriptWithAModule()
{
    DdlPreview preview(m_document.get());
    preview.setCompareTarget(ExportTarget(DrizzleTarget::MySQL));
    QVERIFY(waitUntilCurrent(preview));
    QCOMPARE(preview.compareText(), module(DrizzleTarget::MySQL));
    auto *compare = preview.findChild<QPlainTextEdit *>(QStringLiteral("compareScript"));
    QCOMPARE(compare->toPlainText(), module(DrizzleTarget::MySQL));
    QCOMPARE(compare->document()->findChild<DdlHighlighter *>()->language(),
             DdlHighlighter::Language::TypeScript);
}

void TestDdlPreviewDrizzle::savesAsTypeScript()
{
    DdlPreview preview(m_document.get());
    QVERIFY(choose(preview, QStringLiteral("drizzle-pg")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString suffix;
    QStringList filters;
    QString suggested;
    int tries = 0;
    // The save dialog is modal: answer it from the event loop it runs, as a user would, giving
    // a name without a suffix. Typed key by key, the name would open the dialog's completer,
    // which takes the keys; pasting it avoids that. The timer runs until the dialog is gone,
    // and gives up (the file is then missing) rather than hang.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (suggested.isEmpty()) {
            suffix = dialog->defaultSuffix();
            filters = dialog->nameFilters();
            suggested = dialog->selectedFiles().value(0);
        }
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name || ++tries > 250) {
            dialog->reject();
            return;
        }
        name->setText(dir.filePath(QStringLiteral("company")));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), protected there
    });
    answer.start();
    preview.saveAs();
    answer.stop();
    QCOMPARE(suffix, QStringLiteral("ts"));
    QVERIFY2(filters.value(0).contains(QLatin1String("*.ts")), qPrintable(filters.join(';')));
    QVERIFY2(suggested.endsWith(QLatin1String("-drizzle-pg.ts")), qPrintable(suggested));
    QFile file(dir.filePath(QStringLiteral("company.ts")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(QString::fromUtf8(file.readAll()), module(DrizzleTarget::PostgreSQL));
}

QTEST_MAIN(TestDdlPreviewDrizzle)
#include "tst_ddlpreviewdrizzle.moc"
