#include "document.h"
#include "foreignkeyitem.h"
#include "notationcommand.h"
#include "schemareader.h"
#include "schemascene.h"
#include "selection.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

// The key notations: cardinality read from the key's columns, badges only in Joinery's own
// notation, and the choice as one undoable step.
class TestNotation : public QObject
{
    Q_OBJECT

private slots:
    void cardinalityFromColumns();
    void notationIsOneUndoStep();
    void eachNotationDrawsDifferently();
    void namesRoundTrip();

private:
    static const ForeignKeyItem *key(SchemaScene &scene, const Schema &schema, const char *name);
};

const ForeignKeyItem *TestNotation::key(SchemaScene &scene, const Schema &schema, const char *name)
{
    for (Id id : schema.foreignKeyIds()) {
        if (schema.foreignKey(id)->name == QLatin1String(name))
            return scene.foreignKeyItem(id);
    }
    return nullptr;
}

void TestNotation::cardinalityFromColumns()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    const Schema &schema = document.schema();
    // profiles.user_id: NOT NULL and unique — one profile per user, exactly one user.
    const ForeignKeyItem *profile = key(scene, schema, "fk_profiles_user");
    QVERIFY(profile->childUnique());
    QVERIFY(!profile->childOptional());
    QVERIFY(!profile->identifying());
    // reviews.author_id: nullable — zero or one author, many reviews.
    const ForeignKeyItem *author = key(scene, schema, "fk_reviews_author");
    QVERIFY(author->childOptional());
    QVERIFY(!author->childUnique());
    // order_items.order_id is part of order_items' primary key: identifying.
    const ForeignKeyItem *item = key(scene, schema, "fk_order_items_order");
    QVERIFY(item->identifying());
    QVERIFY(!item->childUnique()); // (order_id, product_id) is the key, not order_id alone
}

void TestNotation::notationIsOneUndoStep()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    const Id keyId = document.schema().foreignKeyIds().first();
    QCOMPARE(scene.notation(), Notation::Badges);
    QVERIFY(!scene.foreignKeyItem(keyId)->badgeRect().isEmpty());

    document.undoStack()->push(new NotationCommand(&scene, Notation::CrowsFoot));
    QCOMPARE(scene.notation(), Notation::CrowsFoot);
    QCOMPARE(scene.foreignKeyItem(keyId)->notation(), Notation::CrowsFoot);
    QVERIFY(scene.foreignKeyItem(keyId)->badgeRect().isEmpty());
    QVERIFY(!document.undoStack()->isClean());
    document.undoStack()->undo();
    QCOMPARE(scene.notation(), Notation::Badges);
    QCOMPARE(scene.foreignKeyItem(keyId)->notation(), Notation::Badges);
    QVERIFY(!scene.foreignKeyItem(keyId)->badgeRect().isEmpty());
    QVERIFY(document.undoStack()->isClean());
    // Keys added later follow the notation too.
    scene.setNotation(Notation::Idef1x);
    document.resetSchema(reader.schema());
    QCOMPARE(scene.foreignKeyItem(keyId)->notation(), Notation::Idef1x);
}

void TestNotation::eachNotationDrawsDifferently()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    Document document;
    Selection selection;
    SchemaScene scene(&document, &selection);
    document.resetSchema(reader.schema());
    const QRectF source = scene.contentRect();
    QList<QImage> images;
    for (Notation n : Notations::all()) {
        scene.setNotation(n);
        QImage image(source.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(QPointF(), image.size()), source);
        painter.end();
        images << image;
    }
    QVERIFY(images.at(0) != images.at(1));
    QVERIFY(images.at(1) != images.at(2));
    QVERIFY(images.at(0) != images.at(2));
}

void TestNotation::namesRoundTrip()
{
    for (Notation n : Notations::all()) {
        Notation back = Notation::Badges;
        QVERIFY(Notations::fromJsonName(Notations::jsonName(n), &back));
        QCOMPARE(back, n);
        QVERIFY(!Notations::displayName(n).isEmpty());
    }
    Notation untouched = Notation::Idef1x;
    QVERIFY(!Notations::fromJsonName(QStringLiteral("martian"), &untouched));
    QCOMPARE(untouched, Notation::Idef1x);
    QCOMPARE(Notations::jsonName(Notation::CrowsFoot), QStringLiteral("crows-foot"));
}

QTEST_MAIN(TestNotation)
#include "tst_notation.moc"
