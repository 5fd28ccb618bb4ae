#include "canvastesthelpers.h"
#include "document.h"
#include "tablepanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace CanvasTest;

// The table panel's grid: each edit is one command, only when something changed, and the grid
// follows undo.
class TestTablePanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renameColumnInGrid();
    void typeWithLength();
    void primaryKeyMakesNotNullInOneStep();
    void uniqueAddsConstraint();
    void sameValuePushesNothing();
    void detailTabsCountWhatTheTableHolds();
    void declaredTypeInGrid();
    void unnamedConstraintIsMarked();
    void schemaNameWhereTheDialectHasSchemas();

private:
    QTableWidgetItem *cell(int row, int column) const { return m_panel->columnGrid()->item(row, column); }
    Document *m_doc = nullptr;
    TablePanel *m_panel = nullptr;
    Table m_table;
};

void TestTablePanel::init()
{
    m_doc = new Document;
    m_table = table(m_doc, QStringLiteral("people"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::BigInt, false),
                     column(m_doc, QStringLiteral("email"), LogicalType::Text)});
    add(m_doc, m_table);
    m_doc->undoStack()->clear();
    m_panel = new TablePanel(m_doc);
    m_panel->setTable(m_table.id);
}

void TestTablePanel::cleanup()
{
    delete m_panel;
    delete m_doc;
}

void TestTablePanel::renameColumnInGrid()
{
    QCOMPARE(m_panel->columnGrid()->rowCount(), 2);
    QCOMPARE(cell(1, TablePanel::NameColumn)->text(), QStringLiteral("email"));
    cell(1, TablePanel::NameColumn)->setText(QStringLiteral("mail"));
    QCOMPARE(m_doc->schema().table(m_table.id)->columns.at(1).name, QStringLiteral("mail"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(cell(1, TablePanel::NameColumn)->text(), QStringLiteral("email"));
}

void TestTablePanel::typeWithLength()
{
    cell(1, TablePanel::TypeColumn)->setText(QStringLiteral("varchar(80)"));
    QCOMPARE(m_doc->schema().table(m_table.id)->columns.at(1).type, DataType(LogicalType::Varchar, 80));
    // An emptied type is refused and the grid shows the model's value again.
    cell(1, TablePanel::TypeColumn)->setText(QString());
    QCOMPARE(cell(1, TablePanel::TypeColumn)->text(), QStringLiteral("varchar(80)"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestTablePanel::primaryKeyMakesNotNullInOneStep()
{
    const Id email = m_table.columns.at(1).id;
    cell(1, TablePanel::PrimaryKeyColumn)->setCheckState(Qt::Checked);
    const Table *t = m_doc->schema().table(m_table.id);
    QCOMPARE(t->primaryKey, (QVector<Id>{m_table.columns.at(0).id, email}));
    QVERIFY(!t->column(email)->nullable);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(cell(1, TablePanel::NullableColumn)->checkState(), Qt::Unchecked);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema().table(m_table.id)->column(email)->nullable);
    QCOMPARE(cell(1, TablePanel::PrimaryKeyColumn)->checkState(), Qt::Unchecked);
}

void TestTablePanel::uniqueAddsConstraint()
{
    cell(1, TablePanel::UniqueColumn)->setCheckState(Qt::Checked);
    const Table *t = m_doc->schema().table(m_table.id);
    QCOMPARE(t->uniqueConstraints.size(), 1);
    QCOMPARE(t->uniqueConstraints.first().name, QStringLiteral("uq_people_email"));
    QVERIFY(t->isUniqueColumn(m_table.columns.at(1).id));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    cell(1, TablePanel::UniqueColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(m_doc->schema().table(m_table.id)->uniqueConstraints.isEmpty());
    // Adding a constraint and removing it are two steps (only typed properties merge): the
    // first undo brings the constraint back, the second takes it away again.
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->schema().table(m_table.id)->uniqueConstraints.size(), 1);
    QCOMPARE(cell(1, TablePanel::UniqueColumn)->checkState(), Qt::Checked);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schema().table(m_table.id)->uniqueConstraints.isEmpty());
    QCOMPARE(cell(1, TablePanel::UniqueColumn)->checkState(), Qt::Unchecked);
}

void TestTablePanel::sameValuePushesNothing()
{
    cell(0, TablePanel::NameColumn)->setText(QStringLiteral("id"));
    cell(1, TablePanel::NullableColumn)->setCheckState(Qt::Checked);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTablePanel::detailTabsCountWhatTheTableHolds()
{
    QTabWidget *tabs = m_panel->detailTabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("CHECK (0)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Options"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Triggers (0)"));
    Table after = *m_doc->schema().table(m_table.id);
    CheckConstraint check;
    check.id = m_doc->allocateId();
    check.expression = QStringLiteral("id > 0");
    after.checks << check;
    Trigger trigger;
    trigger.id = m_doc->allocateId();
    trigger.name = QStringLiteral("t");
    trigger.sql = QStringLiteral("CREATE TRIGGER t AFTER INSERT ON people BEGIN SELECT 1; END");
    after.triggers << trigger;
    m_doc->updateTable(after);
    QCOMPARE(tabs->tabText(0), QStringLiteral("CHECK (1)"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Triggers (1)"));
}

void TestTablePanel::declaredTypeInGrid()
{
    m_doc->setSourceDialect(QStringLiteral("postgresql"));
    QCOMPARE(m_panel->columnGrid()->horizontalHeaderItem(TablePanel::TypeColumn)->text(),
             QStringLiteral("Declared type"));
    cell(1, TablePanel::TypeColumn)->setText(QStringLiteral("character varying(40)"));
    const Column &email = m_doc->schema().table(m_table.id)->columns.at(1);
    QCOMPARE(email.declaredType, QStringLiteral("character varying(40)"));
    QVERIFY(email.typeDeclared);
    QCOMPARE(email.type, DataType(LogicalType::Varchar, 40));
    QCOMPARE(cell(1, TablePanel::TypeColumn)->text(), QStringLiteral("character varying(40)"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->schema().table(m_table.id)->columns.at(1).typeDeclared);
}

void TestTablePanel::unnamedConstraintIsMarked()
{
    Table after = *m_doc->schema().table(m_table.id);
    UniqueConstraint unique;
    unique.id = m_doc->allocateId();
    unique.columns = {m_table.columns.at(1).id};
    after.uniqueConstraints << unique;
    m_doc->updateTable(after);
    QListWidgetItem *item = m_panel->constraintList()->item(0);
    QVERIFY(item);
    QCOMPARE(item->text(), QStringLiteral("unnamed — unique (email)"));
    QVERIFY(item->font().italic());
    QVERIFY(!item->toolTip().isEmpty());
}

void TestTablePanel::schemaNameWhereTheDialectHasSchemas()
{
    m_doc->setSourceDialect(QStringLiteral("sqlite"));
    QVERIFY(!m_panel->schemaNameEdit()->isVisibleTo(m_panel));
    m_doc->setSourceDialect(QStringLiteral("postgresql"));
    QVERIFY(m_panel->schemaNameEdit()->isVisibleTo(m_panel));
    QTest::keyClicks(m_panel->schemaNameEdit(), QStringLiteral("sales"));
    QTest::keyClick(m_panel->schemaNameEdit(), Qt::Key_Return);
    QCOMPARE(m_doc->schema().table(m_table.id)->schemaName, QStringLiteral("sales"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_panel->schemaNameEdit()->text(), QString());
}

QTEST_MAIN(TestTablePanel)
#include "tst_tablepanel.moc"
