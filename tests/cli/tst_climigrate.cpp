#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `joinery migrate` as a user runs it: exit codes, the refusal of data loss, the rehearsal that
// names an orphan, and the wrangler migrations folder.
class TestCliMigrate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void safeMigrationIsPrinted();
    void dataLossNeedsConfirmation();
    void rehearsalNamesTheOrphan();
    void d1FolderIsNumbered();
    void lineageMatchesById();
    void badInput_data();
    void badInput();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QString write(const QString &name, const QString &text);
    QTemporaryDir m_dir;
};

namespace {

const char *before = "CREATE TABLE p (id INTEGER NOT NULL, name VARCHAR(40), CONSTRAINT pk_p "
                     "PRIMARY KEY (id));\n"
                     "CREATE TABLE c (id INTEGER NOT NULL, pid INTEGER, note VARCHAR(40), "
                     "CONSTRAINT pk_c PRIMARY KEY (id), CONSTRAINT fk_c_p FOREIGN KEY (pid) "
                     "REFERENCES p (id) ON DELETE CASCADE);\n";

} // namespace

void TestCliMigrate::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(JOINERY_BINARY)));
    QVERIFY(m_dir.isValid());
}

TestCliMigrate::Result TestCliMigrate::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JOINERY_BINARY),
                  QStringList{QStringLiteral("migrate")} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("joinery did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliMigrate::write(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the test file");
    file.write(text.toUtf8());
    return path;
}

void TestCliMigrate::safeMigrationIsPrinted()
{
    const QString oldFile = write(QStringLiteral("old.sql"), QString::fromUtf8(before));
    QString after = QString::fromUtf8(before);
    after.replace(QStringLiteral("note VARCHAR(40)"), QStringLiteral("remark VARCHAR(40)"));
    const QString newFile = write(QStringLiteral("new.sql"), after);
    const Result r
        = run({oldFile, newFile, QStringLiteral("--dialect"), QStringLiteral("postgresql"),
               QStringLiteral("--rename"), QStringLiteral("c.note=remark")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("ALTER TABLE c RENAME COLUMN note TO remark;")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("rename column c.note to remark")), qPrintable(r.err));
    // Without the declared rename the same pair is a drop and an add, which loses data.
    const Result undeclared
        = run({oldFile, newFile, QStringLiteral("--dialect"), QStringLiteral("postgresql")});
    QCOMPARE(undeclared.exitCode, 1);
    QVERIFY(undeclared.out.isEmpty());
}

void TestCliMigrate::dataLossNeedsConfirmation()
{
    const QString oldFile = write(QStringLiteral("old.sql"), QString::fromUtf8(before));
    QString after = QString::fromUtf8(before);
    after.replace(QStringLiteral(", note VARCHAR(40)"), QString());
    const QString newFile = write(QStringLiteral("new.sql"), after);
    const QString out = m_dir.filePath(QStringLiteral("drop.sql"));
    const QStringList arguments{oldFile,
                                newFile,
                                QStringLiteral("--dialect"),
                                QStringLiteral("mariadb"),
                                QStringLiteral("-o"),
                                out};
    const Result refused = run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(QStringLiteral("data-loss statement 1: drops the column c.note "
                                                 "and its values.")),
             qPrintable(refused.out));
    QVERIFY(!QFile::exists(out));
    const Result allowed = run(arguments + QStringList{QStringLiteral("--allow-data-loss")});
    QCOMPARE(allowed.exitCode, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(written.readAll())
                .contains(QStringLiteral("ALTER TABLE c DROP COLUMN note;")));
}

void TestCliMigrate::rehearsalNamesTheOrphan()
{
    QString withoutKey = QString::fromUtf8(before);
    withoutKey.replace(QStringLiteral(", CONSTRAINT fk_c_p FOREIGN KEY (pid) REFERENCES p (id) ON "
                                      "DELETE CASCADE"),
                       QString());
    const QString oldFile = write(QStringLiteral("old.sql"), withoutKey);
    const QString newFile = write(QStringLiteral("new.sql"), QString::fromUtf8(before));
    const QString data
        = write(QStringLiteral("data.sql"),
                QStringLiteral("INSERT INTO p VALUES (1, 'a');\nINSERT INTO c VALUES "
                               "(10, 1, 'x');\nINSERT INTO c VALUES (11, 7, 'y');\n"));
    const Result r = run({oldFile, newFile, QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                          QStringLiteral("--rehearse"), data});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("foreign key violation: c row 11 (id=11, pid=7, "
                                           "note=y) has no parent in p")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Without the orphan the rehearsal passes in both shapes and the script is printed.
    const QString clean = write(QStringLiteral("clean.sql"),
                                QStringLiteral("INSERT INTO p VALUES (1, 'a');\nINSERT INTO c "
                                               "VALUES (10, 1, 'x');\n"));
    const Result ok = run({oldFile, newFile, QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                           QStringLiteral("--rehearse"), clean});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.err.count(QStringLiteral("Rehearsal passed")), 2);
}

