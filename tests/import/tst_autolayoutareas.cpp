#include "corpus.h"
#include "document.h"
#include "layout/autolayout.h"
#include "layout/cardsize.h"
#include "layout/layoutmetrics.h"
#include "syntheticschema.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

// Arrange keeps each subject area's tables together: after it, an area's region (the bounding
// rectangle of its cards) holds no card of another table. A table in several areas goes with
// the first area that lists it; the later areas' regions are checked over the tables they were
// given, since the canvas stretches their drawn region to the shared table wherever it is.
class TestAutoLayoutAreas : public QObject
{
    Q_OBJECT
private slots:
    void areasStayTogether_data();
    void areasStayTogether();
    void oneUndoStep();
    void withoutAreasUnchanged();
};

namespace {

// 200 generated tables (modules: related tables are near each other in the schema's order, so
// areas that cut across it are scattered by a layout that ignores them) and three areas: every
// seventh table, the tables 50 … 89 and table 0 (shared with the first area), and 25 random
// ones. The rest is in no area.
Schema schemaWithAreas()
{
    Schema schema = SyntheticSchema::modules(200, false);
    const QVector<Id> ids = schema.tableIds();
    SubjectArea sevenths;
    sevenths.id = schema.allocateId();
    sevenths.name = QStringLiteral("Sevenths");
    for (int i = 0; i < ids.size(); i += 7)
        sevenths.tables << ids.at(i);
    SubjectArea middle;
    middle.id = schema.allocateId();
    middle.name = QStringLiteral("Middle");
    for (int i = 50; i < 90; ++i)
        middle.tables << ids.at(i);
    middle.tables << ids.at(0);
    SubjectArea scattered;
    scattered.id = schema.allocateId();
    scattered.name = QStringLiteral("Scattered");
    QRandomGenerator random(7);
    while (scattered.tables.size() < 25) {
        const Id id = ids.at(random.bounded(int(ids.size())));
        if (!scattered.tables.contains(id))
            scattered.tables << id;
    }
    schema.subjectAreas = {sevenths, middle, scattered};
    return schema;
}

// The tables each area was given: its own, less those an earlier area listed. Then the tables
// in no area.
QVector<QVector<Id>> groupsOf(const Schema &schema)
{
    QVector<QVector<Id>> groups;
    QSet<Id> taken;
    for (const SubjectArea &area : schema.subjectAreas) {
        QVector<Id> group;
        for (Id id : area.tables) {
            if (!taken.contains(id)) {
                taken.insert(id);
                group << id;
            }
        }
        groups << group;
    }
    QVector<Id> rest;
    for (Id id : schema.tableIds()) {
        if (!taken.contains(id))
            rest << id;
    }
    groups << rest;
    return groups;
}

QRectF cardAt(const Schema &schema, Id id, const QHash<Id, QPointF> &positions)
{
    return QRectF(positions.value(id), CardSize::estimate(*schema.table(id)));
}

// `group`'s tables and the keys between them, as a schema of their own, so LayoutMetrics can
// count the keys among them whose parent is not left of or above its child.
Schema groupSchema(const Schema &schema, const QVector<Id> &group)
{
    Schema sub;
    for (Id id : group)
        sub.insertTable(sub.tableCount(), *schema.table(id));
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (group.contains(key->parentTable) && group.contains(key->childTable))
            sub.insertForeignKey(sub.foreignKeyIds().size(), *key);
    }
    return sub;
}

QHash<Id, QPointF> positionsIn(const Document &document)
{
    QHash<Id, QPointF> positions;
    for (Id id : document.schema().tableIds())
        positions.insert(id, document.schema().table(id)->position);
    return positions;
}

// MusicBrainz as imported, with the two areas of the report that asked for this: "Artists"
// (tables named artist…) and "Releases" (tables whose name has "release"), which share the
// artist_release… tables (so they are Artists').
bool musicBrainzWithAreas(Schema *schema, QString *error)
{
    if (!Corpus::import(QStringLiteral("musicbrainz/postgresql.sql"), schema, error))
        return false;
    SubjectArea artists;
    artists.id = schema->allocateId();
    artists.name = QStringLiteral("Artists");
    SubjectArea releases;
    releases.id = schema->allocateId();
    releases.name = QStringLiteral("Releases");
    for (Id id : schema->tableIds()) {
        const QString name = schema->table(id)->name;
        if (name.startsWith(QLatin1String("artist")))
            artists.tables << id;
        if (name.contains(QLatin1String("release")))
            releases.tables << id;
    }
    schema->subjectAreas = {artists, releases};
    return true;
}

} // namespace

void TestAutoLayoutAreas::areasStayTogether_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("generated 200") << QStringLiteral("generated");
    QTest::newRow("musicbrainz") << QStringLiteral("musicbrainz");
}

