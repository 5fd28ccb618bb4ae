#include "corpus.h"
#include "document.h"
#include "layout/autolayout.h"
#include "layout/cardsize.h"
#include "layout/layoutmetrics.h"
#include "schemabuilder.h"
#include "syntheticschema.h"

#include <QRandomGenerator>
#include <QtTest>

// Schemas are built directly (Document::resetSchema) since the commands are not under test
// here; the layout's own undo step is.
class TestAutoLayout : public QObject
{
    Q_OBJECT
private slots:
    void parentsLeftOfChildren();
    void noOverlaps_data();
    void noOverlaps();
    void readable_data();
    void readable();
    void followsWindowShape();
    void selfReferencesKeepRoom();
    void bigDeepComponentFallback();
    void selectionAvoidsOtherCards();
    void oneUndoStep();
    void selectionOnly();
    void cardSizeEstimate();
    void emptySchema();
};

namespace {

Id addTable(Schema *schema, const QString &name, int columns)
{
    Table table;
    table.id = schema->allocateId();
    table.name = name;
    for (int i = 0; i < columns; ++i) {
        Column column;
        column.id = schema->allocateId();
        column.name = i == 0 ? QStringLiteral("id") : QStringLiteral("column_%1").arg(i);
        column.type = i == 0 ? DataType(LogicalType::Integer) : DataType(LogicalType::Varchar, 40);
        table.columns.append(column);
    }
    table.primaryKey = {table.columns.first().id};
    schema->insertTable(schema->tableCount(), table);
    return table.id;
}

void addKey(Schema *schema, Id child, Id parent)
{
    Table table = *schema->table(child);
    Column column;
    column.id = schema->allocateId();
    column.name = QStringLiteral("ref_%1").arg(column.id);
    table.columns.append(column);
    schema->replaceTable(table);
    ForeignKey key;
    key.id = schema->allocateId();
    key.childTable = child;
    key.childColumns = {column.id};
    key.parentTable = parent;
    key.parentColumns = schema->table(parent)->primaryKey;
    schema->insertForeignKey(schema->foreignKeyCount(), key);
}

// A forest: each table after the first of a tree references a random earlier one of its tree;
// `loners` tables have no keys at all.
Schema forest(int trees, int perTree, int loners, quint32 seed)
{
    QRandomGenerator random(seed);
    Schema schema;
    for (int t = 0; t < trees; ++t) {
        QVector<Id> ids;
        for (int i = 0; i < perTree; ++i) {
            ids << addTable(&schema, QStringLiteral("t%1_%2").arg(t).arg(i),
                            2 + random.bounded(12));
            if (i > 0)
                addKey(&schema, ids.last(), ids.at(random.bounded(i)));
        }
    }
    for (int i = 0; i < loners; ++i)
        addTable(&schema, QStringLiteral("loner_with_a_long_name_%1").arg(i),
                 1 + random.bounded(6));
    return schema;
}

QRectF card(const Schema &schema, Id id, const QHash<Id, QPointF> &positions)
{
    return QRectF(positions.value(id), CardSize::estimate(*schema.table(id)));
}

} // namespace

void TestAutoLayout::parentsLeftOfChildren()
{
    const Schema schema = forest(3, 12, 0, 7);
    const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
    QCOMPARE(positions.size(), schema.tableCount());
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const QRectF parent = card(schema, key->parentTable, positions);
        const QRectF child = card(schema, key->childTable, positions);
        QVERIFY2(parent.right() + AutoLayout::CardMargin <= child.left()
                     || parent.bottom() + AutoLayout::CardMargin <= child.top(),
                 qPrintable(QStringLiteral("%1 is not left of or above %2")
                                .arg(schema.describe(key->parentTable),
                                     schema.describe(key->childTable))));
    }
}

