#include "jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// JsonTree, the reader's fast parser, against QJsonDocument: what it accepts it must read as
// QJsonDocument does (same values, numbers and strings exact, the last of repeated names), and
// what it refuses (bad JSON, and what QJsonDocument accepts beyond the RFC) the reader hands to
// QJsonDocument.
class TestJsonTree : public QObject
{
    Q_OBJECT
private slots:
    void readsAsQJsonDocument_data();
    void readsAsQJsonDocument();
    void refuses_data();
    void refuses();
    void adoptsQtsTree();
    void lookups();
};

void TestJsonTree::readsAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("spaces") << QByteArray(" \r\n\t{ \"a\" : [ 1 , 2 ] , \"b\":{} }\n ");
    QTest::newRow("literals") << QByteArray(R"({"t":true,"f":false,"n":null,"e":[],"o":{}})");
    QTest::newRow("numbers") << QByteArray(
        R"({"a":[0,-0,1,-1,12.5,-0.25,1e3,1E-2,2.5e+2,9007199254740993,-9223372036854775808,)"
        R"(9223372036854775808,123456789012345678901234567890,0.1]})");
    QTest::newRow("escapes") << QByteArray(
        R"({"s":"a\"b\\c\/d\be\ff\ng\rh\ti","u":"\u00e9\u4e2d\ud83d\ude00\u0000x"})");
    QTest::newRow("utf-8") << QByteArray("{\"s\":\"é中😀\",\"é\":1}");
    QTest::newRow("control characters as Qt takes them") << QByteArray("{\"s\":\"a\tb\"}");
    QTest::newRow("repeated names: the last counts")
        << QByteArray(R"({"a":1,"b":{"x":"y","x":"z"},"a":2})");
    QTest::newRow("escaped name") << QByteArray(R"({"na\u006de":"v"})");
    QTest::newRow("nested") << QByteArray(R"({"a":[[[{"b":[{"c":[1,[2,[3]]]}]}]]]})");
}

void TestJsonTree::readsAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    JsonTree tree;
    QVERIFY(tree.parse(json));
    const QJsonValue read = tree.root().toJsonValue();
    QCOMPARE(read, QJsonValue(expected.object()));
    // Doubles as Qt gives them, whole numbers beyond 2^53 included.
    const QJsonValue numbers = expected.object().value(QLatin1String("a"));
    if (numbers.isArray()) {
        for (int i = 0; i < numbers.toArray().size(); ++i) {
            const double number = tree.root().value(QLatin1String("a")).at(i).toDouble(-1);
            QCOMPARE(number, numbers.toArray().at(i).toDouble(-1));
        }
    }
    // Written back byte for byte as Qt writes its own reading.
    QCOMPARE(QJsonDocument(read.toObject()).toJson(), expected.toJson());
}

void TestJsonTree::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("qtAccepts");
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("array at the top") << QByteArray("[1]") << true;
    QTest::newRow("unclosed") << QByteArray(R"({"a":1)") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
    QTest::newRow("garbage after") << QByteArray(R"({"a":1} x)") << false;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
    QTest::newRow("bare minus") << QByteArray(R"({"a":-})") << false;
    QTest::newRow("out of range") << QByteArray(R"({"a":1e999})") << false;
    QTest::newRow("unknown escape") << QByteArray(R"({"a":"\x"})") << true;
    QTest::newRow("unquoted name") << QByteArray(R"({a:1})") << false;
    QTest::newRow("tru") << QByteArray(R"({"a":tru})") << false;
    // Beyond the RFC: Qt's own reading decides.
    QTest::newRow("1.") << QByteArray(R"({"a":1.})") << true;
    QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})") << true;
    QTest::newRow("too deep") << QByteArray(600, '[').prepend("{\"a\":") << false;
}

void TestJsonTree::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, qtAccepts);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error == QJsonParseError::NoError, qtAccepts);
    JsonTree tree;
    QVERIFY(!tree.parse(json));
    QVERIFY(tree.root().isUndefined());
}

void TestJsonTree::adoptsQtsTree()
{
    const QByteArray json(R"({"a":1.,"s":"\ud800x","n":9007199254740993,"o":{"k":[true,null]}})");
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    JsonTree tree;
    tree.adopt(document.object());
    QCOMPARE(tree.root().toJsonValue(), QJsonValue(document.object()));
    QCOMPARE(tree.root().value(QLatin1String("s")).toString(),
             document.object().value(QLatin1String("s")).toString());
    QCOMPARE(tree.root().value(QLatin1String("n")).toJsonValue().toInteger(), 9007199254740993ll);
}

void TestJsonTree::lookups()
{
    JsonTree tree;
    QVERIFY(tree.parse(R"({"a":[1,"x"],"b":{"c":true},"d":3.5})"));
    const JsonNode root = tree.root();
    QVERIFY(root.isObject());
    QCOMPARE(root.memberCount(), 3);
    QCOMPARE(root.keyAt(1), QStringLiteral("b"));
    QVERIFY(root.value(QLatin1String("missing")).isUndefined());
    QVERIFY(!root.contains(QLatin1String("missing")));
    QVERIFY(root.contains(QLatin1String("d")));
    QCOMPARE(root[QLatin1String("a")].size(), 2);
    QCOMPARE(root[QLatin1String("a")].at(1).toString(), QStringLiteral("x"));
    QVERIFY(root[QLatin1String("a")].at(2).isUndefined());
    QCOMPARE(root[QLatin1String("a")].toObject().value(QLatin1String("x")).isUndefined(), true);
    QCOMPARE(root[QLatin1String("b")][QLatin1String("c")].toBool(), true);
    QCOMPARE(root[QLatin1String("d")].toDouble(), 3.5);
    QCOMPARE(root[QLatin1String("d")].toInt(7), 7); // not whole, as QJsonValue::toInt()
    QCOMPARE(root[QLatin1String("a")].at(0).toInt(), 1);
    QCOMPARE(root[QLatin1String("a")].at(1).toDouble(-1), -1.0);
    QCOMPARE(root[QLatin1String("d")].toString(), QString());
    QCOMPARE(root[QLatin1String("b")].size(), 0);
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
