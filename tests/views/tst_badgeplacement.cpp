#include "commands/movetablescommand.h"
#include "document.h"
#include "foreignkeyitem.h"
#include "schemareader.h"
#include "schemascene.h"
#include "selection.h"
#include "tableitem.h"

#include <QDir>
#include <QtTest>

// A key's badge (and a composite key's column pairs) never sits on a table card or on
// another key's badge, in every bundled sample and after a table is moved onto a badge.
class TestBadgePlacement : public QObject
{
    Q_OBJECT

private slots:
    void samplesHaveNoOverlaps_data();
    void samplesHaveNoOverlaps();
    void movingACardOntoABadgeMovesTheBadge();

private:
    static QStringList overlaps(const Schema &schema, SchemaScene &scene);
};

QStringList TestBadgePlacement::overlaps(const Schema &schema, SchemaScene &scene)
{
    QStringList found;
    const QVector<Id> keys = schema.foreignKeyIds();
    for (int i = 0; i < keys.size(); ++i) {
        const ForeignKeyItem *key = scene.foreignKeyItem(keys.at(i));
        const QRectF label = key->labelRect();
        for (Id tableId : schema.tableIds()) {
            if (scene.tableItem(tableId)->sceneCardRect().intersects(label))
                found << QStringLiteral("%1 on %2")
                             .arg(schema.foreignKey(keys.at(i))->name, schema.table(tableId)->name);
        }
        for (int j = i + 1; j < keys.size(); ++j) {
            if (scene.foreignKeyItem(keys.at(j))->labelRect().intersects(label))
                found << QStringLiteral("%1 on %2")
                             .arg(schema.foreignKey(keys.at(i))->name,
                                  schema.foreignKey(keys.at(j))->name);
        }
    }
    return found;
}

void TestBadgePlacement::samplesHaveNoOverlaps_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(JOINERY_SAMPLES_DIR));
    for (const QString &file :
         dir.entryList({QStringLiteral("*.joinery")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestBadgePlacement::samplesHaveNoOverlaps()
{
    QFETCH(QString, path);
    SchemaReader reader;
    QVERIFY2(reader.readFile(path), qPrintable(reader.error()));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    QCoreApplication::processEvents(); // badges find their place once the event loop is back
    const QStringList found = overlaps(document.schema(), scene);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    for (Id keyId : document.schema().foreignKeyIds())
        QVERIFY(!scene.foreignKeyItem(keyId)->badgeRect().isEmpty());
}

void TestBadgePlacement::movingACardOntoABadgeMovesTheBadge()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    QCoreApplication::processEvents();
    const Schema &schema = document.schema();
    // Put an unrelated table right onto the badge of fk_order_items_product.
    const ForeignKey *key = nullptr;
    for (Id id : schema.foreignKeyIds()) {
        if (schema.foreignKey(id)->name == QLatin1String("fk_order_items_product"))
            key = schema.foreignKey(id);
    }
    QVERIFY(key);
    const Table *profiles = schema.tableByName(QStringLiteral("profiles"));
    const QRectF badge = scene.foreignKeyItem(key->id)->badgeRect();
    TableItem *card = scene.tableItem(profiles->id);
    QHash<Id, QPointF> moved{{profiles->id, badge.center() - card->cardRect().center()}};
    document.undoStack()->push(new MoveTablesCommand(&document, moved));
    QCoreApplication::processEvents();
    QVERIFY(!card->sceneCardRect().intersects(scene.foreignKeyItem(key->id)->labelRect()));
}

QTEST_MAIN(TestBadgePlacement)
#include "tst_badgeplacement.moc"
