#include "canvastesthelpers.h"
#include "commands/edittablecommand.h"
#include "constrainteditdialog.h"
#include "document.h"
#include "tablepanel.h"
#include "validator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace CanvasTest;

// The editor for multi-column unique constraints and indexes, driven through the table panel
// with real mouse and key events: one undo step per accepted change, none for a cancelled or
// unchanged one, and an empty column list refused with a message.
class TestConstraintEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoColumnUniqueConstraint();
    void threeColumnIndex();
    void consecutiveConstraintsAreSeparateSteps();
    void defaultNameAvoidsTakenNames();
    void editIndexColumnOrder();
    void doubleClickOpensEditor();
    void cancelChangesNothing();
    void unchangedEditPushesNothing();
    void emptyColumnListRefused();

private:
    ConstraintEditDialog *openFrom(const char *buttonName);
    ConstraintEditDialog *openDialog() const;
    void choose(ConstraintEditDialog *dialog, const QString &columnName);
    void selectChosen(ConstraintEditDialog *dialog, const QString &columnName);
    void clickOk(ConstraintEditDialog *dialog);
    void toggleUnique(ConstraintEditDialog *dialog);
    QStringList chosenNames(ConstraintEditDialog *dialog) const;
    void addIndex(const QString &name, const QVector<Id> &columns, bool unique);
    const Table &orders() const { return *m_doc->schema().table(m_table.id); }
    Id col(int index) const { return m_table.columns.at(index).id; }

    Document *m_doc = nullptr;
    TablePanel *m_panel = nullptr;
    Table m_table;
};

