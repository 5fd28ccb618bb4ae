#include "commands/addsubjectareacommand.h"
#include "commands/editsubjectareacommand.h"
#include "commands/removesubjectareacommand.h"
#include "commands/removetablecommand.h"
#include "document.h"
#include "integritycheck.h"
#include "schemabuilder.h"
#include "schemareader.h"
#include "schemawriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Subject areas in the model: the file (round trip, left out when empty, bad input), the
// integrity check, and the commands with exact undo and redo.
class TestSubjectAreas : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughTheFile();
    void leftOutWhenThereAreNone();
    void badInput_data();
    void badInput();
    void integrityCheckNamesBrokenAreas();
    void addEditRemoveUndoExactly();
    void removingATableLeavesItsAreas();

private:
    static Schema shop(Id *users, Id *orders, Id *products);
    static QByteArray withAreas(const QByteArray &json, const QByteArray &areas);
};

Schema TestSubjectAreas::shop(Id *users, Id *orders, Id *products)
{
    SchemaBuilder b;
    *users = b.table(QStringLiteral("users"), {QStringLiteral("id integer pk")});
    *orders = b.table(QStringLiteral("orders"),
                      {QStringLiteral("id integer pk"), QStringLiteral("user_id integer")});
    *products = b.table(QStringLiteral("products"), {QStringLiteral("id integer pk")});
    b.key(QStringLiteral("fk_orders_user"), QStringLiteral("orders"), {QStringLiteral("user_id")},
          QStringLiteral("users"), {QStringLiteral("id")}, ReferentialAction::Cascade);
    return b.schema;
}

// Puts `areas` (JSON text of an array) into the schema object of `json`.
QByteArray TestSubjectAreas::withAreas(const QByteArray &json, const QByteArray &areas)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject schema = root.value(QLatin1String("schema")).toObject();
    schema.insert(QStringLiteral("subjectAreas"), QJsonDocument::fromJson(areas).array());
    root.insert(QStringLiteral("schema"), schema);
    return QJsonDocument(root).toJson();
}