void TestAutoLayout::noOverlaps_data()
{
    QTest::addColumn<int>("trees");
    QTest::addColumn<int>("perTree");
    QTest::addColumn<int>("loners");
    QTest::newRow("one tree") << 1 << 40 << 0;
    QTest::newRow("loners only") << 0 << 0 << 60;
    QTest::newRow("mixed") << 6 << 9 << 25;
}

void TestAutoLayout::noOverlaps()
{
    QFETCH(int, trees);
    QFETCH(int, perTree);
    QFETCH(int, loners);
    const Schema schema = forest(trees, perTree, loners, 42);
    const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
    const QVector<Id> ids = schema.tableIds();
    for (int i = 0; i < ids.size(); ++i) {
        // The margin on each side must stay free, so the canvas's slightly different card
        // sizes cannot make cards touch.
        const QRectF a = card(schema, ids.at(i), positions)
                             .adjusted(-AutoLayout::CardMargin / 2, -AutoLayout::CardMargin / 2,
                                       AutoLayout::CardMargin / 2, AutoLayout::CardMargin / 2);
        QVERIFY(a.left() >= -AutoLayout::CardMargin && a.top() >= -AutoLayout::CardMargin);
        for (int j = i + 1; j < ids.size(); ++j) {
            const QRectF b = card(schema, ids.at(j), positions);
            QVERIFY2(!a.intersects(b),
                     qPrintable(QStringLiteral("%1 overlaps %2")
                                    .arg(schema.describe(ids.at(i)), schema.describe(ids.at(j)))));
        }
    }
}

// What Arrange promises for any schema, on the bundled samples, the corpus's real schemas
// (imported as a user would) and generated ones: over 20 tables, a bounding box between 1:2
// and 2:1; never a card on another; every key's parent left of or above its child, apart from
// keys within a cycle, which no layout can orient.
void TestAutoLayout::readable_data()
{
    QTest::addColumn<QString>("source");
    for (const char *sample : {"shop", "employees", "cycle", "composite-key"})
        QTest::newRow(sample) << QStringLiteral("sample:%1.joinery").arg(QLatin1String(sample));
    for (const QString &file : Corpus::largeSchemas())
        QTest::newRow(qPrintable(file)) << QStringLiteral("corpus:") + file;
    QTest::newRow("modules 50") << QStringLiteral("modules:50");
    QTest::newRow("modules 500") << QStringLiteral("modules:500");
    QTest::newRow("deep 50") << QStringLiteral("deep:50");
    QTest::newRow("deep 500") << QStringLiteral("deep:500");
    // Bounded: the 5,000-table cases are in tests/benchmarks/import/bench_layout.
    QTest::newRow("large document 1500") << QStringLiteral("large:1500");
}

void TestAutoLayout::readable()
{
    QFETCH(QString, source);
    const QString kind = source.section(QLatin1Char(':'), 0, 0);
    const QString what = source.section(QLatin1Char(':'), 1);
    Schema schema;
    if (kind == QLatin1String("sample")) {
        schema = loadSample(what);
    } else if (kind == QLatin1String("corpus")) {
        QString error;
        if (!Corpus::import(what, &schema, &error))
            QSKIP(qPrintable(error));
    } else if (kind == QLatin1String("large")) {
        schema = SyntheticSchema::largeDocument(what.toInt());
    } else {
        schema = SyntheticSchema::modules(what.toInt(), kind == QLatin1String("deep"));
    }
    const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
    QCOMPARE(positions.size(), schema.tableCount());
    const LayoutMetrics metrics
        = LayoutMetrics::measure(schema, LayoutMetrics::estimatedCards(schema, positions));
    qInfo("%d tables: %s", schema.tableCount(), qPrintable(metrics.summary()));
    if (schema.tableCount() > 20) {
        QVERIFY2(metrics.aspect >= 0.5 && metrics.aspect <= 2.0,
                 qPrintable(QString::number(metrics.aspect)));
    }
    QCOMPARE(metrics.overlaps, 0);
    QCOMPARE(metrics.parentsAfterChildren, 0);
}

