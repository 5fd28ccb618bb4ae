#include "schemareader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `joinery import` as a user runs it: the real binary, its output, its exit status, and the
// files it leaves behind.
class TestImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();
    void writesALaidOutSchema();
    void nothingWrittenWithoutOutput();
    void passwordInUrlRefused();
    void unwritableOutput();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

int TestImportCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(JOINERY_BINARY),
                  QStringList{QStringLiteral("import")} + arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QString TestImportCommand::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestImportCommand::exitStatus_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("clean script")
        << QByteArray("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                      "INSERT INTO a VALUES (1);\n")
        << QStringList{QStringLiteral("--dialect"), QStringLiteral("sqlite")} << 0
        << QStringLiteral("Imported in.sql as sqlite: 1 table(s), 1 column(s), 0 foreign key(s), "
                          "1 primary key(s), 0 unique constraint(s), 0 index(es).");
    QTest::newRow("statement rejected")
        << QByteArray("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                      "CREATE TABLE b (,);\n")
        << QStringList{QStringLiteral("--dialect"), QStringLiteral("sqlite")} << 1
        << QStringLiteral("Imported in.sql as sqlite: 1 table(s), 1 column(s), 0 foreign key(s), "
                          "1 primary key(s), 0 unique constraint(s), 0 index(es).");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\0\0\0",
                                          7)
                            << QStringList() << 2
                            << QStringLiteral("Could not import in.sql: The file is neither an SQL "
                                              "script nor an SQLite database.");
    QTest::newRow("empty")
        << QByteArray() << QStringList{QStringLiteral("--dialect"), QStringLiteral("sqlite")} << 2
        << QStringLiteral(
               "Could not import in.sql: The file holds no SQL statement Joinery can read.");
    QTest::newRow("unknown dialect")
        << QByteArray("CREATE TABLE a (id int);")
        << QStringList{QStringLiteral("--dialect"), QStringLiteral("oracle")} << 2
        << QStringLiteral("Could not import in.sql: Unknown dialect \"oracle\"; use one of sqlite, "
                          "postgresql, mysql, sqlserver.");
}

void TestImportCommand::exitStatus()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, status);
    QFETCH(QString, firstLine);
    write(QStringLiteral("in.sql"), content);
    QString out, err;
    QCOMPARE(run(QStringList{QStringLiteral("in.sql")} + options, &out, &err), status);
    QCOMPARE((status == 2 ? err : out).section(QLatin1Char('\n'), 0, 0), firstLine);
}

void TestImportCommand::writesALaidOutSchema()
{
    write(QStringLiteral("shop.sql"),
          "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
          "CREATE TABLE orders (id INTEGER PRIMARY KEY,\n"
          "  customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE);\n");
    QString out;
    QCOMPARE(run({QStringLiteral("shop.sql"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                  QStringLiteral("-o"), QStringLiteral("shop.joinery")},
                 &out),
             0);
    QVERIFY(out.endsWith(QLatin1String("Wrote shop.joinery.\n")));
    SchemaReader reader;
    QVERIFY2(reader.readFile(m_dir.filePath(QStringLiteral("shop.joinery"))),
             qPrintable(reader.error()));
    const Schema &schema = reader.schema();
    QCOMPARE(schema.tableCount(), 2);
    QCOMPARE(schema.foreignKeyCount(), 1);
    // Laid out: the parent left of its child, not both at the origin.
    QVERIFY(schema.tableByName(QStringLiteral("customer"))->position.x()
            < schema.tableByName(QStringLiteral("orders"))->position.x());
}

void TestImportCommand::nothingWrittenWithoutOutput()
{
    QTemporaryDir empty;
    const QString script = empty.filePath(QStringLiteral("s.sql"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE a (id INTEGER PRIMARY KEY);");
    file.close();
    QProcess process;
    process.setWorkingDirectory(empty.path());
    process.start(
        QStringLiteral(JOINERY_BINARY),
        {QStringLiteral("import"), script, QStringLiteral("--dialect"), QStringLiteral("sqlite")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QDir(empty.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("s.sql")});
}

void TestImportCommand::passwordInUrlRefused()
{
    QString err;
    QCOMPARE(run({QStringLiteral("postgresql://joe:secret@127.0.0.1:1/db")}, nullptr, &err), 2);
    QVERIFY(err.contains(QLatin1String("do not put the password in the URL")));
}

void TestImportCommand::unwritableOutput()
{
    write(QStringLiteral("ok.sql"), "CREATE TABLE a (id INTEGER PRIMARY KEY);");
    QString out, err;
    QCOMPARE(
        run({QStringLiteral("ok.sql"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
             QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/folder/out.joinery"))},
            &out, &err),
        2);
    QVERIFY2(err.startsWith(QLatin1String("joinery import: ")), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no"))));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
