#include "canvastesthelpers.h"
#include "commands/edittablecommand.h"
#include "constrainteditdialog.h"
#include "ddl/ddlgenerator.h"
#include "document.h"
#include "indexdetailseditor.h"
#include "tablepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace CanvasTest;

// The index details in ConstraintEditDialog (IndexDetailsEditor), driven through the table
// panel with real mouse and key events: method, operator class, predicate, expression parts,
// order, NULLS and INCLUDE land in the model as one undo step, and the PostgreSQL export writes
// exactly that index. Each dialect is offered only what it has.
class TestIndexDetailsEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ginWithOperatorClassAndPredicate();
    void expressionPartDescendingNullsLastInclude();
    void existingExpressionIndexKeptUnchanged();
    void emptyExpressionRefused();
    void fieldsFollowTheDialect_data();
    void fieldsFollowTheDialect();
    void mySqlFullTextAndPrefix();
    void sqliteCollationDescendingPartial();

private:
    void setDialect(const QString &dialect);
    ConstraintEditDialog *openNewIndex();
    ConstraintEditDialog *openDialog() const;
    void choose(ConstraintEditDialog *dialog, const QString &columnName);
    void typeInto(QLineEdit *edit, const QString &text);
    void pickMethod(ConstraintEditDialog *dialog, const QString &text);
    void clickOk(ConstraintEditDialog *dialog);
    // The index statements of the create script (SQLite and PostgreSQL: CREATE INDEX; MySQL
    // writes indexes inside CREATE TABLE, so its whole statement).
    QString createIndexStatement(Dialect dialect = Dialect::PostgreSQL) const;
    const Table &documents() const { return *m_doc->schema().table(m_table.id); }
    Id col(int index) const { return m_table.columns.at(index).id; }

    Document *m_doc = nullptr;
    TablePanel *m_panel = nullptr;
    Table m_table;
};

