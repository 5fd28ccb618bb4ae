#include "integritycheck.h"
#include "schemabuilder.h"
#include "schemareader.h"
#include "schemawriter.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestSchemaFile : public QObject
{
    Q_OBJECT

private slots:
    void samplesLoadSaveIdenticallyAndPassCheck_data();
    void samplesLoadSaveIdenticallyAndPassCheck();
    void oneFieldChangesOneLine();
    void badInput_data();
    void badInput();
    void binaryAndMissingFiles();
    void saveIsAtomic();
    void extraMembersSurvive();
};

void TestSchemaFile::samplesLoadSaveIdenticallyAndPassCheck_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(JOINERY_SAMPLES_DIR))
                                  .entryList({QStringLiteral("*.joinery")}, QDir::Files);
    QCOMPARE(files.size(), 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QStringLiteral(JOINERY_SAMPLES_DIR "/") + f;
}

void TestSchemaFile::samplesLoadSaveIdenticallyAndPassCheck()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    SchemaReader reader;
    QVERIFY2(reader.read(original), qPrintable(reader.error()));
    QVERIFY(reader.schema().tableCount() >= 2);
    QVERIFY(IntegrityCheck::check(reader.schema()).isEmpty());
    QCOMPARE(SchemaWriter::toJson(reader.schema(), reader.extra()), original);
    for (const Problem &p : Validator::validate(reader.schema()))
        QVERIFY2(p.severity != Severity::Error, qPrintable(p.toLine()));
}

void TestSchemaFile::oneFieldChangesOneLine()
{
    Schema schema = loadSample(QStringLiteral("shop.joinery"));
    const QList<QByteArray> before = SchemaWriter::toJson(schema).split('\n');
    Table users = *schema.tableByName(QStringLiteral("users"));
    users.columns[1].name = QStringLiteral("mail");
    schema.replaceTable(users);
    const QList<QByteArray> after = SchemaWriter::toJson(schema).split('\n');
    QCOMPARE(after.size(), before.size());
    int differing = 0;
    for (int i = 0; i < before.size(); ++i)
        differing += before.at(i) != after.at(i) ? 1 : 0;
    QCOMPARE(differing, 1);
}

void TestSchemaFile::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    const QByteArray valid = SchemaWriter::toJson(loadSample(QStringLiteral("composite-key.joinery")));
    auto replaced = [&](const char *from, const char *to) {
        QByteArray copy = valid;
        const int at = copy.indexOf(from);
        Q_ASSERT(at >= 0);
        return copy.replace(at, int(qstrlen(from)), to);
    };

    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("whitespace") << QByteArray(" \n\t\n") << QStringLiteral("The file is empty.");
    QTest::newRow("invalid json")
        << QByteArray("{\n  \"format\": 1,\n  \"schema\": {\"tables\": [}\n}")
        << QStringLiteral("Invalid JSON at line 3, column 26");
    QTest::newRow("truncated") << valid.left(valid.size() / 2)
                               << QStringLiteral("Invalid JSON at line");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]")
                                   << QStringLiteral("the top level is not a JSON object");
    QTest::newRow("no format") << QByteArray("{\"schema\": {}}")
                               << QStringLiteral("it has no \"format\" version");
    QTest::newRow("format is text") << QByteArray("{\"format\": \"1\", \"schema\": {}}")
                                    << QStringLiteral("\"format\" must be a whole number from 1, not text");
    QTest::newRow("newer format") << QByteArray("{\"format\": 7, \"schema\": {\"tables\": []}}")
                                  << QStringLiteral("written by a newer Joinery (format 7)");
    QTest::newRow("schema missing") << QByteArray("{\"format\": 1}")
                                    << QStringLiteral("\"schema\" must be an object, not nothing");
    QTest::newRow("tables missing") << QByteArray("{\"format\": 1, \"schema\": {}}")
                                    << QStringLiteral("schema: \"tables\" is missing");
    QTest::newRow("table name is a number") << replaced("\"name\": \"tenants\"", "\"name\": 12")
                                            << QStringLiteral("schema › tables[0]: \"name\" must be text, not a number");
    QTest::newRow("column type missing") << replaced("\"type\": \"varchar(40)\",", "")
                                         << QStringLiteral("tables[1] \"products\" › columns[1] \"sku\": \"type\" is missing");
    QTest::newRow("nullable is text") << replaced("\"nullable\": false", "\"nullable\": \"no\"")
                                      << QStringLiteral("\"nullable\" must be true or false, not text");
    QTest::newRow("negative id") << replaced("\"id\": 1,", "\"id\": -1,")
                                 << QStringLiteral("\"id\" must be a whole number from 1, not -1");
    QTest::newRow("fractional id") << replaced("\"id\": 1,", "\"id\": 1.5,")
                                   << QStringLiteral("\"id\" must be a whole number from 1, not 1.5");
    QTest::newRow("duplicate id") << replaced("\"id\": 4,", "\"id\": 1,")
                                  << QStringLiteral("id 1 is already used by schema › tables[0] \"tenants\"");
    QTest::newRow("dangling parent table") << replaced("\"parentTable\": 1", "\"parentTable\": 999")
                                           << QStringLiteral("foreignKeys[0] \"fk_products_tenant\": \"parentTable\" 999 is not the id of a table");
    QTest::newRow("dangling column") << replaced("\"childColumns\": [\n                    5\n                ]", "\"childColumns\": [\n                    77\n                ]")
                                     << QStringLiteral("child column id 77 is not a column of table \"products\"");
    QTest::newRow("unpaired columns") << replaced("\"parentColumns\": [\n                    2\n                ]", "\"parentColumns\": []")
                                      << QStringLiteral("1 child columns but 0 parent columns");
    QTest::newRow("unknown action") << replaced("\"onDelete\": \"cascade\"", "\"onDelete\": \"explode\"")
                                    << QStringLiteral("\"onDelete\" must be one of no-action, restrict, cascade, set-null, set-default, not \"explode\"");
    QTest::newRow("bad colour") << replaced("\"color\": \"#5cb85c\"", "\"color\": \"greenish\"")
                                << QStringLiteral("\"color\" must be a colour such as");
    QTest::newRow("primary key names another table's column")
        << replaced("\"primaryKey\": {\n                    \"columns\": [\n                        2",
                    "\"primaryKey\": {\n                    \"columns\": [\n                        5")
        << QStringLiteral("tables[0] \"tenants\" › primaryKey: column id 5 is not a column of this table");
    QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("deeply nested") << deep << QStringLiteral("Invalid JSON at line 1, column");
    QTest::newRow("not utf-8") << QByteArray("{\"format\": 1, \"schema\": {\"name\": \"\xff\xfe\"}}")
                               << QStringLiteral("it is not UTF-8 text");
}