// A schema whose natural layered layout is far too tall (about 1:8) is laid out in pieces, in
// the window's shape.
void TestAutoLayout::followsWindowShape()
{
    const Schema schema = SyntheticSchema::modules(500, false);
    for (double aspect : {0.6, 1.0, 1.6, 2.0}) {
        const LayoutMetrics metrics = LayoutMetrics::measure(
            schema, LayoutMetrics::estimatedCards(schema, AutoLayout::compute(schema, {}, aspect)));
        // Within 25 % of the window's shape.
        QVERIFY2(metrics.aspect > aspect / 1.25 && metrics.aspect < aspect * 1.25,
                 qPrintable(QStringLiteral("asked %1, got %2").arg(aspect).arg(metrics.aspect)));
        QCOMPARE(metrics.overlaps, 0);
        QCOMPARE(metrics.parentsAfterChildren, 0);
    }
}

// A self-reference is drawn as a loop right of its card, and further keys between the same two
// tables as lanes beside each other: the layout keeps that room free of other cards.
void TestAutoLayout::selfReferencesKeepRoom()
{
    Schema schema = forest(4, 10, 5, 21);
    QVector<Id> looped;
    const QVector<Id> ids = schema.tableIds();
    for (int i = 0; i < ids.size(); i += 3) {
        addKey(&schema, ids.at(i), ids.at(i));
        if (i % 2 == 0)
            addKey(&schema, ids.at(i), ids.at(i)); // two loops
        looped << ids.at(i);
    }
    const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
    for (Id id : std::as_const(looped)) {
        const QRectF own = card(schema, id, positions);
        const QRectF loop(own.right(), own.top(), 56, own.height());
        for (Id other : ids) {
            if (other != id)
                QVERIFY2(!loop.intersects(card(schema, other, positions)),
                         qPrintable(schema.describe(id) + QStringLiteral(" loop covered by ")
                                    + schema.describe(other)));
        }
    }
}

// One cycle of keys through 1,200 tables is one piece over the dot limit: the linear layered
// fallback, wrapped into bands. Still parents left of or above children (apart from the one
// edge that closes the cycle) and no overlaps.
void TestAutoLayout::bigDeepComponentFallback()
{
    QRandomGenerator random(5);
    Schema schema;
    QVector<Id> ids;
    for (int i = 0; i < 1200; ++i) {
        ids << addTable(&schema, QStringLiteral("t%1").arg(i), 2 + random.bounded(8));
        if (i > 0)
            addKey(&schema, ids.last(), ids.at(std::max(0, i - 1 - random.bounded(5))));
    }
    addKey(&schema, ids.first(), ids.last()); // a cycle through everything
    const QHash<Id, QPointF> positions = AutoLayout::compute(schema);
    QCOMPARE(positions.size(), 1200);
    int backwards = 0;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        const QRectF parent = card(schema, key->parentTable, positions);
        const QRectF child = card(schema, key->childTable, positions);
        if (parent.right() > child.left() && parent.bottom() > child.top())
            ++backwards;
    }
    QCOMPARE(backwards, 1);
    for (int i = 0; i < ids.size(); ++i) {
        const QRectF a = card(schema, ids.at(i), positions);
        for (int j = i + 1; j < ids.size(); ++j)
            QVERIFY(!a.intersects(card(schema, ids.at(j), positions)));
    }
}

