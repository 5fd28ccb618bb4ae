#include "canvastesthelpers.h"
#include "columnpanel.h"
#include "document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace CanvasTest;

// The column panel on model v2: the declared type beside the logical one, collation, generated
// column, ON UPDATE and identity, each typed or clicked edit one undo step that the panel follows
// back.
class TestColumnPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void declaredTypeIsEditedAsWritten();
    void emptyTypeIsRefusedWhereTheDialectNeedsOne();
    void logicalTypeWithoutSourceDialect();
    void collationIsOneStep();
    void generatedColumnDropsItsDefaultInTheSameStep();
    void storedIsItsOwnStep();
    void onUpdateShowsForMySqlOnly();
    void identityChosenByKeyboard();
    void targetDialectMarksWhatItDoesNotTake();

private:
    const Column &model() const { return *m_doc->schema().table(m_table.id)->column(m_columnId); }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void clear(QLineEdit *edit)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    Document *m_doc = nullptr;
    ColumnPanel *m_panel = nullptr;
    Table m_table;
    Id m_columnId = 0;
};

void TestColumnPanel::init()
{
    m_doc = new Document;
    Column id = column(m_doc, QStringLiteral("id"), LogicalType::Integer, false);
    Column total = column(m_doc, QStringLiteral("total"), LogicalType::Integer);
    total.typeDeclared = true;
    total.declaredType = QStringLiteral("int(11)");
    total.defaultValue = QStringLiteral("0");
    m_table = table(m_doc, QStringLiteral("orders"), {}, {id, total});
    m_columnId = total.id;
    add(m_doc, m_table);
    m_doc->setSourceDialect(QStringLiteral("mysql"));
    m_doc->undoStack()->clear();
    m_panel = new ColumnPanel(m_doc);
    m_panel->resize(360, 700);
    m_panel->setColumn(m_columnId);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestColumnPanel::cleanup()
{
    delete m_panel;
    delete m_doc;
}

void TestColumnPanel::declaredTypeIsEditedAsWritten()
{
    QCOMPARE(m_panel->typeChooser()->currentText(), QStringLiteral("int(11)"));
    QVERIFY(m_panel->logicalTypeLabel()->isVisibleTo(m_panel));
    QVERIFY(m_panel->logicalTypeLabel()->text().contains(QStringLiteral("integer")));

    type(m_panel->typeChooser()->lineEdit(), QStringLiteral("decimal(12,2) unsigned"));
    QCOMPARE(model().declaredType, QStringLiteral("decimal(12,2) unsigned"));
    QVERIFY(model().typeDeclared);
    QCOMPARE(model().type, DataType(LogicalType::Decimal, 12, 2));
    QVERIFY(model().isUnsigned);
    QVERIFY(m_panel->logicalTypeLabel()->text().contains(QStringLiteral("decimal(12,2)")));
    // Unsigned is part of the declared text: the box shows it but does not edit it.
    QVERIFY(m_panel->unsignedBox()->isChecked());
    QVERIFY(!m_panel->unsignedBox()->isEnabled());
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(model().declaredType, QStringLiteral("int(11)"));
    QVERIFY(!model().isUnsigned);
    QCOMPARE(m_panel->typeChooser()->currentText(), QStringLiteral("int(11)"));
}

void TestColumnPanel::emptyTypeIsRefusedWhereTheDialectNeedsOne()
{
    clear(m_panel->typeChooser()->lineEdit());
    QCOMPARE(model().declaredType, QStringLiteral("int(11)"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_panel->typeErrorLabel()->isVisibleTo(m_panel));

    // SQLite takes a column without a type.
    m_doc->setSourceDialect(QStringLiteral("sqlite"));
    clear(m_panel->typeChooser()->lineEdit());
    QVERIFY(model().typeDeclared);
    QCOMPARE(model().declaredType, QString());
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestColumnPanel::logicalTypeWithoutSourceDialect()
{
    m_doc->setSourceDialect(QString());
    QCOMPARE(m_panel->typeChooser()->currentText(), QStringLiteral("integer"));
    QVERIFY(!m_panel->logicalTypeLabel()->isVisibleTo(m_panel));
    type(m_panel->typeChooser()->lineEdit(), QStringLiteral("varchar(40)"));
    QCOMPARE(model().type, DataType(LogicalType::Varchar, 40));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestColumnPanel::collationIsOneStep()
{
    type(m_panel->collationEdit(), QStringLiteral("utf8mb4_bin"));
    QCOMPARE(model().collation, QStringLiteral("utf8mb4_bin"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Leaving the field again with the same text pushes nothing.
    QTest::keyClick(m_panel->collationEdit(), Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(model().collation, QString());
    QCOMPARE(m_panel->collationEdit()->text(), QString());
}

void TestColumnPanel::generatedColumnDropsItsDefaultInTheSameStep()
{
    QVERIFY(!m_panel->storedBox()->isEnabled());
    type(m_panel->generatedEdit(), QStringLiteral("price * quantity"));
    QCOMPARE(model().generatedExpression, QStringLiteral("price * quantity"));
    QCOMPARE(model().defaultValue, QString());
    QVERIFY(!m_panel->defaultEdit()->isEnabled());
    QVERIFY(m_panel->storedBox()->isEnabled());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(model().generatedExpression, QString());
    QCOMPARE(model().defaultValue, QStringLiteral("0"));
    QCOMPARE(m_panel->defaultEdit()->text(), QStringLiteral("0"));
    QVERIFY(m_panel->defaultEdit()->isEnabled());
}

void TestColumnPanel::storedIsItsOwnStep()
{
    type(m_panel->generatedEdit(), QStringLiteral("id * 2"));
    QTest::mouseClick(m_panel->storedBox(), Qt::LeftButton);
    QVERIFY(model().generatedStored);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QVERIFY(!model().generatedStored);
    QCOMPARE(model().generatedExpression, QStringLiteral("id * 2"));
    QVERIFY(!m_panel->storedBox()->isChecked());
}

void TestColumnPanel::onUpdateShowsForMySqlOnly()
{
    QVERIFY(m_panel->onUpdateEdit()->isVisibleTo(m_panel));
    // MySQL has no identity columns: the chooser is not offered.
    QVERIFY(!m_panel->identityChooser()->isVisibleTo(m_panel));
    type(m_panel->onUpdateEdit(), QStringLiteral("CURRENT_TIMESTAMP"));
    QCOMPARE(model().onUpdateValue, QStringLiteral("CURRENT_TIMESTAMP"));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    m_doc->setSourceDialect(QStringLiteral("postgresql"));
    QVERIFY(!m_panel->onUpdateEdit()->isVisibleTo(m_panel));
    QVERIFY(m_panel->identityChooser()->isVisibleTo(m_panel));
}

void TestColumnPanel::identityChosenByKeyboard()
{
    m_doc->setSourceDialect(QStringLiteral("postgresql"));
    QComboBox *identity = m_panel->identityChooser();
    QVERIFY(!m_panel->identityOptionsEdit()->isVisibleTo(m_panel));
    identity->setFocus();
    QTest::keyClick(identity, Qt::Key_Down); // ALWAYS
    QCOMPARE(model().identity, IdentityGeneration::Always);
    QVERIFY(model().autoIncrement);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_panel->identityOptionsEdit()->isVisibleTo(m_panel));
    type(m_panel->identityOptionsEdit(), QStringLiteral("START WITH 100"));
    QCOMPARE(model().identityOptions, QStringLiteral("START WITH 100"));
    QTest::keyClick(identity, Qt::Key_Down); // BY DEFAULT: a step of its own
    QCOMPARE(model().identity, IdentityGeneration::ByDefault);
    QCOMPARE(m_doc->undoStack()->count(), 3);

    // No identity clears the options with it; undo brings both back.
    QTest::keyClick(identity, Qt::Key_Home);
    QCOMPARE(model().identity, IdentityGeneration::None);
    QVERIFY(!model().autoIncrement);
    QCOMPARE(model().identityOptions, QString());
    m_doc->undoStack()->undo();
    QCOMPARE(model().identity, IdentityGeneration::ByDefault);
    QCOMPARE(model().identityOptions, QStringLiteral("START WITH 100"));
    QCOMPARE(identity->currentData().toInt(), int(IdentityGeneration::ByDefault));
}

void TestColumnPanel::targetDialectMarksWhatItDoesNotTake()
{
    type(m_panel->onUpdateEdit(), QStringLiteral("CURRENT_TIMESTAMP"));
    QVERIFY(!m_panel->onUpdateAdvice()->isVisibleTo(m_panel));
    m_doc->setSchemaProperties(m_doc->schema().name, QStringLiteral("postgresql"));
    // The value is kept and shown, with the reason it is not written for PostgreSQL.
    QVERIFY(m_panel->onUpdateEdit()->isVisibleTo(m_panel));
    QVERIFY(m_panel->onUpdateAdvice()->isVisibleTo(m_panel));
    QVERIFY(m_panel->onUpdateAdvice()->text().contains(QStringLiteral("PostgreSQL")));

    m_doc->setSchemaProperties(m_doc->schema().name, QStringLiteral("sqlite"));
    type(m_panel->collationEdit(), QStringLiteral("utf8mb4_bin"));
    QVERIFY(m_panel->collationAdvice()->isVisibleTo(m_panel));
    type(m_panel->collationEdit(), QStringLiteral("NOCASE"));
    QVERIFY(!m_panel->collationAdvice()->isVisibleTo(m_panel));
}

QTEST_MAIN(TestColumnPanel)
#include "tst_columnpanel.moc"
