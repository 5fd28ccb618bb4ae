#include "canvastesthelpers.h"
#include "ddl/ddlgenerator.h"
#include "document.h"
#include "commands/editschemaobjectscommand.h"
#include "schemaobjectsdialog.h"
#include "schemapanel.h"
#include "sequenceeditor.h"
#include "usertypeeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace CanvasTest;

// Schema › Types and Sequences, opened from the schema panel and driven with real mouse and
// key events: enum types (values kept exactly, spaces included), domains with CHECKs,
// sequences and extensions; each OK one EditSchemaObjectsCommand that undo takes back whole;
// duplicates, empty enums, repeated values and types still in use refused in the dialog.
class TestSchemaObjectsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enumWithSpacesInValues();
    void domainWithCheck();
    void sequenceOwnedByColumn();
    void extensionAdded();
    void duplicateNameRefused();
    void emptyEnumAndRepeatedValueRefused();
    void typeInUseCannotBeRemovedOrRenamed();
    void sequenceInUseCannotBeRemoved();
    void cancelAndUnchangedPushNothing();

private:
    SchemaObjectsDialog *open();
    SchemaObjectsDialog *openDialog() const;
    void click(QAbstractButton *button) { QTest::mouseClick(button, Qt::LeftButton); }
    void typeInto(QLineEdit *edit, const QString &text);
    void addValue(UserTypeEditor *editor, const QString &value);
    void showTab(SchemaObjectsDialog *dialog, int index);
    void clickOk(SchemaObjectsDialog *dialog);
    QStringList schemaObjectStatements() const;
    void addMoodType();

    Document *m_doc = nullptr;
    SchemaPanel *m_panel = nullptr;
    Table m_table;
};

