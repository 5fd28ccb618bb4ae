#include "document.h"
#include "integritycheck.h"
#include "schemareader.h"
#include "tableclipboard.h"

#include <QtTest>

// Copy/paste and duplicate of tables: new ids, keys between copied tables follow, one step.
class TestTableClipboard : public QObject
{
    Q_OBJECT

private slots:
    void pasteCopiesTablesAndTheirKeys();
    void pasteOfNothingDoesNothing();
};

void TestTableClipboard::pasteCopiesTablesAndTheirKeys()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    Document doc;
    doc.resetSchema(reader.schema());
    const Schema before = doc.schema();
    const Table *users = before.tableByName(QStringLiteral("users"));
    const Table *orders = before.tableByName(QStringLiteral("orders"));
    const Table *profiles = before.tableByName(QStringLiteral("profiles"));
    QVERIFY(users && orders && profiles);
    int keysBetween = 0;
    for (Id keyId : before.foreignKeyIds()) {
        const ForeignKey *k = before.foreignKey(keyId);
        const QVector<Id> copied{users->id, orders->id};
        keysBetween += copied.contains(k->childTable) && copied.contains(k->parentTable) ? 1 : 0;
    }
    QCOMPARE(keysBetween, 1); // orders → users; profiles → users stays behind

    const QByteArray data = TableClipboard::copy(before, {orders->id, users->id});
    const QVector<Id> pasted = TableClipboard::paste(&doc, data, QPointF(30, 30));
    QCOMPARE(pasted.size(), 2);
    const Schema &after = doc.schema();
    QCOMPARE(after.tableCount(), before.tableCount() + 2);
    QCOMPARE(after.foreignKeyCount(), before.foreignKeyCount() + 1);
    const Table *usersCopy = after.table(pasted.at(0));
    const Table *ordersCopy = after.table(pasted.at(1));
    QCOMPARE(usersCopy->name, QStringLiteral("users_copy")); // document order, renamed
    QCOMPARE(ordersCopy->name, QStringLiteral("orders_copy"));
    QCOMPARE(usersCopy->position, users->position + QPointF(30, 30));
    QVERIFY(!before.table(usersCopy->id));
    QVERIFY(!before.column(usersCopy->columns.first().id));
    // The copied key joins the copies, not the originals.
    const ForeignKey *copiedKey = after.foreignKey(after.foreignKeyIds().last());
    QCOMPARE(copiedKey->childTable, ordersCopy->id);
    QCOMPARE(copiedKey->parentTable, usersCopy->id);
    QVERIFY(copiedKey->name != QStringLiteral("fk_orders_user"));
    QVERIFY(IntegrityCheck::check(after).isEmpty());

    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.schema() == before);
}

void TestTableClipboard::pasteOfNothingDoesNothing()
{
    Document doc;
    QVERIFY(TableClipboard::paste(&doc, QByteArray(), {}).isEmpty());
    QVERIFY(TableClipboard::paste(&doc, QByteArray("not json"), {}).isEmpty());
    QVERIFY(TableClipboard::copy(doc.schema(), {42}).isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
}

QTEST_MAIN(TestTableClipboard)
#include "tst_tableclipboard.moc"