void TestConstraintEditDialog::init()
{
    m_doc = new Document;
    m_table = table(m_doc, QStringLiteral("orders"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false),
                     column(m_doc, QStringLiteral("customer_id"), LogicalType::BigInt),
                     column(m_doc, QStringLiteral("placed_at"), LogicalType::Timestamp),
                     column(m_doc, QStringLiteral("status"), LogicalType::Text)});
    add(m_doc, m_table);
    m_doc->undoStack()->clear();
    m_panel = new TablePanel(m_doc);
    m_panel->setTable(m_table.id);
    m_panel->resize(700, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestConstraintEditDialog::cleanup()
{
    delete m_panel;
    delete m_doc;
}

ConstraintEditDialog *TestConstraintEditDialog::openDialog() const
{
    const auto dialogs = m_panel->findChildren<ConstraintEditDialog *>();
    for (ConstraintEditDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

ConstraintEditDialog *TestConstraintEditDialog::openFrom(const char *buttonName)
{
    auto button = m_panel->findChild<QPushButton *>(QLatin1String(buttonName));
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    ConstraintEditDialog *dialog = openDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestConstraintEditDialog::choose(ConstraintEditDialog *dialog, const QString &columnName)
{
    QListWidget *list = dialog->availableList();
    const auto found = list->findItems(columnName, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    QVERIFY(found.first()->isSelected());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
}

void TestConstraintEditDialog::selectChosen(ConstraintEditDialog *dialog, const QString &columnName)
{
    QListWidget *list = dialog->chosenList();
    const auto found = list->findItems(columnName, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    QCOMPARE(list->currentItem(), found.first());
}

void TestConstraintEditDialog::clickOk(ConstraintEditDialog *dialog)
{
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestConstraintEditDialog::toggleUnique(ConstraintEditDialog *dialog)
{
    // On the indicator: the box stretches across the dialog, but only the indicator and the
    // label take clicks.
    QCheckBox *box = dialog->uniqueBox();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

QStringList TestConstraintEditDialog::chosenNames(ConstraintEditDialog *dialog) const
{
    QStringList names;
    for (int row = 0; row < dialog->chosenList()->count(); ++row)
        names << dialog->chosenList()->item(row)->text();
    return names;
}

void TestConstraintEditDialog::addIndex(const QString &name, const QVector<Id> &columns, bool unique)
{
    Table after = orders();
    after.indexes << TableIndex{m_doc->allocateId(), name, columns, unique};
    m_doc->undoStack()->push(new EditTableCommand(m_doc, after, EditTableCommand::Property::Indexes));
    m_doc->undoStack()->clear();
}

void TestConstraintEditDialog::twoColumnUniqueConstraint()
{
    ConstraintEditDialog *dialog = openFrom("addUnique");
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ConstraintEditDialog::Kind::UniqueConstraint);
    QVERIFY(!dialog->uniqueBox()->isVisible());
    QCOMPARE(dialog->availableList()->count(), 4);
    choose(dialog, QStringLiteral("placed_at"));
    choose(dialog, QStringLiteral("customer_id"));
    QCOMPARE(chosenNames(dialog), (QStringList{QStringLiteral("placed_at"), QStringLiteral("customer_id")}));
    QCOMPARE(dialog->availableList()->count(), 2);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("uq_orders_placed_at_customer_id"));
    // Up on the second column puts it first, and the default name follows the order.
    selectChosen(dialog, QStringLiteral("customer_id"));
    QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    QCOMPARE(chosenNames(dialog), (QStringList{QStringLiteral("customer_id"), QStringLiteral("placed_at")}));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("uq_orders_customer_id_placed_at"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(orders().uniqueConstraints.size(), 1);
    const UniqueConstraint u = orders().uniqueConstraints.first();
    QCOMPARE(u.name, QStringLiteral("uq_orders_customer_id_placed_at"));
    QCOMPARE(u.columns, (QVector<Id>{col(1), col(2)}));
    QVERIFY(u.id != 0);
    QVERIFY(!orders().column(u.id));
    QVERIFY(orders().indexes.isEmpty());
    QCOMPARE(m_panel->constraintList()->count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QVERIFY(orders().uniqueConstraints.isEmpty());
    QCOMPARE(m_panel->constraintList()->count(), 0);
}

void TestConstraintEditDialog::threeColumnIndex()
{
    ConstraintEditDialog *dialog = openFrom("addIndex");
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ConstraintEditDialog::Kind::Index);
    QVERIFY(dialog->uniqueBox()->isVisible());
    QVERIFY(!dialog->uniqueBox()->isChecked());
    choose(dialog, QStringLiteral("customer_id"));
    choose(dialog, QStringLiteral("status"));
    choose(dialog, QStringLiteral("placed_at"));
    // status last: select it and move it down once.
    selectChosen(dialog, QStringLiteral("status"));
    QTest::mouseClick(dialog->downButton(), Qt::LeftButton);
    QCOMPARE(chosenNames(dialog), (QStringList{QStringLiteral("customer_id"), QStringLiteral("placed_at"),
                                               QStringLiteral("status")}));
    // Down on the last one does nothing.
    QTest::mouseClick(dialog->downButton(), Qt::LeftButton);
    QCOMPARE(chosenNames(dialog).last(), QStringLiteral("status"));
    toggleUnique(dialog);
    QVERIFY(dialog->uniqueBox()->isChecked());
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(orders().indexes.size(), 1);
    const TableIndex i = orders().indexes.first();
    QCOMPARE(i.name, QStringLiteral("ix_orders_customer_id_placed_at_status"));
    QCOMPARE(i.columns, (QVector<Id>{col(1), col(2), col(3)}));
    QCOMPARE(i.unique, true);
    QVERIFY(orders().uniqueConstraints.isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QVERIFY(orders().indexes.isEmpty());
}

void TestConstraintEditDialog::consecutiveConstraintsAreSeparateSteps()
{
    for (const QString &name : {QStringLiteral("customer_id"), QStringLiteral("status")}) {
        ConstraintEditDialog *dialog = openFrom("addUnique");
        QVERIFY(dialog);
        choose(dialog, name);
        clickOk(dialog);
        QTRY_VERIFY(!openDialog());
    }
    QCOMPARE(orders().uniqueConstraints.size(), 2);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(orders().uniqueConstraints.size(), 1);
    QCOMPARE(orders().uniqueConstraints.first().name, QStringLiteral("uq_orders_customer_id"));
}

void TestConstraintEditDialog::defaultNameAvoidsTakenNames()
{
    // Another table already has an index under the name the default would take.
    Table other = table(m_doc, QStringLiteral("customers"), {},
                        {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false)});
    other.indexes << TableIndex{m_doc->allocateId(), QStringLiteral("IX_orders_status_placed_at"),
                                {other.columns.first().id}, false};
    add(m_doc, other);
    m_doc->undoStack()->clear();

    ConstraintEditDialog *dialog = openFrom("addIndex");
    QVERIFY(dialog);
    choose(dialog, QStringLiteral("status"));
    choose(dialog, QStringLiteral("placed_at"));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ix_orders_status_placed_at_2"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(orders().indexes.size(), 1);
    QCOMPARE(orders().indexes.first().name, QStringLiteral("ix_orders_status_placed_at_2"));
    for (const Problem &p : Validator::validate(m_doc->schema()))
        QVERIFY2(p.code != QLatin1String("constraint-name-duplicate"), qPrintable(p.message));

    // A typed name that another object holds is refused with a message, and nothing is pushed.
    dialog = openFrom("addIndex");
    QVERIFY(dialog);
    choose(dialog, QStringLiteral("id"));
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("ix_orders_status_placed_at"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("ix_orders_status_placed_at")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(orders().indexes.size(), 1);
}

void TestConstraintEditDialog::editIndexColumnOrder()
{
    addIndex(QStringLiteral("ix_orders_lookup"), {col(1), col(2), col(3)}, false);
    const Id indexId = orders().indexes.first().id;
    QListWidget *list = m_panel->constraintList();
    QCOMPARE(list->count(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    ConstraintEditDialog *dialog = openFrom("editConstraint");
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ConstraintEditDialog::Kind::Index);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ix_orders_lookup"));
    QCOMPARE(chosenNames(dialog), (QStringList{QStringLiteral("customer_id"), QStringLiteral("placed_at"),
                                               QStringLiteral("status")}));
    QCOMPARE(dialog->availableList()->count(), 1);
    selectChosen(dialog, QStringLiteral("status"));
    QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    QCOMPARE(chosenNames(dialog), (QStringList{QStringLiteral("status"), QStringLiteral("customer_id"),
                                               QStringLiteral("placed_at")}));
    // An existing name is not replaced by a default when the columns move.
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ix_orders_lookup"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(orders().indexes.size(), 1);
    const TableIndex i = orders().indexes.first();
    QCOMPARE(i.id, indexId);
    QCOMPARE(i.name, QStringLiteral("ix_orders_lookup"));
    QCOMPARE(i.columns, (QVector<Id>{col(3), col(1), col(2)}));
    QCOMPARE(i.unique, false);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(orders().indexes.first().columns, (QVector<Id>{col(1), col(2), col(3)}));
}

void TestConstraintEditDialog::doubleClickOpensEditor()
{
    Table after = orders();
    after.uniqueConstraints << UniqueConstraint{m_doc->allocateId(), QStringLiteral("uq_pair"),
                                                {col(1), col(3)}};
    m_doc->undoStack()->push(
        new EditTableCommand(m_doc, after, EditTableCommand::Property::UniqueConstraints));
    m_doc->undoStack()->clear();
    QListWidget *list = m_panel->constraintList();
    // A real double-click starts with a press and release on the same item.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    ConstraintEditDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ConstraintEditDialog::Kind::UniqueConstraint);
    QCOMPARE(chosenNames(dialog), (QStringList{QStringLiteral("customer_id"), QStringLiteral("status")}));
    // Take status out, put placed_at in, rename.
    selectChosen(dialog, QStringLiteral("status"));
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    choose(dialog, QStringLiteral("placed_at"));
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("uq_when"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(orders().uniqueConstraints.size(), 1);
    QCOMPARE(orders().uniqueConstraints.first().name, QStringLiteral("uq_when"));
    QCOMPARE(orders().uniqueConstraints.first().columns, (QVector<Id>{col(1), col(2)}));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestConstraintEditDialog::cancelChangesNothing()
{
    addIndex(QStringLiteral("ix_orders_lookup"), {col(1), col(2)}, true);
    const Table before = orders();
    QListWidget *list = m_panel->constraintList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    ConstraintEditDialog *dialog = openFrom("editConstraint");
    QVERIFY(dialog);
    selectChosen(dialog, QStringLiteral("placed_at"));
    QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    choose(dialog, QStringLiteral("status"));
    toggleUnique(dialog);
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("renamed"));
    QVERIFY(!dialog->uniqueBox()->isChecked());
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(orders(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // A new constraint cancelled with Escape leaves nothing either.
    dialog = openFrom("addUnique");
    QVERIFY(dialog);
    choose(dialog, QStringLiteral("status"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(orders(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestConstraintEditDialog::unchangedEditPushesNothing()
{
    addIndex(QStringLiteral("ix_orders_lookup"), {col(2), col(1)}, false);
    const Table before = orders();
    QListWidget *list = m_panel->constraintList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    ConstraintEditDialog *dialog = openFrom("editConstraint");
    QVERIFY(dialog);
    // Moved away and back: the same as before.
    selectChosen(dialog, QStringLiteral("customer_id"));
    QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->downButton(), Qt::LeftButton);
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(orders(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestConstraintEditDialog::emptyColumnListRefused()
{
    ConstraintEditDialog *dialog = openFrom("addIndex");
    QVERIFY(dialog);
    QVERIFY(!dialog->messageLabel()->isVisible());
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("at least one column")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // Choosing a column takes the message away and lets the dialog close.
    choose(dialog, QStringLiteral("status"));
    QVERIFY(!dialog->messageLabel()->isVisible());
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!openDialog());

    // Editing an existing unique constraint down to no columns is refused the same way.
    Table after = orders();
    after.uniqueConstraints << UniqueConstraint{m_doc->allocateId(), QStringLiteral("uq_one"), {col(3)}};
    m_doc->undoStack()->push(
        new EditTableCommand(m_doc, after, EditTableCommand::Property::UniqueConstraints));
    m_doc->undoStack()->clear();
    const Table before = orders();
    QListWidget *list = m_panel->constraintList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    dialog = openFrom("editConstraint");
    QVERIFY(dialog);
    selectChosen(dialog, QStringLiteral("status"));
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QCOMPARE(dialog->chosenList()->count(), 0);
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("unique constraint")));
    QCOMPARE(orders(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog());
}

QTEST_MAIN(TestConstraintEditDialog)
#include "tst_constrainteditdialog.moc"
