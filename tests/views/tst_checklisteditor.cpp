#include "canvastesthelpers.h"
#include "checkconstraintdialog.h"
#include "checklisteditor.h"
#include "document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace CanvasTest;

// The table panel's CHECK list and its dialog: add, edit and remove a constraint, named or
// unnamed, table- or column-level, each one undo step; what cannot be a constraint is refused
// with the reason and changes nothing.
class TestCheckListEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addUnnamedCheck();
    void pastedCheckClauseKeepsItsCondition();
    void editNameAndLevel();
    void expressionLeftAsItWasStaysVerbatim();
    void emptyConditionAndTakenNameAreRefused();
    void removeIsOneStep();

private:
    const Table &model() const { return *m_doc->schema().table(m_table.id); }
    CheckConstraintDialog *openDialog(QPushButton *button);
    void clickOk(CheckConstraintDialog *dialog)
    {
        QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    Document *m_doc = nullptr;
    CheckListEditor *m_editor = nullptr;
    Table m_table;
};

void TestCheckListEditor::init()
{
    m_doc = new Document;
    m_table = table(m_doc, QStringLiteral("products"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::Integer, false),
                     column(m_doc, QStringLiteral("price"), LogicalType::Decimal)});
    CheckConstraint positive;
    positive.id = m_doc->allocateId();
    positive.name = QStringLiteral("price_positive");
    positive.expression = QStringLiteral("price   >  0");
    m_table.checks << positive;
    add(m_doc, m_table);
    m_doc->undoStack()->clear();
    m_editor = new CheckListEditor(m_doc);
    m_editor->resize(400, 300);
    m_editor->setTable(m_table.id);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestCheckListEditor::cleanup()
{
    delete m_editor;
    delete m_doc;
}

CheckConstraintDialog *TestCheckListEditor::openDialog(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
    auto dialog = m_editor->findChild<CheckConstraintDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestCheckListEditor::addUnnamedCheck()
{
    QCOMPARE(m_editor->list()->count(), 1);
    CheckConstraintDialog *dialog = openDialog(m_editor->addButton());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->expressionEdit(), QStringLiteral("id <> 0"));
    clickOk(dialog);
    QCOMPARE(model().checks.size(), 2);
    const CheckConstraint &added = model().checks.at(1);
    QCOMPARE(added.name, QString());
    QCOMPARE(added.expression, QStringLiteral("id <> 0"));
    QCOMPARE(added.column, Id(0));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Shown without a name, marked as left to the engine.
    QCOMPARE(m_editor->list()->count(), 2);
    QCOMPARE(m_editor->list()->item(1)->text(), QStringLiteral("CHECK (id <> 0)"));
    QVERIFY(!m_editor->list()->item(1)->toolTip().isEmpty());
    QVERIFY(m_editor->list()->item(1)->font().italic());
    QVERIFY(!m_editor->list()->item(0)->font().italic());

    m_doc->undoStack()->undo();
    QCOMPARE(model().checks.size(), 1);
    QCOMPARE(m_editor->list()->count(), 1);
}

void TestCheckListEditor::pastedCheckClauseKeepsItsCondition()
{
    QCOMPARE(CheckConstraintDialog::expressionOf(QStringLiteral(" CHECK (a > 0) ")),
             QStringLiteral("a > 0"));
    QCOMPARE(CheckConstraintDialog::expressionOf(QStringLiteral("check ((a > 0) and (b < 1))")),
             QStringLiteral("(a > 0) and (b < 1)"));
    // The outer parentheses do not enclose everything: left as it is.
    QCOMPARE(CheckConstraintDialog::expressionOf(QStringLiteral("CHECK (a) OR (b)")),
             QStringLiteral("CHECK (a) OR (b)"));

    CheckConstraintDialog *dialog = openDialog(m_editor->addButton());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->expressionEdit(), QStringLiteral("CHECK (price < 1000)"));
    clickOk(dialog);
    QCOMPARE(model().checks.at(1).expression, QStringLiteral("price < 1000"));
}

void TestCheckListEditor::editNameAndLevel()
{
    m_editor->list()->setCurrentRow(0);
    CheckConstraintDialog *dialog = openDialog(m_editor->editButton());
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("price_positive"));
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("ck_price"));
    // Declared with the column "price": the chooser lists the table level, then each column.
    dialog->levelChooser()->setFocus();
    QTest::keyClick(dialog->levelChooser(), Qt::Key_End);
    clickOk(dialog);
    QCOMPARE(model().checks.size(), 1);
    QCOMPARE(model().checks.at(0).name, QStringLiteral("ck_price"));
    QCOMPARE(model().checks.at(0).column, m_table.columns.at(1).id);
    QCOMPARE(model().checks.at(0).id, m_table.checks.at(0).id);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_editor->list()->item(0)->text().startsWith(QStringLiteral("ck_price: ")));
    QVERIFY(m_editor->list()->item(0)->text().contains(QStringLiteral("price")));

    m_doc->undoStack()->undo();
    QCOMPARE(model().checks.at(0), m_table.checks.at(0));
}

void TestCheckListEditor::expressionLeftAsItWasStaysVerbatim()
{
    m_editor->list()->setCurrentRow(0);
    CheckConstraintDialog *dialog = openDialog(m_editor->editButton());
    QVERIFY(dialog);
    clickOk(dialog);
    // Nothing changed: the imported spacing stays and nothing is pushed.
    QCOMPARE(model().checks.at(0).expression, QStringLiteral("price   >  0"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestCheckListEditor::emptyConditionAndTakenNameAreRefused()
{
    CheckConstraintDialog *dialog = openDialog(m_editor->addButton());
    QVERIFY(dialog);
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->isVisible());
    QCOMPARE(model().checks.size(), 1);

    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("PRICE_POSITIVE"));
    QTest::keyClicks(dialog->expressionEdit(), QStringLiteral("id > 0"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("PRICE_POSITIVE")));
    QCOMPARE(model().checks.size(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestCheckListEditor::removeIsOneStep()
{
    QListWidget *list = m_editor->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(list->currentRow(), 0);
    QTest::mouseClick(m_editor->removeButton(), Qt::LeftButton);
    QVERIFY(model().checks.isEmpty());
    QCOMPARE(list->count(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(model().checks, m_table.checks);
    QCOMPARE(list->count(), 1);
}

QTEST_MAIN(TestCheckListEditor)
#include "tst_checklisteditor.moc"
