#include "integritycheck.h"
#include "schemabuilder.h"
#include "schemareader.h"
#include "schemawriter.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestSchemaFile : public QObject
{
    Q_OBJECT

private slots:
    void samplesLoadSaveIdenticallyAndPassCheck_data();
    void samplesLoadSaveIdenticallyAndPassCheck();
    void formatOneFilesKeepTheirMeaning_data();
    void formatOneFilesKeepTheirMeaning();
    void everyFieldRoundTrips();
    void defaultsAreLeftOut();
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

void TestSchemaFile::formatOneFilesKeepTheirMeaning_data()
{
    QTest::addColumn<QString>("file");
    const QString dir = QStringLiteral(JOINERY_SOURCE_DIR "/tests/model/format1");
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.joinery")}, QDir::Files);
    QCOMPARE(files.size(), 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

// The bundled samples as format 1 wrote them (every field, "format": 1) read to exactly what the
// same samples saved in format 2 read to.
void TestSchemaFile::formatOneFilesKeepTheirMeaning()
{
    QFETCH(QString, file);
    SchemaReader old;
    QVERIFY2(old.readFile(QStringLiteral(JOINERY_SOURCE_DIR "/tests/model/format1/") + file),
             qPrintable(old.error()));
    SchemaReader current;
    QVERIFY2(current.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/") + file),
             qPrintable(current.error()));
    QVERIFY(old.schema() == current.schema());
    QCOMPARE(old.extra(), current.extra());
    QVERIFY(old.schema().sourceDialect.isEmpty());
}

// Every field format 2 added, set to something other than its default, survives a save and a
// load, and the loaded schema saves to the same bytes.
void TestSchemaFile::everyFieldRoundTrips()
{
    Schema schema;
    schema.name = QStringLiteral("kitchen sink");
    schema.targetDialect = QStringLiteral("postgresql");
    schema.sourceDialect = QStringLiteral("postgresql");
    schema.extensions = {QStringLiteral("postgis"), QStringLiteral("citext")};
    UserType mood;
    mood.id = schema.allocateId();
    mood.name = QStringLiteral("mood");
    mood.schemaName = QStringLiteral("app");
    mood.values = {QStringLiteral("happy"), QStringLiteral("Deleted Scenes"), QStringLiteral("")};
    UserType year;
    year.id = schema.allocateId();
    year.kind = UserType::Kind::Domain;
    year.name = QStringLiteral("year");
    year.baseType = QStringLiteral("integer");
    year.defaultValue = QStringLiteral("2000");
    year.notNull = true;
    year.collation = QStringLiteral("C");
    CheckConstraint range;
    range.name = QStringLiteral("year_check");
    range.expression = QStringLiteral("VALUE >= 1901 AND VALUE <= 2155");
    year.checks << range;
    UserType point;
    point.id = schema.allocateId();
    point.kind = UserType::Kind::Other;
    point.name = QStringLiteral("pair");
    point.definition = QStringLiteral("AS (x integer, y integer)");
    point.comment = QStringLiteral("two numbers");
    schema.userTypes = {mood, year, point};

    Table parent;
    parent.id = schema.allocateId();
    parent.name = QStringLiteral("parent");
    parent.schemaName = QStringLiteral("app");
    Column id;
    id.id = schema.allocateId();
    id.name = QStringLiteral("id");
    id.type = DataType(LogicalType::BigInt);
    id.declaredType = QStringLiteral("bigint");
    id.typeDeclared = true;
    id.nullable = false;
    id.autoIncrement = true;
    id.identity = IdentityGeneration::Always;
    id.identityOptions = QStringLiteral("START WITH 10 INCREMENT BY 5");
    Column code;
    code.id = schema.allocateId();
    code.name = QStringLiteral("code");
    code.type = DataType(LogicalType::Varchar, 20);
    code.declaredType = QStringLiteral("character varying(20)");
    code.typeDeclared = true;
    code.collation = QStringLiteral("C");
    code.defaultValue = QStringLiteral("''::character varying");
    code.comment = QStringLiteral("a code");
    Column twice;
    twice.id = schema.allocateId();
    twice.name = QStringLiteral("twice");
    twice.type = DataType(LogicalType::BigInt);
    twice.generatedExpression = QStringLiteral("id * 2");
    twice.generatedStored = true;
    Column stamp;
    stamp.id = schema.allocateId();
    stamp.name = QStringLiteral("stamp");
    stamp.type = DataType(LogicalType::Timestamp);
    stamp.onUpdateValue = QStringLiteral("CURRENT_TIMESTAMP");
    stamp.identity = IdentityGeneration::ByDefault;
    stamp.isUnsigned = true;
    Column untyped;
    untyped.id = schema.allocateId();
    untyped.name = QStringLiteral("anything");
    untyped.type = DataType::custom(QString());
    untyped.typeDeclared = true; // a SQLite column declared without a type
    parent.columns = {id, code, twice, stamp, untyped};
    parent.primaryKey = {id.id};
    parent.primaryKeyName = QStringLiteral("parent_pkey");
    UniqueConstraint unique(schema.allocateId(), QString(), {code.id});
    unique.deferrability = Deferrability::DeferrableDeferred;
    unique.nullsNotDistinct = true;
    parent.uniqueConstraints << unique;
    TableIndex expression(schema.allocateId(), QString(), {0, code.id}, true);
    IndexPart lower;
    lower.expression = QStringLiteral("lower(code)");
    lower.descending = true;
    lower.nullsOrder = QStringLiteral("LAST");
    IndexPart pattern;
    pattern.operatorClass = QStringLiteral("text_pattern_ops");
    pattern.collation = QStringLiteral("C");
    pattern.prefixLength = 10;
    expression.parts = {lower, pattern};
    expression.method = QStringLiteral("btree");
    expression.kind = QStringLiteral("FULLTEXT");
    expression.predicate = QStringLiteral("code IS NOT NULL");
    expression.includeColumns = {stamp.id};
    expression.options = QStringLiteral("WITH (fillfactor = 70)");
    parent.indexes << expression;
    CheckConstraint positive;
    positive.id = schema.allocateId();
    positive.expression = QStringLiteral("id > 0");
    positive.column = id.id;
    positive.noInherit = true;
    parent.checks << positive;
    Trigger trigger;
    trigger.id = schema.allocateId();
    trigger.name = QStringLiteral("t_touch");
    trigger.sql
        = QStringLiteral("CREATE TRIGGER t_touch AFTER UPDATE ON parent BEGIN SELECT 1; END");
    parent.triggers << trigger;
    parent.options.unlogged = true;
    parent.options.partitionBy = QStringLiteral("RANGE (id)");
    parent.options.storageParameters = QStringLiteral("fillfactor=70");
    parent.options.tablespace = QStringLiteral("fast");
    parent.options.withoutRowid = true;
    parent.options.strict = true;
    parent.options.engine = QStringLiteral("InnoDB");
    parent.options.charset = QStringLiteral("latin1");
    parent.options.collation = QStringLiteral("latin1_bin");
    parent.options.rowFormat = QStringLiteral("DYNAMIC");
    parent.options.autoIncrementStart = QStringLiteral("42");
    parent.options.otherOptions = QStringLiteral("KEY_BLOCK_SIZE=8");
    schema.insertTable(-1, parent);

    Table child;
    child.id = schema.allocateId();
    child.name = QStringLiteral("child");
    Column a;
    a.id = schema.allocateId();
    a.name = QStringLiteral("a");
    a.type = DataType(LogicalType::BigInt);
    Column b;
    b.id = schema.allocateId();
    b.name = QStringLiteral("b");
    b.type = DataType(LogicalType::Varchar, 20);
    child.columns = {a, b};
    child.options.partitionOf = parent.id;
    child.options.partitionBound = QStringLiteral("FOR VALUES FROM (1) TO (100)");
    child.options.inherits = {parent.id};
    schema.insertTable(-1, child);

    ForeignKey key;
    key.id = schema.allocateId();
    key.childTable = child.id;
    key.childColumns = {a.id, b.id};
    key.parentTable = parent.id;
    key.parentColumns = {id.id, code.id};
    key.onDelete = ReferentialAction::SetNull;
    key.deleteSetColumns = {b.id};
    key.match = MatchType::Full;
    schema.insertForeignKey(-1, key);

    Sequence sequence;
    sequence.id = schema.allocateId();
    sequence.name = QStringLiteral("child_seq");
    sequence.schemaName = QStringLiteral("app");
    sequence.dataType = QStringLiteral("integer");
    sequence.start = QStringLiteral("5");
    sequence.increment = QStringLiteral("2");
    sequence.minValue = QStringLiteral("1");
    sequence.maxValue = QStringLiteral("9223372036854775807");
    sequence.cache = QStringLiteral("10");
    sequence.cycle = true;
    sequence.ownedBy = a.id;
    schema.sequences << sequence;
    QVERIFY2(IntegrityCheck::check(schema).isEmpty(),
             qPrintable(IntegrityCheck::check(schema).join(QLatin1Char('\n'))));

    const QByteArray json = SchemaWriter::toJson(schema);
    SchemaReader reader;
    QVERIFY2(reader.read(json), qPrintable(reader.error()));
    QVERIFY(reader.schema() == schema);
    QCOMPARE(SchemaWriter::toJson(reader.schema()), json);
}

void TestSchemaFile::defaultsAreLeftOut()
{
    Schema schema;
    Table table;
    table.id = schema.allocateId();
    table.name = QStringLiteral("t");
    Column column;
    column.id = schema.allocateId();
    column.name = QStringLiteral("c");
    table.columns << column;
    schema.insertTable(-1, table);
    const QByteArray json = SchemaWriter::toJson(schema);
    for (const char *member : {"nullable", "unsigned", "collation", "default", "autoIncrement",
                               "comment", "declaredType", "options", "checks", "indexes"})
        QVERIFY2(!json.contains(QByteArray("\"") + member + '"'), member);
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

    const QByteArray valid
        = SchemaWriter::toJson(loadSample(QStringLiteral("composite-key.joinery")));
    auto replaced = [&](const char *from, const char *to) {
        QByteArray copy = valid;
        const int at = copy.indexOf(from);
        if (at < 0)
            qFatal("the sample no longer contains %s", from);
        return copy.replace(at, int(qstrlen(from)), to);
    };

    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("whitespace") << QByteArray(" \n\t\n") << QStringLiteral("The file is empty.");
    QTest::newRow("invalid json") << QByteArray(
        "{\n  \"format\": 1,\n  \"schema\": {\"tables\": [}\n}")
                                  << QStringLiteral("Invalid JSON at line 3, column 26");
    QTest::newRow("truncated") << valid.left(valid.size() / 2)
                               << QStringLiteral("Invalid JSON at line");
    QTest::newRow("not an object")
        << QByteArray("[1, 2, 3]") << QStringLiteral("the top level is not a JSON object");
    QTest::newRow("no format") << QByteArray("{\"schema\": {}}")
                               << QStringLiteral("it has no \"format\" version");
    QTest::newRow("format is text")
        << QByteArray("{\"format\": \"1\", \"schema\": {}}")
        << QStringLiteral("\"format\" must be a whole number from 1, not text");
    QTest::newRow("newer format") << QByteArray("{\"format\": 7, \"schema\": {\"tables\": []}}")
                                  << QStringLiteral("written by a newer Joinery (format 7)");
    QTest::newRow("schema missing") << QByteArray("{\"format\": 1}")
                                    << QStringLiteral("\"schema\" must be an object, not nothing");
    QTest::newRow("tables missing") << QByteArray("{\"format\": 1, \"schema\": {}}")
                                    << QStringLiteral("schema: \"tables\" is missing");
    QTest::newRow("table name is a number")
        << replaced("\"name\": \"tenants\"", "\"name\": 12")
        << QStringLiteral("schema › tables[0]: \"name\" must be text, not a number");
    QTest::newRow("column type missing")
        << replaced("\"nullable\": false,\n                        \"type\": \"varchar(40)\"",
                    "\"nullable\": false")
        << QStringLiteral("tables[1] \"products\" › columns[1] \"sku\": \"type\" is missing");
    QTest::newRow("nullable is text")
        << replaced("\"nullable\": false", "\"nullable\": \"no\"")
        << QStringLiteral("\"nullable\" must be true or false, not text");
    QTest::newRow("negative id") << replaced("\"id\": 1,", "\"id\": -1,")
                                 << QStringLiteral("\"id\" must be a whole number from 1, not -1");
    QTest::newRow("fractional id")
        << replaced("\"id\": 1,", "\"id\": 1.5,")
        << QStringLiteral("\"id\" must be a whole number from 1, not 1.5");
    QTest::newRow("duplicate id") << replaced("\"id\": 4,", "\"id\": 1,")
                                  << QStringLiteral(
                                         "id 1 is already used by schema › tables[0] \"tenants\"");
    QTest::newRow("dangling parent table")
        << replaced("\"parentTable\": 1", "\"parentTable\": 999")
        << QStringLiteral("foreignKeys[0] \"fk_products_tenant\": \"parentTable\" 999 is not the "
                          "id of a table");
    QTest::newRow("dangling column")
        << replaced("\"childColumns\": [\n                    5\n                ]",
                    "\"childColumns\": [\n                    77\n                ]")
        << QStringLiteral("child column id 77 is not a column of table \"products\"");
    QTest::newRow("unpaired columns") << replaced(
        "\"parentColumns\": [\n                    2\n                ]", "\"parentColumns\": []")
                                      << QStringLiteral("1 child columns but 0 parent columns");
    QTest::newRow("unknown action")
        << replaced("\"onDelete\": \"cascade\"", "\"onDelete\": \"explode\"")
        << QStringLiteral("\"onDelete\" must be one of no-action, restrict, cascade, set-null, "
                          "set-default, not \"explode\"");
    QTest::newRow("bad colour") << replaced("\"color\": \"#5cb85c\"", "\"color\": \"greenish\"")
                                << QStringLiteral("\"color\" must be a colour such as");
    QTest::newRow("primary key names another table's column")
        << replaced(
               "\"primaryKey\": {\n                    \"columns\": [\n                        2",
               "\"primaryKey\": {\n                    \"columns\": [\n                        5")
        << QStringLiteral(
               "tables[0] \"tenants\" › primaryKey: column id 5 is not a column of this table");
    // Format 2's additions.
    QTest::newRow("dangling partition parent")
        << replaced("\"name\": \"tenants\"",
                    "\"name\": \"tenants\", \"options\": {\"partitionOf\": 999}")
        << QStringLiteral("tables[0] \"tenants\" › options: \"partitionOf\" 999 is not the id of "
                          "another table");
    QTest::newRow("partition of itself")
        << replaced("\"name\": \"tenants\"",
                    "\"name\": \"tenants\", \"options\": {\"partitionOf\": 1}")
        << QStringLiteral("\"partitionOf\" 1 is not the id of another table");
    QTest::newRow("bad identity")
        << replaced("\"type\": \"varchar(40)\"",
                    "\"identity\": \"sometimes\", \"type\": \"varchar(40)\"")
        << QStringLiteral(
               "columns[1] \"sku\": \"identity\" must be always or by-default, not \"sometimes\"");
    QTest::newRow("empty type without declaration")
        << replaced("\"type\": \"varchar(40)\"", "\"type\": \"\"")
        << QStringLiteral("columns[1] \"sku\": \"type\" is empty");
    QTest::newRow("declared type is a number")
        << replaced("\"type\": \"varchar(40)\"", "\"declaredType\": 40, \"type\": \"varchar(40)\"")
        << QStringLiteral("\"declaredType\" must be text, not a number");
    QTest::newRow("check without expression")
        << replaced("\"name\": \"tenants\"",
                    "\"name\": \"tenants\", \"checks\": [{\"id\": 900, \"expression\": \" \"}]")
        << QStringLiteral("tables[0] \"tenants\" › checks[0]: \"expression\" is empty");
    QTest::newRow("index expression part without text")
        << replaced("\"name\": \"tenants\"",
                    "\"name\": \"tenants\", \"indexes\": [{\"id\": 900, \"columns\": [0]}]")
        << QStringLiteral(
               "indexes[0]: columns[0] is 0 (an expression) but parts[0] has no expression");
    QTest::newRow("prefix length out of range")
        << replaced("\"name\": \"tenants\"",
                    "\"name\": \"tenants\", \"indexes\": [{\"id\": 900, \"columns\": [2], "
                    "\"parts\": [{\"prefixLength\": -3}]}]")
        << QStringLiteral(
               "parts[0]: \"prefixLength\" must be a whole number from 0 to 65535, not -3");
    QTest::newRow("unknown user type kind")
        << replaced(
               "\"tables\": [",
               "\"userTypes\": [{\"id\": 900, \"name\": \"t\", \"kind\": \"blob\"}], \"tables\": [")
        << QStringLiteral(
               "userTypes[0] \"t\": \"kind\" must be enum, domain or other, not \"blob\"");
    // Found by fuzz_schemafile: a column id far beyond 2^53 was converted to an integer
    // (undefined behaviour) before it was checked.
    QTest::newRow("column id beyond 2^53")
        << replaced("\"primaryKey\": {\n                    \"columns\": [\n                        2",
                    "\"primaryKey\": {\n                    \"columns\": [\n                        "
                    "5.55556e+104")
        << QStringLiteral("primaryKey: \"columns\"[0] must be a column id, not 5.55556e+104");
    QTest::newRow("sequence owned by nothing")
        << replaced(
               "\"tables\": [",
               "\"sequences\": [{\"id\": 900, \"name\": \"s\", \"ownedBy\": 777}], \"tables\": [")
        << QStringLiteral("sequences[0] \"s\": \"ownedBy\" 777 is not the id of a column");
    QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("deeply nested") << deep << QStringLiteral("Invalid JSON at line 1, column");
    QTest::newRow("not utf-8") << QByteArray(
        "{\"format\": 1, \"schema\": {\"name\": \"\xff\xfe\"}}")
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
    QCOMPARE(reader.error(),
             QStringLiteral("image.joinery: This is not a Joinery file: it holds binary data (a "
                            "zero byte at offset 8)."));

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
    QVERIFY2(reader.error().endsWith(QStringLiteral(
                 "bytes, more than the 1000 bytes a Joinery file may have; it was not read.")),
             qPrintable(reader.error()));

    // A large but valid schema (2,000 tables) loads in full.
    SchemaBuilder builder;
    for (int i = 0; i < 2000; ++i)
        builder.table(QStringLiteral("t%1").arg(i),
                      {QStringLiteral("id bigint pk"), QStringLiteral("v text")});
    SchemaReader large;
    QVERIFY(large.read(SchemaWriter::toJson(builder.schema)));
    QCOMPARE(large.schema().tableCount(), 2000);
    // The same from a file: over 2 MB, it is read into its own (huge-page) buffer, and the
    // schema keeps nothing of that buffer once it is freed.
    const QString largeFile = dir.filePath(QStringLiteral("large.joinery"));
    for (Id id : builder.schema.tableIds()) {
        Table table = *builder.schema.table(id);
        table.comment = QString(1200, QLatin1Char('c'));
        builder.schema.replaceTable(table);
    }
    QVERIFY(SchemaWriter::save(builder.schema, largeFile, &error));
    QVERIFY(QFileInfo(largeFile).size() > 2 * 1024 * 1024);
    Schema fromFile;
    {
        SchemaReader fileReader;
        QVERIFY2(fileReader.readFile(largeFile), qPrintable(fileReader.error()));
        fromFile = fileReader.schema();
    }
    QCOMPARE(fromFile.tableCount(), 2000);
    QCOMPARE(fromFile.table(fromFile.tableIds().last())->name, QStringLiteral("t1999"));
    QCOMPARE(SchemaWriter::toJson(fromFile), SchemaWriter::toJson(builder.schema));

#ifdef Q_OS_LINUX
    // A device whose size is not known ends at the limit instead of filling memory or hanging.
    SchemaReader device;
    device.setMaximumFileSize(1000);
    QVERIFY(!device.readFile(QStringLiteral("/dev/zero")));
    QVERIFY2(device.error().endsWith(QStringLiteral(
                 "bytes, more than the 1000 bytes a Joinery file may have; it was not read.")),
             qPrintable(device.error()));
#endif
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
    // RLIMIT_FSIZE makes writes past 4 KB fail with EFBIG, even for root (the file is larger).
    struct rlimit old;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    QVERIFY(first.size() > 8192);
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
    const QJsonObject extra{
        {QStringLiteral("sampleData"), QJsonObject{{QStringLiteral("rows"), 3}}}};
    SchemaReader reader;
    QVERIFY(reader.read(SchemaWriter::toJson(schema, extra)));
    QCOMPARE(reader.extra(), extra);
    QVERIFY(reader.schema() == schema);
}

QTEST_GUILESS_MAIN(TestSchemaFile)
#include "tst_schemafile.moc"