void TestSubjectAreas::roundTripsThroughTheFile()
{
    Id users, orders, products;
    Schema schema = shop(&users, &orders, &products);
    SubjectArea sales;
    sales.id = schema.allocateId();
    sales.name = QStringLiteral("Sales");
    sales.color = QColor(QStringLiteral("#e0a030"));
    sales.tables = {orders, users}; // the user's order, not the document's
    SubjectArea empty;
    empty.id = schema.allocateId();
    empty.name = QStringLiteral("Later");
    schema.subjectAreas = {sales, empty};

    const QByteArray json = SchemaWriter::toJson(schema);
    QVERIFY(json.contains("\"subjectAreas\""));
    SchemaReader reader;
    QVERIFY2(reader.read(json), qPrintable(reader.error()));
    QVERIFY(reader.schema() == schema);
    QCOMPARE(reader.schema().subjectAreas.at(0).tables, (QVector<Id>{orders, users}));
    QVERIFY(!reader.schema().subjectAreas.at(1).color.isValid());
    QCOMPARE(SchemaWriter::toJson(reader.schema()), json);
    // The id counter passes the areas' ids: the next object gets a fresh one.
    QVERIFY(Schema(reader.schema()).allocateId() > empty.id);

    // Optional fields are left out: no colour, no tables.
    const QJsonArray areas = QJsonDocument::fromJson(json)
                                 .object()
                                 .value(QLatin1String("schema"))
                                 .toObject()
                                 .value(QLatin1String("subjectAreas"))
                                 .toArray();
    QCOMPARE(areas.size(), 2);
    QCOMPARE(areas.at(1).toObject().keys(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    QCOMPARE(areas.at(0).toObject().value(QLatin1String("color")).toString(),
             QStringLiteral("#e0a030"));
}

void TestSubjectAreas::leftOutWhenThereAreNone()
{
    Id users, orders, products;
    const Schema schema = shop(&users, &orders, &products);
    const QByteArray json = SchemaWriter::toJson(schema);
    QVERIFY(!json.contains("subjectAreas"));
    // A file written before subject areas existed reads with none.
    SchemaReader reader;
    QVERIFY2(reader.read(json), qPrintable(reader.error()));
    QVERIFY(reader.schema().subjectAreas.isEmpty());
    QVERIFY(reader.schema() == schema);
}

void TestSubjectAreas::badInput_data()
{
    QTest::addColumn<QByteArray>("areas");
    QTest::addColumn<QString>("expected");
    // In shop(), table "users" has id 1 and its column "id" has id 2 (checked in badInput()).
    QTest::newRow("not an array element object")
        << QByteArray("[42]")
        << QStringLiteral(
               "schema › subjectAreas[0]: expected a subject area object, found a number");
    QTest::newRow("no id") << QByteArray("[{\"name\": \"A\"}]")
                           << QStringLiteral("subjectAreas[0]");
    QTest::newRow("no name") << QByteArray("[{\"id\": 900}]")
                             << QStringLiteral("subjectAreas[0]: \"name\"");
    QTest::newRow("blank name") << QByteArray("[{\"id\": 900, \"name\": \"  \"}]")
                                << QStringLiteral("subjectAreas[0] \"  \": \"name\" is empty");
    QTest::newRow("bad colour")
        << QByteArray("[{\"id\": 900, \"name\": \"Sales\", \"color\": \"purplish\"}]")
        << QStringLiteral("subjectAreas[0] \"Sales\": \"color\" must be a colour such as "
                          "\"#4a90d9\", not \"purplish\"");
    QTest::newRow("unknown table")
        << QByteArray("[{\"id\": 900, \"name\": \"Sales\", \"tables\": [1, 777]}]")
        << QStringLiteral(
               "subjectAreas[0] \"Sales\": \"tables\"[1] is 777, which is not the id of a table");
    QTest::newRow("a column is not a table")
        << QByteArray("[{\"id\": 900, \"name\": \"Sales\", \"tables\": [2]}]")
        << QStringLiteral("\"tables\"[0] is 2, which is not the id of a table");
    QTest::newRow("table twice")
        << QByteArray("[{\"id\": 900, \"name\": \"Sales\", \"tables\": [1, 1]}]")
        << QStringLiteral("subjectAreas[0] \"Sales\": \"tables\"[1] names table \"users\" a "
                          "second time");
    QTest::newRow("table id is text")
        << QByteArray("[{\"id\": 900, \"name\": \"Sales\", \"tables\": [\"users\"]}]")
        << QStringLiteral("\"tables\"[0] must be a table id, not text");
    QTest::newRow("tables is not an array")
        << QByteArray("[{\"id\": 900, \"name\": \"Sales\", \"tables\": 1}]")
        << QStringLiteral("subjectAreas[0] \"Sales\": \"tables\"");
    QTest::newRow("id of a table")
        << QByteArray("[{\"id\": 1, \"name\": \"Sales\"}]")
        << QStringLiteral("subjectAreas[0] \"Sales\": id 1 is already used by");
    QTest::newRow("two areas, one id")
        << QByteArray("[{\"id\": 900, \"name\": \"A\"}, {\"id\": 900, \"name\": \"B\"}]")
        << QStringLiteral("subjectAreas[1] \"B\": id 900 is already used by schema › "
                          "subjectAreas[0] \"A\"");
}

void TestSubjectAreas::badInput()
{
    QFETCH(QByteArray, areas);
    QFETCH(QString, expected);
    Id users, orders, products;
    const Schema schema = shop(&users, &orders, &products);
    QCOMPARE(users, Id(1));
    QVERIFY(schema.column(2));
    const QByteArray json = withAreas(SchemaWriter::toJson(schema), areas);
    SchemaReader reader;
    QVERIFY(!reader.read(json));
    QVERIFY2(reader.error().contains(expected),
             qPrintable(QStringLiteral("got: ") + reader.error()));
    QCOMPARE(reader.schema().tableCount(), 0); // never half-loaded
}

void TestSubjectAreas::integrityCheckNamesBrokenAreas()
{
    Id users, orders, products;
    Schema schema = shop(&users, &orders, &products);
    SubjectArea area;
    area.id = schema.allocateId();
    area.name = QStringLiteral("Sales");
    area.tables = {users, 999, users};
    schema.subjectAreas << area;
    SubjectArea clash;
    clash.id = orders;
    clash.name = QStringLiteral("Clash");
    schema.subjectAreas << clash;
    const QStringList errors = IntegrityCheck::check(schema);
    QVERIFY2(errors.contains(QStringLiteral("subject area \"Sales\" names missing table 999")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(
        errors.contains(QStringLiteral("subject area \"Sales\" names table %1 twice").arg(users)));
    QVERIFY(errors.contains(QStringLiteral("subject area \"Clash\" reuses id %1").arg(orders)));
}

void TestSubjectAreas::addEditRemoveUndoExactly()
{
    Id users, orders, products;
    Document document;
    document.resetSchema(shop(&users, &orders, &products));
    const QByteArray start = SchemaWriter::toJson(document.schema());
    QUndoStack *stack = document.undoStack();
    int signals_ = 0;
    connect(&document, &Document::subjectAreasChanged, this, [&] { ++signals_; });

    SubjectArea sales;
    sales.name = QStringLiteral("Sales");
    sales.color = QColor(Qt::red);
    sales.tables = {users, orders};
    auto add = new AddSubjectAreaCommand(&document, sales);
    const Id salesId = add->areaId();
    stack->push(add);
    QCOMPARE(signals_, 1);
    QCOMPARE(document.schema().subjectAreas.size(), 1);
    QCOMPARE(document.schema().subjectArea(salesId)->tables, (QVector<Id>{users, orders}));
    QVERIFY(IntegrityCheck::check(document.schema()).isEmpty());
    const QByteArray added = SchemaWriter::toJson(document.schema());

    SubjectArea other;
    other.name = QStringLiteral("Catalogue");
    other.tables = {products};
    auto addOther = new AddSubjectAreaCommand(&document, other);
    const Id otherId = addOther->areaId();
    stack->push(addOther);

    SubjectArea renamed = *document.schema().subjectArea(salesId);
    renamed.name = QStringLiteral("Orders & customers");
    renamed.color = QColor(Qt::blue);
    renamed.tables = {orders};
    auto edit = new EditSubjectAreaCommand(&document, renamed);
    QVERIFY(edit->changesSomething());
    stack->push(edit);
    QCOMPARE(*document.schema().subjectArea(salesId), renamed);
    QCOMPARE(stack->count(), 3);

    // Removing the first area and undoing puts it back first, not last.
    stack->push(new RemoveSubjectAreaCommand(&document, salesId));
    QVERIFY(!document.schema().subjectArea(salesId));
    const QByteArray removed = SchemaWriter::toJson(document.schema());
    stack->undo();
    QCOMPARE(document.schema().subjectAreas.at(0), renamed);
    QCOMPARE(document.schema().subjectAreas.at(1).id, otherId);
    stack->redo();
    QCOMPARE(SchemaWriter::toJson(document.schema()), removed);

    stack->undo();
    stack->undo(); // the edit
    stack->undo(); // the second area
    QCOMPARE(SchemaWriter::toJson(document.schema()), added);
    stack->undo();
    QCOMPARE(SchemaWriter::toJson(document.schema()), start);
    // Redo gives the same ids back.
    stack->redo();
    stack->redo();
    QCOMPARE(document.schema().subjectAreas.at(0).id, salesId);
    QCOMPARE(document.schema().subjectAreas.at(1).id, otherId);
    QVERIFY(IntegrityCheck::check(document.schema()).isEmpty());
}

void TestSubjectAreas::removingATableLeavesItsAreas()
{
    Id users, orders, products;
    Document document;
    document.resetSchema(shop(&users, &orders, &products));
    QUndoStack *stack = document.undoStack();
    SubjectArea sales;
    sales.name = QStringLiteral("Sales");
    sales.tables = {products, users, orders};
    stack->push(new AddSubjectAreaCommand(&document, sales));
    SubjectArea people;
    people.name = QStringLiteral("People");
    people.tables = {users};
    stack->push(new AddSubjectAreaCommand(&document, people));
    const QByteArray before = SchemaWriter::toJson(document.schema());

    stack->push(new RemoveTableCommand(&document, {users}));
    QCOMPARE(stack->count(), 3); // one step
    QVERIFY(IntegrityCheck::check(document.schema()).isEmpty());
    QCOMPARE(document.schema().subjectAreas.at(0).tables, (QVector<Id>{products, orders}));
    QVERIFY(document.schema().subjectAreas.at(1).tables.isEmpty()); // the area stays
    const QByteArray after = SchemaWriter::toJson(document.schema());

    stack->undo();
    QCOMPARE(SchemaWriter::toJson(document.schema()), before); // member order included
    stack->redo();
    QCOMPARE(SchemaWriter::toJson(document.schema()), after);
    SchemaReader reader;
    QVERIFY2(reader.read(after), qPrintable(reader.error()));
}

QTEST_GUILESS_MAIN(TestSubjectAreas)
#include "tst_subjectareas.moc"