void TestIndexDetailsEditor::init()
{
    m_doc = new Document;
    Schema schema;
    schema.targetDialect = QStringLiteral("postgresql");
    schema.sourceDialect = QStringLiteral("postgresql");
    m_doc->resetSchema(schema);
    m_table = table(m_doc, QStringLiteral("documents"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false),
                     column(m_doc, QStringLiteral("title"), LogicalType::Text),
                     column(m_doc, QStringLiteral("body"), LogicalType::Text),
                     column(m_doc, QStringLiteral("deleted_at"), LogicalType::Timestamp)});
    add(m_doc, m_table);
    m_doc->undoStack()->clear();
    m_panel = new TablePanel(m_doc);
    m_panel->setTable(m_table.id);
    m_panel->resize(700, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestIndexDetailsEditor::cleanup()
{
    delete m_panel;
    delete m_doc;
}

void TestIndexDetailsEditor::setDialect(const QString &dialect)
{
    Schema schema = m_doc->schema();
    schema.targetDialect = dialect;
    schema.sourceDialect = dialect;
    m_doc->resetSchema(schema);
    m_panel->setTable(m_table.id);
}

ConstraintEditDialog *TestIndexDetailsEditor::openDialog() const
{
    const auto dialogs = m_panel->findChildren<ConstraintEditDialog *>();
    for (ConstraintEditDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

ConstraintEditDialog *TestIndexDetailsEditor::openNewIndex()
{
    auto button = m_panel->findChild<QPushButton *>(QStringLiteral("addIndex"));
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    ConstraintEditDialog *dialog = openDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestIndexDetailsEditor::choose(ConstraintEditDialog *dialog, const QString &columnName)
{
    QListWidget *list = dialog->availableList();
    const auto found = list->findItems(columnName, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
}

void TestIndexDetailsEditor::typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestIndexDetailsEditor::pickMethod(ConstraintEditDialog *dialog, const QString &text)
{
    // The keyboard's search in a closed combo box, as a user typing the method's name.
    QComboBox *method = dialog->detailsEditor()->methodChooser();
    method->setFocus();
    QTest::keyClicks(method, text);
    QCOMPARE(method->currentText(), text);
}

void TestIndexDetailsEditor::clickOk(ConstraintEditDialog *dialog)
{
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString TestIndexDetailsEditor::createIndexStatement(Dialect dialect) const
{
    const DdlScript script = DdlGenerator::create(dialect)->createScript(m_doc->schema());
    QStringList found;
    for (const DdlStatement &statement : script.statements) {
        if (statement.sql.startsWith(QLatin1String("CREATE INDEX"))
            || (Dialects::isMySqlFamily(dialect) && statement.sql.contains(QLatin1String("INDEX")))
            || statement.sql.startsWith(QLatin1String("CREATE UNIQUE INDEX")))
            found << statement.sql;
    }
    return found.join(QLatin1Char('\n'));
}

void TestIndexDetailsEditor::ginWithOperatorClassAndPredicate()
{
    ConstraintEditDialog *dialog = openNewIndex();
    QVERIFY(dialog);
    IndexDetailsEditor *details = dialog->detailsEditor();
    QVERIFY(details);
    QVERIFY(!details->partBox()->isEnabled()); // no column chosen yet
    choose(dialog, QStringLiteral("title"));
    QVERIFY(details->partBox()->isEnabled());
    QCOMPARE(details->partBox()->title(), QStringLiteral("Options of title"));
    pickMethod(dialog, QStringLiteral("gin"));
    typeInto(details->operatorClassEdit(), QStringLiteral("gin_trgm_ops"));
    typeInto(details->predicateEdit(), QStringLiteral("deleted_at IS NULL"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(documents().indexes.size(), 1);
    const TableIndex index = documents().indexes.first();
    QCOMPARE(index.name, QStringLiteral("ix_documents_title"));
    QCOMPARE(index.columns, QVector<Id>{col(1)});
    QCOMPARE(index.method, QStringLiteral("gin"));
    QCOMPARE(index.kind, QString());
    QCOMPARE(index.parts.size(), 1);
    QCOMPARE(index.parts.first().operatorClass, QStringLiteral("gin_trgm_ops"));
    QCOMPARE(index.predicate, QStringLiteral("deleted_at IS NULL"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const QString expected = QStringLiteral(
        "CREATE INDEX ix_documents_title ON documents USING gin (title gin_trgm_ops) "
        "WHERE deleted_at IS NULL");
    QCOMPARE(createIndexStatement(), expected);

    m_doc->undoStack()->undo();
    QVERIFY(documents().indexes.isEmpty());
    QCOMPARE(createIndexStatement(), QString());
    m_doc->undoStack()->redo();
    QCOMPARE(documents().indexes.size(), 1);
    QCOMPARE(documents().indexes.first(), index);
    QCOMPARE(createIndexStatement(), expected);
}

void TestIndexDetailsEditor::expressionPartDescendingNullsLastInclude()
{
    ConstraintEditDialog *dialog = openNewIndex();
    QVERIFY(dialog);
    IndexDetailsEditor *details = dialog->detailsEditor();
    QVERIFY(dialog->addExpressionButton()->isVisible());
    choose(dialog, QStringLiteral("deleted_at"));
    typeInto(dialog->expressionInput(), QStringLiteral("lower(title)"));
    QTest::mouseClick(dialog->addExpressionButton(), Qt::LeftButton);
    QCOMPARE(dialog->chosenList()->count(), 2);
    QCOMPARE(dialog->chosenList()->item(1)->text(), QStringLiteral("(lower(title))"));
    QCOMPARE(dialog->chosenList()->currentRow(), 1);
    QVERIFY(details->expressionEdit()->isVisible());
    QCOMPARE(details->expressionEdit()->text(), QStringLiteral("lower(title)"));
    QVERIFY(!details->prefixLengthSpin()->isEnabled());
    // The expression first, descending with its NULLs last.
    QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    QCOMPARE(dialog->chosenList()->currentRow(), 0);
    QCheckBox *descending = details->descendingBox();
    QTest::mouseClick(descending, Qt::LeftButton, {}, QPoint(6, descending->height() / 2));
    QVERIFY(descending->isChecked());
    QComboBox *nulls = details->nullsChooser();
    nulls->setFocus();
    QTest::keyClick(nulls, Qt::Key_End);
    QCOMPARE(nulls->currentText(), QStringLiteral("NULLS LAST"));
    // The other part shows its own (default) options.
    QListWidget *chosen = dialog->chosenList();
    QTest::mouseClick(chosen->viewport(), Qt::LeftButton, {},
                      chosen->visualItemRect(chosen->item(1)).center());
    QVERIFY(!descending->isChecked());
    QVERIFY(!details->expressionEdit()->isVisible());
    QListWidget *include = details->includeList();
    const QListWidgetItem *id = include->findItems(QStringLiteral("id"), Qt::MatchExactly).first();
    QTest::mouseClick(include->viewport(), Qt::LeftButton, {},
                      QPoint(include->visualItemRect(id).left() + 10,
                             include->visualItemRect(id).center().y()));
    QCOMPARE(id->checkState(), Qt::Checked);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ix_documents_expr_deleted_at"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    const TableIndex index = documents().indexes.first();
    QCOMPARE(index.columns, (QVector<Id>{Id(0), col(3)}));
    QCOMPARE(index.parts.size(), 1); // the second part is a plain column
    QCOMPARE(index.parts.first().expression, QStringLiteral("lower(title)"));
    QCOMPARE(index.parts.first().descending, true);
    QCOMPARE(index.parts.first().nullsOrder, QStringLiteral("LAST"));
    QCOMPARE(index.includeColumns, QVector<Id>{col(0)});
    QCOMPARE(index.method, QString());
    QCOMPARE(createIndexStatement(),
             QStringLiteral("CREATE INDEX ix_documents_expr_deleted_at ON documents "
                            "((lower(title)) DESC NULLS LAST, deleted_at) INCLUDE (id)"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(documents().indexes.isEmpty());
}

void TestIndexDetailsEditor::existingExpressionIndexKeptUnchanged()
{
    Table after = documents();
    TableIndex index{m_doc->allocateId(), QStringLiteral("ix_lookup"), {Id(0), col(1)}};
    IndexPart expression;
    expression.expression = QStringLiteral("date_trunc('day', deleted_at)");
    IndexPart title;
    title.collation = QStringLiteral("C");
    index.parts = {expression, title};
    index.method = QStringLiteral("btree");
    after.indexes << index;
    m_doc->undoStack()->push(new EditTableCommand(m_doc, after, EditTableCommand::Property::Indexes));
    m_doc->undoStack()->clear();
    const Table before = documents();

    QListWidget *list = m_panel->constraintList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("editConstraint")),
                      Qt::LeftButton);
    ConstraintEditDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->chosenList()->count(), 2);
    QCOMPARE(dialog->chosenList()->item(0)->text(), QStringLiteral("(date_trunc('day', deleted_at))"));
    QCOMPARE(dialog->detailsEditor()->methodChooser()->currentText(), QStringLiteral("btree"));
    QListWidget *chosen = dialog->chosenList();
    QTest::mouseClick(chosen->viewport(), Qt::LeftButton, {},
                      chosen->visualItemRect(chosen->item(1)).center());
    QCOMPARE(dialog->detailsEditor()->collationEdit()->text(), QStringLiteral("C"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(documents(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // Editing the expression text is one step; removing the expression leaves the column.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("editConstraint")),
                      Qt::LeftButton);
    dialog = openDialog();
    QVERIFY(dialog);
    chosen = dialog->chosenList();
    QTest::mouseClick(chosen->viewport(), Qt::LeftButton, {},
                      chosen->visualItemRect(chosen->item(0)).center());
    typeInto(dialog->detailsEditor()->expressionEdit(), QStringLiteral("upper(body)"));
    QCOMPARE(chosen->item(0)->text(), QStringLiteral("(upper(body))"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(documents().indexes.first().parts.first().expression, QStringLiteral("upper(body)"));
    QCOMPARE(documents().indexes.first().parts.at(1).collation, QStringLiteral("C"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(documents(), before);
}

void TestIndexDetailsEditor::emptyExpressionRefused()
{
    ConstraintEditDialog *dialog = openNewIndex();
    QVERIFY(dialog);
    typeInto(dialog->expressionInput(), QStringLiteral("coalesce(title, '')"));
    QTest::keyClick(dialog->expressionInput(), Qt::Key_Return);
    QCOMPARE(dialog->chosenList()->count(), 1);
    QVERIFY(dialog->isVisible()); // Return added the expression, it did not accept the dialog
    dialog->detailsEditor()->expressionEdit()->selectAll();
    QTest::keyClick(dialog->detailsEditor()->expressionEdit(), Qt::Key_Delete);
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("expression part is empty")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
}

void TestIndexDetailsEditor::fieldsFollowTheDialect_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("method");
    QTest::addColumn<bool>("nulls");
    QTest::addColumn<bool>("collation");
    QTest::addColumn<bool>("operatorClass");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<bool>("predicate");
    QTest::addColumn<bool>("include");
    QTest::addColumn<bool>("expressions");
    QTest::newRow("postgresql") << "postgresql" << true << true << true << true << false << true << true << true;
    QTest::newRow("mysql") << "mysql" << true << false << false << false << true << false << false << true;
    QTest::newRow("mariadb") << "mariadb" << true << false << false << false << true << false << false << false;
    QTest::newRow("sqlite") << "sqlite" << false << false << true << false << false << true << false << true;
    QTest::newRow("sqlserver") << "sqlserver" << false << false << false << false << false << false << true << false;
    QTest::newRow("none") << "" << true << true << true << true << true << true << true << true;
}

void TestIndexDetailsEditor::fieldsFollowTheDialect()
{
    QFETCH(QString, dialect);
    setDialect(dialect);
    ConstraintEditDialog *dialog = openNewIndex();
    QVERIFY(dialog);
    IndexDetailsEditor *d = dialog->detailsEditor();
    choose(dialog, QStringLiteral("title"));
    auto shown = [dialog](QWidget *w) { return w->isVisibleTo(dialog); };
    QTEST(shown(d->methodChooser()), "method");
    QTEST(shown(d->nullsChooser()), "nulls");
    QTEST(shown(d->collationEdit()), "collation");
    QTEST(shown(d->operatorClassEdit()), "operatorClass");
    QTEST(shown(d->prefixLengthSpin()), "prefix");
    QTEST(shown(d->predicateEdit()), "predicate");
    QTEST(shown(d->includeList()), "include");
    QTEST(shown(dialog->addExpressionButton()), "expressions");
    QVERIFY(shown(d->descendingBox()));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
}

void TestIndexDetailsEditor::mySqlFullTextAndPrefix()
{
    setDialect(QStringLiteral("mysql"));
    ConstraintEditDialog *dialog = openNewIndex();
    QVERIFY(dialog);
    QComboBox *method = dialog->detailsEditor()->methodChooser();
    QStringList methods;
    for (int i = 0; i < method->count(); ++i)
        methods << method->itemText(i);
    QCOMPARE(methods, (QStringList{QStringLiteral("(engine default)"), QStringLiteral("BTREE"),
                                   QStringLiteral("HASH"), QStringLiteral("FULLTEXT"),
                                   QStringLiteral("SPATIAL")}));
    choose(dialog, QStringLiteral("body"));
    pickMethod(dialog, QStringLiteral("FULLTEXT"));
    QSpinBox *prefix = dialog->detailsEditor()->prefixLengthSpin();
    prefix->setFocus();
    prefix->selectAll();
    QTest::keyClicks(prefix, QStringLiteral("20"));
    QCOMPARE(prefix->value(), 20);
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    const TableIndex index = documents().indexes.first();
    QCOMPARE(index.kind, QStringLiteral("FULLTEXT"));
    QCOMPARE(index.method, QString());
    QCOMPARE(index.parts.first().prefixLength, 20);
    QCOMPARE(createIndexStatement(Dialect::MySQL),
             QStringLiteral("CREATE TABLE documents (\n"
                            "    id BIGINT NOT NULL,\n"
                            "    title TEXT,\n"
                            "    body TEXT,\n"
                            "    deleted_at DATETIME(6),\n"
                            "    PRIMARY KEY (id),\n"
                            "    FULLTEXT INDEX ix_documents_body (body(20))\n"
                            ")"));
}

void TestIndexDetailsEditor::sqliteCollationDescendingPartial()
{
    setDialect(QStringLiteral("sqlite"));
    ConstraintEditDialog *dialog = openNewIndex();
    QVERIFY(dialog);
    IndexDetailsEditor *details = dialog->detailsEditor();
    choose(dialog, QStringLiteral("title"));
    typeInto(details->collationEdit(), QStringLiteral("NOCASE"));
    QCheckBox *descending = details->descendingBox();
    QTest::mouseClick(descending, Qt::LeftButton, {}, QPoint(6, descending->height() / 2));
    typeInto(details->predicateEdit(), QStringLiteral("  deleted_at IS NULL "));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    const TableIndex index = documents().indexes.first();
    QCOMPARE(index.parts.first().collation, QStringLiteral("NOCASE"));
    QCOMPARE(index.predicate, QStringLiteral("deleted_at IS NULL"));
    QCOMPARE(createIndexStatement(Dialect::SQLite),
             QStringLiteral("CREATE INDEX ix_documents_title ON documents (title COLLATE NOCASE "
                            "DESC) WHERE deleted_at IS NULL"));
    m_doc->undoStack()->undo();
    QVERIFY(documents().indexes.isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(documents().indexes.first(), index);
}

QTEST_MAIN(TestIndexDetailsEditor)
#include "tst_indexdetailseditor.moc"