void TestAutoLayoutAreas::areasStayTogether()
{
    QFETCH(QString, source);
    Schema schema;
    if (source == QLatin1String("generated")) {
        schema = schemaWithAreas();
    } else {
        QString error;
        if (!musicBrainzWithAreas(&schema, &error))
            QSKIP(qPrintable(error));
    }
    const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
    QCOMPARE(positions.size(), schema.tableCount());
    QCOMPARE(AutoLayout::compute(schema), positions); // deterministic

    const LayoutMetrics metrics
        = LayoutMetrics::measure(schema, LayoutMetrics::estimatedCards(schema, positions));
    qInfo("%s", qPrintable(metrics.summary()));
    QVERIFY2(metrics.aspect >= 0.5 && metrics.aspect <= 2.0,
             qPrintable(QString::number(metrics.aspect)));
    QCOMPARE(metrics.overlaps, 0);

    const QVector<QVector<Id>> groups = groupsOf(schema);
    QCOMPARE(groups.size(), schema.subjectAreas.size() + 1);
    QVector<QRectF> regions;
    for (int g = 0; g < groups.size(); ++g) {
        QRectF region;
        for (Id id : groups.at(g))
            region |= cardAt(schema, id, positions);
        for (Id id : schema.tableIds()) {
            if (groups.at(g).contains(id))
                continue;
            QVERIFY2(
                !region.intersects(cardAt(schema, id, positions)),
                qPrintable(QStringLiteral("%1 lies in group %2").arg(schema.describe(id)).arg(g)));
        }
        for (int h = 0; h < regions.size(); ++h)
            QVERIFY2(!region.intersects(regions.at(h)),
                     qPrintable(QStringLiteral("groups %1 and %2 overlap").arg(h).arg(g)));
        regions << region;

        // Within a group, parents stay left of or above their children.
        const Schema sub = groupSchema(schema, groups.at(g));
        QHash<Id, QPointF> subPositions;
        for (Id id : groups.at(g))
            subPositions.insert(id, positions.value(id));
        QCOMPARE(LayoutMetrics::measure(sub, LayoutMetrics::estimatedCards(sub, subPositions))
                     .parentsAfterChildren,
                 0);
    }
    // A shared table went with the first area that lists it.
    QSet<Id> shared(schema.subjectAreas.at(0).tables.cbegin(),
                    schema.subjectAreas.at(0).tables.cend());
    shared.intersect(QSet<Id>(schema.subjectAreas.at(1).tables.cbegin(),
                              schema.subjectAreas.at(1).tables.cend()));
    QVERIFY(!shared.isEmpty());
    for (Id id : std::as_const(shared)) {
        QVERIFY(regions.at(0).contains(cardAt(schema, id, positions)));
        QVERIFY(!regions.at(1).intersects(cardAt(schema, id, positions)));
    }
}

// Arrange All with areas is one undo step that restores every position.
void TestAutoLayoutAreas::oneUndoStep()
{
    Document document;
    document.resetSchema(schemaWithAreas());
    const QHash<Id, QPointF> before = positionsIn(document);
    QVERIFY(applyAutoLayout(&document));
    QCOMPARE(document.undoStack()->count(), 1);
    const QHash<Id, QPointF> after = positionsIn(document);
    QCOMPARE(after, AutoLayout::compute(document.schema()));
    QVERIFY(after != before);
    document.undoStack()->undo();
    QCOMPARE(positionsIn(document), before);
    document.undoStack()->redo();
    QCOMPARE(positionsIn(document), after);
}

// Areas that leave at most one group (one area holding every table) change nothing: the
// layout is the one without areas.
void TestAutoLayoutAreas::withoutAreasUnchanged()
{
    Schema schema = schemaWithAreas();
    const QVector<SubjectArea> areas = schema.subjectAreas;
    schema.subjectAreas.clear();
    const QHash<Id, QPointF> plain = AutoLayout::compute(schema);
    SubjectArea all;
    all.id = schema.allocateId();
    all.name = QStringLiteral("All");
    all.tables = schema.tableIds();
    schema.subjectAreas = {all};
    QCOMPARE(AutoLayout::compute(schema), plain);
    // A subset is laid out as one, even across areas: arranging an area (or a selection) keeps
    // its tables together, shared ones included.
    schema.subjectAreas = areas;
    const QVector<Id> across = areas.at(1).tables + areas.at(2).tables;
    const QHash<Id, QPointF> subset = AutoLayout::compute(schema, across);
    schema.subjectAreas.clear();
    QCOMPARE(subset, AutoLayout::compute(schema, across));
}

QTEST_GUILESS_MAIN(TestAutoLayoutAreas)
#include "tst_autolayoutareas.moc"