void TestSchemaFile::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    SchemaReader reader;
    QVERIFY(!reader.read(data));
    QVERIFY2(reader.error().contains(expected),
             qPrintable(QStringLiteral("got: ") + reader.error()));
    QCOMPARE(reader.schema().tableCount(), 0); // never half-loaded
}

void TestSchemaFile::binaryAndMissingFiles()
{
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("image.joinery"));
    QFile f(binary);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    f.close();
    SchemaReader reader;
    QVERIFY(!reader.readFile(binary));
    QCOMPARE(reader.error(), QStringLiteral("image.joinery: This is not a Joinery file: it holds binary data (a zero byte at offset 8)."));

    QVERIFY(!reader.readFile(dir.filePath(QStringLiteral("missing.joinery"))));
    QVERIFY(reader.error().startsWith(QStringLiteral("Cannot open \"")));
    QVERIFY(!reader.readFile(dir.path()));
    QVERIFY(reader.error().contains(QStringLiteral("is a folder")));

    // Too large: refused before reading, with the sizes.
    const QString big = dir.filePath(QStringLiteral("big.joinery"));
    QString error;
    QVERIFY(SchemaWriter::save(loadSample(QStringLiteral("shop.joinery")), big, &error));
    reader.setMaximumFileSize(1000);
    QVERIFY(!reader.readFile(big));
    QVERIFY2(reader.error().endsWith(QStringLiteral("bytes, more than the 1000 bytes a Joinery file may have; it was not read.")),
             qPrintable(reader.error()));

    // A large but valid schema (2,000 tables) loads in full.
    SchemaBuilder builder;
    for (int i = 0; i < 2000; ++i)
        builder.table(QStringLiteral("t%1").arg(i), {QStringLiteral("id bigint pk"), QStringLiteral("v text")});
    SchemaReader large;
    QVERIFY(large.read(SchemaWriter::toJson(builder.schema)));
    QCOMPARE(large.schema().tableCount(), 2000);
}

void TestSchemaFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.joinery"));
    const Schema schema = loadSample(QStringLiteral("shop.joinery"));
    QString error;
    QVERIFY(SchemaWriter::save(schema, path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray first = f.readAll();
    f.close();

    // A save that cannot complete (its folder is gone) reports why and leaves no partial file.
    const QString doomed = dir.filePath(QStringLiteral("gone/shop.joinery"));
    QVERIFY(!SchemaWriter::save(schema, doomed, &error));
    QVERIFY2(error.contains(QStringLiteral("gone/shop.joinery")), qPrintable(error));
    QVERIFY(!QFile::exists(doomed));

    // A disk that fills up in the middle of the save: the write fails, the old file stays.
    // RLIMIT_FSIZE makes writes past 4 KB fail with EFBIG, even for root.
    struct rlimit old;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    Schema changed = schema;
    changed.name = QStringLiteral("other");
    const bool saved = SchemaWriter::save(changed, path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("The previous file is unchanged")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), first);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shop.joinery")});
}

void TestSchemaFile::extraMembersSurvive()
{
    const Schema schema = loadSample(QStringLiteral("cycle.joinery"));
    const QJsonObject extra{{QStringLiteral("sampleData"), QJsonObject{{QStringLiteral("rows"), 3}}}};
    SchemaReader reader;
    QVERIFY(reader.read(SchemaWriter::toJson(schema, extra)));
    QCOMPARE(reader.extra(), extra);
    QVERIFY(reader.schema() == schema);
}

QTEST_GUILESS_MAIN(TestSchemaFile)
#include "tst_schemafile.moc"