void TestAutoLayout::oneUndoStep()
{
    Document document;
    document.resetSchema(forest(2, 8, 3, 3));
    QHash<Id, QPointF> before;
    for (Id id : document.schema().tableIds())
        before.insert(id, document.schema().table(id)->position);
    QVERIFY(applyAutoLayout(&document));
    QCOMPARE(document.undoStack()->count(), 1);
    const QHash<Id, QPointF> expected = AutoLayout::compute(document.schema());
    QHash<Id, QPointF> after;
    for (Id id : document.schema().tableIds())
        after.insert(id, document.schema().table(id)->position);
    QCOMPARE(after, expected);
    document.undoStack()->undo();
    for (Id id : document.schema().tableIds())
        QCOMPARE(document.schema().table(id)->position, before.value(id));
    document.undoStack()->redo();
    for (Id id : document.schema().tableIds())
        QCOMPARE(document.schema().table(id)->position, after.value(id));
    // Laying out an arranged schema again changes nothing and pushes nothing.
    QVERIFY(!applyAutoLayout(&document));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestAutoLayout::selectionOnly()
{
    Schema schema = forest(1, 6, 2, 11);
    // Spread the tables out, so the selection's corner is not the origin.
    const QVector<Id> ids = schema.tableIds();
    for (int i = 0; i < ids.size(); ++i) {
        Table table = *schema.table(ids.at(i));
        table.position = QPointF(1000 + 300 * i, 500 + 37 * i);
        schema.replaceTable(table);
    }
    Document document;
    document.resetSchema(schema);
    const QVector<Id> selection = ids.mid(0, 4);
    QVERIFY(applyAutoLayout(&document, selection));
    for (Id id : ids.mid(4))
        QCOMPARE(document.schema().table(id)->position, schema.table(id)->position);
    double left = 1e9, top = 1e9;
    for (Id id : selection) {
        left = std::min(left, document.schema().table(id)->position.x());
        top = std::min(top, document.schema().table(id)->position.y());
    }
    QCOMPARE(left, 1000.0);
    QCOMPARE(top, 500.0);
}

// Arranging a selection among other cards puts it at the nearest place where it covers none
// of them, as one undo step.
void TestAutoLayout::selectionAvoidsOtherCards()
{
    Schema schema = forest(1, 12, 30, 13);
    const QVector<Id> ids = schema.tableIds();
    // Everything on a tight grid, so that the selection's own corner has neighbours.
    for (int i = 0; i < ids.size(); ++i) {
        Table table = *schema.table(ids.at(i));
        table.position = QPointF((i % 6) * 520, (i / 6) * 420);
        schema.replaceTable(table);
    }
    Document document;
    document.resetSchema(schema);
    const QVector<Id> selection = ids.mid(0, 12); // the tree
    QVERIFY(applyAutoLayout(&document, selection));
    QCOMPARE(document.undoStack()->count(), 1);
    QHash<Id, QPointF> positions;
    for (Id id : ids)
        positions.insert(id, document.schema().table(id)->position);
    const LayoutMetrics metrics
        = LayoutMetrics::measure(document.schema(),
                                 LayoutMetrics::estimatedCards(document.schema(), positions));
    QCOMPARE(metrics.overlaps, 0);
    for (Id id : ids.mid(12))
        QCOMPARE(document.schema().table(id)->position, schema.table(id)->position);
}

void TestAutoLayout::cardSizeEstimate()
{
    Table table;
    table.name = QStringLiteral("t");
    QCOMPARE(CardSize::estimate(table),
             QSizeF(CardSize::MinimumWidth, CardSize::HeaderHeight + CardSize::RowHeight));
    Column column;
    column.name = QString(30, QLatin1Char('x'));
    column.type = DataType(LogicalType::Varchar, 255); // "varchar(255)": 12 characters
    table.columns = {column, column, column};
    QCOMPARE(CardSize::estimate(table),
             QSizeF((30 + 2 + 12) * CardSize::CharacterWidth + CardSize::HorizontalPadding,
                    CardSize::HeaderHeight + 3 * CardSize::RowHeight));
    column.name = QString(300, QLatin1Char('x'));
    table.columns = {column};
    QCOMPARE(CardSize::estimate(table).width(), CardSize::MaximumWidth);
}

void TestAutoLayout::emptySchema()
{
    Document document;
    QVERIFY(AutoLayout::compute(document.schema()).isEmpty());
    QVERIFY(!applyAutoLayout(&document));
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
