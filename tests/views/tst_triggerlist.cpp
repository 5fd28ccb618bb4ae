#include "canvastesthelpers.h"
#include "document.h"
#include "triggerlist.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QtTest>

using namespace CanvasTest;

// The table panel's triggers: listed by name, the chosen one's SQL shown exactly as kept, and
// nothing the user types there reaches the model.
class TestTriggerList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEachTriggersSqlVerbatim();
    void isReadOnly();
    void marksAnotherTargetDialect();
    void tableWithoutTriggers();

private:
    Document *m_doc = nullptr;
    TriggerList *m_list = nullptr;
    Table m_table;
};

void TestTriggerList::init()
{
    m_doc = new Document;
    m_table = table(m_doc, QStringLiteral("orders"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::Integer, false)});
    Trigger audit;
    audit.id = m_doc->allocateId();
    audit.name = QStringLiteral("orders_audit");
    audit.sql = QStringLiteral("CREATE TRIGGER orders_audit AFTER DELETE ON orders\nBEGIN\n"
                               "  INSERT INTO log VALUES (old.id);\nEND");
    Trigger stamp;
    stamp.id = m_doc->allocateId();
    stamp.name = QStringLiteral("orders_stamp");
    stamp.sql
        = QStringLiteral("CREATE TRIGGER orders_stamp AFTER UPDATE ON orders BEGIN SELECT 1; END");
    m_table.triggers << audit << stamp;
    add(m_doc, m_table);
    m_doc->setSourceDialect(QStringLiteral("sqlite"));
    m_doc->undoStack()->clear();
    m_list = new TriggerList(m_doc);
    m_list->resize(400, 300);
    m_list->setTable(m_table.id);
    m_list->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_list));
}

void TestTriggerList::cleanup()
{
    delete m_list;
    delete m_doc;
}

void TestTriggerList::showsEachTriggersSqlVerbatim()
{
    QListWidget *list = m_list->list();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("orders_audit"));
    QCOMPARE(m_list->sqlView()->toPlainText(), m_table.triggers.at(0).sql);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QCOMPARE(m_list->sqlView()->toPlainText(), m_table.triggers.at(1).sql);
    QVERIFY(m_list->noteLabel()->text().contains(QStringLiteral("read-only")));
}

void TestTriggerList::isReadOnly()
{
    QVERIFY(m_list->sqlView()->isReadOnly());
    m_list->sqlView()->setFocus();
    QTest::keyClicks(m_list->sqlView(), QStringLiteral("DROP"));
    QCOMPARE(m_list->sqlView()->toPlainText(), m_table.triggers.at(0).sql);
    QCOMPARE(m_doc->schema().table(m_table.id)->triggers, m_table.triggers);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTriggerList::marksAnotherTargetDialect()
{
    QVERIFY(!m_list->noteLabel()->text().contains(QStringLiteral("⚠")));
    m_doc->setSchemaProperties(QString(), QStringLiteral("postgresql"));
    QVERIFY(m_list->noteLabel()->text().contains(QStringLiteral("⚠")));
    QVERIFY(m_list->noteLabel()->text().contains(QStringLiteral("PostgreSQL")));
}

void TestTriggerList::tableWithoutTriggers()
{
    Table plain = *m_doc->schema().table(m_table.id);
    plain.triggers.clear();
    m_doc->updateTable(plain);
    QVERIFY(!m_list->list()->isVisibleTo(m_list));
    QVERIFY(!m_list->sqlView()->isVisibleTo(m_list));
    QCOMPARE(m_list->noteLabel()->text(), QStringLiteral("No triggers."));
}

QTEST_MAIN(TestTriggerList)
#include "tst_triggerlist.moc"