void TestCliMigrate::d1FolderIsNumbered()
{
    const QString oldFile = write(QStringLiteral("old.sql"), QString::fromUtf8(before));
    QString after = QString::fromUtf8(before);
    after.replace(QStringLiteral("name VARCHAR(40)"),
                  QStringLiteral("name VARCHAR(40), CONSTRAINT ck_name CHECK (length(name) > 0)"));
    const QString newFile = write(QStringLiteral("new.sql"), after);
    const QString folder = m_dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(folder));
    write(QStringLiteral("migrations/0001_init.sql"), QStringLiteral("SELECT 1;\n"));
    write(QStringLiteral("migrations/0007_more.sql"), QStringLiteral("SELECT 1;\n"));
    const Result r = run({oldFile, newFile, QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                          QStringLiteral("--d1"), QStringLiteral("-o"), folder,
                          QStringLiteral("--message"), QStringLiteral("add name check")});
    QCOMPARE(r.exitCode, 0);
    QFile file(QDir(folder).filePath(QStringLiteral("0008_add_name_check.sql")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(r.out + r.err));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("-- Migration number: 0008 ")));
    QVERIFY(text.contains(QStringLiteral("PRAGMA defer_foreign_keys = ON;")));
    QVERIFY(text.contains(QStringLiteral("CREATE TABLE __joinery_bak_c AS SELECT * FROM c;")));
    QVERIFY(!text.contains(QStringLiteral("defer_foreign_keys = OFF")));
    QVERIFY(!text.contains(QStringLiteral("BEGIN")));
}

// Renames every object named `from` to `to` in a .joinery document (ids stay).
static QJsonValue renamed(const QJsonValue &value, const QString &from, const QString &to)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &v : value.toArray())
            array.append(renamed(v, from, to));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("name") && it.value().toString() == from)
            it.value() = to;
        else
            it.value() = renamed(it.value(), from, to);
    }
    return object;
}

void TestCliMigrate::lineageMatchesById()
{
    // Two versions of one document: ids say which object is which, so renames need no
    // declaration and are never a drop and an add.
    const QString script = write(QStringLiteral("old.sql"), QString::fromUtf8(before));
    const QString oldFile = m_dir.filePath(QStringLiteral("v1.joinery"));
    QProcess import;
    import.start(QStringLiteral(JOINERY_BINARY),
                 {QStringLiteral("import"), script, QStringLiteral("--dialect"),
                  QStringLiteral("postgresql"), QStringLiteral("-o"), oldFile});
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);
    QFile in(oldFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonValue document = QJsonDocument::fromJson(in.readAll()).object();
    document = renamed(document, QStringLiteral("p"), QStringLiteral("person"));
    document = renamed(document, QStringLiteral("note"), QStringLiteral("remark"));
    const QString newFile = write(QStringLiteral("v2.joinery"),
                                  QString::fromUtf8(QJsonDocument(document.toObject()).toJson()));
    const Result r
        = run({oldFile, newFile, QStringLiteral("--dialect"), QStringLiteral("mariadb")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("Changes (matched by id):\nrename table p to "
                                             "person\nrename column c.note to remark\n")),
             qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("RENAME TABLE p TO person;")), qPrintable(r.out));
}

void TestCliMigrate::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("one schema") << QStringList{QStringLiteral("a.sql")}
                                << QStringLiteral("give two schemas, OLD and NEW.");
    QTest::newRow("no dialect") << QStringList{QStringLiteral("a.sql"), QStringLiteral("b.sql")}
                                << QStringLiteral("--dialect needs one of");
    QTest::newRow("d1 elsewhere") << QStringList{QStringLiteral("a.sql"), QStringLiteral("b.sql"),
                                                 QStringLiteral("--dialect"),
                                                 QStringLiteral("mysql"), QStringLiteral("--d1")}
                                  << QStringLiteral("--d1 goes with --dialect sqlite.");
    QTest::newRow("missing file") << QStringList{
        QStringLiteral("/nonexistent/a.sql"), QStringLiteral("/nonexistent/b.sql"),
        QStringLiteral("--dialect"),
        QStringLiteral("sqlite")} << QStringLiteral("/nonexistent/a.sql: no such file.");
}

void TestCliMigrate::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