void TestSchemaObjectsDialog::init()
{
    m_doc = new Document;
    Schema schema;
    schema.targetDialect = QStringLiteral("postgresql");
    schema.sourceDialect = QStringLiteral("postgresql");
    m_doc->resetSchema(schema);
    Column feeling = column(m_doc, QStringLiteral("feeling"), LogicalType::Text);
    feeling.declaredType = QStringLiteral("mood");
    feeling.typeDeclared = true;
    m_table = table(m_doc, QStringLiteral("invoices"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false), feeling});
    add(m_doc, m_table);
    m_doc->undoStack()->clear();
    m_panel = new SchemaPanel(m_doc);
    m_panel->resize(400, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestSchemaObjectsDialog::cleanup()
{
    delete m_panel;
    delete m_doc;
}

SchemaObjectsDialog *TestSchemaObjectsDialog::openDialog() const
{
    const auto dialogs = m_panel->findChildren<SchemaObjectsDialog *>();
    for (SchemaObjectsDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

SchemaObjectsDialog *TestSchemaObjectsDialog::open()
{
    auto button = m_panel->findChild<QPushButton *>(QStringLiteral("typesAndSequences"));
    if (!button)
        return nullptr;
    click(button);
    SchemaObjectsDialog *dialog = openDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSchemaObjectsDialog::typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestSchemaObjectsDialog::addValue(UserTypeEditor *editor, const QString &value)
{
    typeInto(editor->valueInput(), value);
    QTest::keyClick(editor->valueInput(), Qt::Key_Return);
}

void TestSchemaObjectsDialog::showTab(SchemaObjectsDialog *dialog, int index)
{
    QTabBar *bar = dialog->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(dialog->tabs()->currentIndex(), index);
}

void TestSchemaObjectsDialog::clickOk(SchemaObjectsDialog *dialog)
{
    click(dialog->buttonBox()->button(QDialogButtonBox::Ok));
}

QStringList TestSchemaObjectsDialog::schemaObjectStatements() const
{
    const DdlScript script
        = DdlGenerator::create(Dialect::PostgreSQL)->createScript(m_doc->schema());
    QStringList found;
    for (const DdlStatement &statement : script.statements) {
        if (!statement.sql.startsWith(QLatin1String("CREATE TABLE")))
            found << statement.sql;
    }
    return found;
}

void TestSchemaObjectsDialog::addMoodType()
{
    auto command = new EditSchemaObjectsCommand(m_doc);
    UserType mood;
    mood.id = m_doc->allocateId();
    mood.name = QStringLiteral("mood");
    mood.values = QStringList{QStringLiteral("sad"), QStringLiteral("happy")};
    command->userTypes << mood;
    m_doc->undoStack()->push(command);
    m_doc->undoStack()->clear();
}

void TestSchemaObjectsDialog::enumWithSpacesInValues()
{
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    UserTypeEditor *types = dialog->typeEditor();
    click(types->addEnumButton());
    QCOMPARE(types->typeList()->count(), 1);
    QCOMPARE(types->nameEdit()->text(), QStringLiteral("new_enum"));
    typeInto(types->nameEdit(), QStringLiteral("order_state"));
    QCOMPARE(types->typeList()->item(0)->text(), QStringLiteral("order_state (enum)"));
    addValue(types, QStringLiteral("new order"));
    addValue(types, QStringLiteral(" shipped "));
    addValue(types, QStringLiteral("lost"));
    QVERIFY(dialog->isVisible()); // Return in the value field adds, it does not accept
    // Rename "lost" in place, then move it to the front.
    QListWidget *values = types->valueList();
    QCOMPARE(values->count(), 3);
    const QRect lost = values->visualItemRect(values->item(2));
    QTest::mouseClick(values->viewport(), Qt::LeftButton, {}, lost.center());
    QTest::mouseDClick(values->viewport(), Qt::LeftButton, {}, lost.center());
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, QStringLiteral("in transit"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(values->item(2)->text(), QStringLiteral("in transit"));
    QVERIFY(dialog->isVisible()); // Return ended the editing only
    click(types->valueUpButton());
    click(types->valueUpButton());
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(m_doc->schema().userTypes.size(), 1);
    const UserType type = m_doc->schema().userTypes.first();
    QCOMPARE(type.kind, UserType::Kind::Enum);
    QCOMPARE(type.name, QStringLiteral("order_state"));
    QCOMPARE(type.values, (QStringList{QStringLiteral("in transit"), QStringLiteral("new order"),
                                       QStringLiteral(" shipped ")}));
    QVERIFY(type.id != 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const QStringList expected{
        QStringLiteral("CREATE TYPE order_state AS ENUM ('in transit', 'new order', ' shipped ')")};
    QCOMPARE(schemaObjectStatements(), expected);

    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema().userTypes.isEmpty());
    QCOMPARE(schemaObjectStatements(), QStringList());
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->schema().userTypes.first(), type);
    QCOMPARE(schemaObjectStatements(), expected);
}

void TestSchemaObjectsDialog::domainWithCheck()
{
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    UserTypeEditor *types = dialog->typeEditor();
    click(types->addDomainButton());
    typeInto(types->nameEdit(), QStringLiteral("positive_amount"));
    QCOMPARE(types->baseTypeEdit()->text(), QStringLiteral("text"));
    typeInto(types->baseTypeEdit(), QStringLiteral("numeric(12,2)"));
    typeInto(types->defaultEdit(), QStringLiteral("0"));
    QCheckBox *notNull = types->notNullBox();
    QTest::mouseClick(notNull, Qt::LeftButton, {}, QPoint(6, notNull->height() / 2));
    QVERIFY(notNull->isChecked());
    click(types->addCheckButton());
    // Add CHECK opens the new condition for typing.
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("VALUE > 0"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(types->checkTable()->item(0, 1)->text(), QStringLiteral("VALUE > 0"));
    QVERIFY(dialog->isVisible());
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(m_doc->schema().userTypes.size(), 1);
    const UserType type = m_doc->schema().userTypes.first();
    QCOMPARE(type.kind, UserType::Kind::Domain);
    QCOMPARE(type.baseType, QStringLiteral("numeric(12,2)"));
    QCOMPARE(type.defaultValue, QStringLiteral("0"));
    QCOMPARE(type.notNull, true);
    QCOMPARE(type.checks.size(), 1);
    QCOMPARE(type.checks.first().expression, QStringLiteral("VALUE > 0"));
    QCOMPARE(schemaObjectStatements(),
             QStringList{QStringLiteral("CREATE DOMAIN positive_amount AS numeric(12,2) DEFAULT 0 "
                                        "NOT NULL CHECK (VALUE > 0)")});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema().userTypes.isEmpty());
}

void TestSchemaObjectsDialog::sequenceOwnedByColumn()
{
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    showTab(dialog, 1);
    SequenceEditor *sequences = dialog->sequenceEditor();
    click(sequences->addButton());
    typeInto(sequences->nameEdit(), QStringLiteral("invoice_number"));
    typeInto(sequences->startEdit(), QStringLiteral("1000"));
    typeInto(sequences->incrementEdit(), QStringLiteral("10"));
    typeInto(sequences->maxEdit(), QStringLiteral("x99")); // the validator takes the digits only
    QCOMPARE(sequences->maxEdit()->text(), QStringLiteral("99"));
    typeInto(sequences->maxEdit(), QStringLiteral("9223372036854775807"));
    QCheckBox *cycle = sequences->cycleBox();
    QTest::mouseClick(cycle, Qt::LeftButton, {}, QPoint(6, cycle->height() / 2));
    QComboBox *type = sequences->dataTypeChooser();
    type->setFocus();
    QTest::keyClicks(type, QStringLiteral("integer"));
    QComboBox *owner = sequences->ownedByChooser();
    owner->setFocus();
    QTest::keyClicks(owner, QStringLiteral("invoices.id"));
    QCOMPARE(owner->currentText(), QStringLiteral("invoices.id"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(m_doc->schema().sequences.size(), 1);
    const Sequence sequence = m_doc->schema().sequences.first();
    QCOMPARE(sequence.name, QStringLiteral("invoice_number"));
    QCOMPARE(sequence.dataType, QStringLiteral("integer"));
    QCOMPARE(sequence.start, QStringLiteral("1000"));
    QCOMPARE(sequence.increment, QStringLiteral("10"));
    QCOMPARE(sequence.maxValue, QStringLiteral("9223372036854775807"));
    QCOMPARE(sequence.cycle, true);
    QCOMPARE(sequence.ownedBy, m_table.columns.first().id);
    QCOMPARE(schemaObjectStatements(),
             (QStringList{QStringLiteral("CREATE SEQUENCE invoice_number AS integer INCREMENT BY 10 "
                                         "MAXVALUE 9223372036854775807 START WITH 1000 CYCLE"),
                          QStringLiteral("ALTER SEQUENCE invoice_number OWNED BY invoices.id")}));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema().sequences.isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->schema().sequences.first(), sequence);
}

void TestSchemaObjectsDialog::extensionAdded()
{
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    showTab(dialog, 2);
    typeInto(dialog->extensionInput(), QStringLiteral("pg_trgm"));
    click(dialog->addExtensionButton());
    typeInto(dialog->extensionInput(), QStringLiteral("citext"));
    QTest::keyClick(dialog->extensionInput(), Qt::Key_Return);
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->schema().extensions, (QStringList{QStringLiteral("pg_trgm"), QStringLiteral("citext")}));
    QCOMPARE(schemaObjectStatements(),
             (QStringList{QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                          QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext")}));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema().extensions.isEmpty());
}

void TestSchemaObjectsDialog::duplicateNameRefused()
{
    addMoodType();
    const Schema before = m_doc->schema();
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    UserTypeEditor *types = dialog->typeEditor();
    click(types->addEnumButton());
    typeInto(types->nameEdit(), QStringLiteral("Mood"));
    addValue(types, QStringLiteral("calm"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The name Mood is already used by the type mood."));
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // A table's name is taken too; a sequence of that name is refused the same way.
    typeInto(types->nameEdit(), QStringLiteral("calm_state"));
    showTab(dialog, 1);
    click(dialog->sequenceEditor()->addButton());
    typeInto(dialog->sequenceEditor()->nameEdit(), QStringLiteral("invoices"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The name invoices is already used by the table invoices."));
    QCOMPARE(m_doc->schema(), before);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->schema(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestSchemaObjectsDialog::emptyEnumAndRepeatedValueRefused()
{
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    UserTypeEditor *types = dialog->typeEditor();
    click(types->addEnumButton());
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The enum type new_enum has no values: give it at least one."));
    addValue(types, QStringLiteral("a b"));
    addValue(types, QStringLiteral("a  b")); // two spaces: another value
    addValue(types, QStringLiteral("a b"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The enum type new_enum has the value 'a b' twice."));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QListWidget *values = types->valueList();
    QTest::mouseClick(values->viewport(), Qt::LeftButton, {},
                      values->visualItemRect(values->item(2)).center());
    click(types->removeValueButton());
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->schema().userTypes.first().values,
             (QStringList{QStringLiteral("a b"), QStringLiteral("a  b")}));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestSchemaObjectsDialog::typeInUseCannotBeRemovedOrRenamed()
{
    addMoodType();
    const Schema before = m_doc->schema();
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    UserTypeEditor *types = dialog->typeEditor();
    QCOMPARE(types->typeList()->count(), 1);
    QCOMPARE(types->typeList()->currentRow(), 0);
    click(types->removeButton());
    QCOMPARE(types->typeList()->count(), 0);
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The type mood cannot be removed: it is still used by invoices.feeling."));
    QCOMPARE(m_doc->schema(), before);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());

    dialog = open();
    QVERIFY(dialog);
    typeInto(dialog->typeEditor()->nameEdit(), QStringLiteral("feelings"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The type mood cannot be renamed while it is used by "
                            "invoices.feeling."));
    // Its values can change all the same.
    addValue(dialog->typeEditor(), QStringLiteral("angry"));
    typeInto(dialog->typeEditor()->nameEdit(), QStringLiteral("mood"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->schema().userTypes.first().values,
             (QStringList{QStringLiteral("sad"), QStringLiteral("happy"), QStringLiteral("angry")}));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->schema(), before);
}

void TestSchemaObjectsDialog::sequenceInUseCannotBeRemoved()
{
    auto command = new EditSchemaObjectsCommand(m_doc);
    Sequence sequence;
    sequence.id = m_doc->allocateId();
    sequence.name = QStringLiteral("Ticket_Seq");
    command->sequences << sequence;
    m_doc->undoStack()->push(command);
    Column number = column(m_doc, QStringLiteral("number"), LogicalType::BigInt, false);
    number.defaultValue = QStringLiteral("nextval('public.\"Ticket_Seq\"'::regclass)");
    add(m_doc, table(m_doc, QStringLiteral("tickets"), {}, {number}));
    m_doc->undoStack()->clear();
    const Schema before = m_doc->schema();

    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    showTab(dialog, 1);
    SequenceEditor *sequences = dialog->sequenceEditor();
    QCOMPARE(sequences->sequenceList()->currentRow(), 0);
    QCOMPARE(sequences->nameEdit()->text(), QStringLiteral("Ticket_Seq"));
    click(sequences->removeButton());
    QCOMPARE(sequences->sequenceList()->count(), 0);
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("The sequence Ticket_Seq cannot be removed: it is still used by "
                            "tickets.number."));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->schema(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestSchemaObjectsDialog::cancelAndUnchangedPushNothing()
{
    addMoodType();
    const Schema before = m_doc->schema();
    SchemaObjectsDialog *dialog = open();
    QVERIFY(dialog);
    addValue(dialog->typeEditor(), QStringLiteral("bored"));
    click(dialog->buttonBox()->button(QDialogButtonBox::Cancel));
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->schema(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    dialog = open();
    QVERIFY(dialog);
    QCOMPARE(dialog->typeEditor()->valueList()->count(), 2);
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestSchemaObjectsDialog)
#include "tst_schemaobjectsdialog.moc"
