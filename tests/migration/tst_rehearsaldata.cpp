#include "import/importer.h"
#include "import/importreport.h"
#include "migration/migrationrehearsal.h"
#include "migration/migrationwriter.h"
#include "migration/rehearsaldata.h"
#include "migration/wranglerfolder.h"
#include "simulator/sampledata.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// What the Migration dock rehearses on: the document's sample data taken back to the old
// shape, the rows of a SQLite file read from a copy; a rehearsal stopped by its cancel flag;
// the wrangler folder's numbering.
class TestRehearsalData : public QObject
{
    Q_OBJECT

private slots:
    void newShapeRowsGoBackToTheOldShape();
    void oldShapeRowsAreWrittenAsTheyAre();
    void sqliteFileRowsAreReadFromACopy();
    void cancelledRehearsalSaysSo();
    void wranglerFolderNumbersAfterTheLastFile();

private:
    SchemaDiff renamedDiff() const;
};

namespace {

Schema imported(const QString &sql)
{
    ImportReport report;
    return Importer::importScript(sql, QStringLiteral("sqlite"), &report);
}

const char *oldSql = "CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY, nick TEXT, gone TEXT);";
const char *newSql = "CREATE TABLE q (id INTEGER NOT NULL PRIMARY KEY, name TEXT, extra TEXT);";

SampleTable rowsOf(const Table &table, const QVector<QVector<QVariant>> &rows)
{
    SampleTable t;
    for (const Column &column : table.columns)
        t.columns << column.id;
    t.rows = rows;
    return t;
}

} // namespace

SchemaDiff TestRehearsalData::renamedDiff() const
{
    const Schema a = imported(QString::fromLatin1(oldSql));
    const Schema b = imported(QString::fromLatin1(newSql));
    SchemaMatch match;
    QString error;
    match.compute(a, b, SchemaMatch::Mode::ByName,
                  {QStringLiteral("p=q"), QStringLiteral("p.nick=name")}, &error);
    return SchemaDiff(a, b, match);
}

void TestRehearsalData::newShapeRowsGoBackToTheOldShape()
{
    const SchemaDiff diff = renamedDiff();
    const Table &q = *diff.newSchema().tableByName(QStringLiteral("q"));
    SampleData data;
    data.tables.insert(q.id, rowsOf(q, {{1, QStringLiteral("Ada"), QStringLiteral("x")}}));
    const QString text = QString::fromUtf8(RehearsalData::fromSampleData(diff, data, true));
    // Under the old names; "extra" is not in the old table, "gone" has no value.
    QVERIFY2(text.contains(QStringLiteral("INSERT INTO \"p\" (\"id\", \"nick\") VALUES (1, 'Ada');")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("extra")));
}

void TestRehearsalData::oldShapeRowsAreWrittenAsTheyAre()
{
    const SchemaDiff diff = renamedDiff();
    const Table &p = *diff.oldSchema().tableByName(QStringLiteral("p"));
    SampleData data;
    data.tables.insert(p.id, rowsOf(p, {{1, QStringLiteral("Ada"), QStringLiteral("old")}}));
    const QString text = QString::fromUtf8(RehearsalData::fromSampleData(diff, data, false));
    QVERIFY2(text.contains(QStringLiteral(
                 "INSERT INTO \"p\" (\"id\", \"nick\", \"gone\") VALUES (1, 'Ada', 'old');")),
             qPrintable(text));
}

void TestRehearsalData::sqliteFileRowsAreReadFromACopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, nick TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO p VALUES (1, 'Ada'), (2, NULL)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const SchemaDiff diff = renamedDiff();
    QByteArray sql;
    QString error;
    QVERIFY2(RehearsalData::fromSqliteFile(path, diff.oldSchema(), &sql, &error),
             qPrintable(error));
    // The file lacks "gone": left out. The rows load into the old schema and migrate.
    QCOMPARE(QString::fromUtf8(sql).count(QStringLiteral("INSERT INTO \"p\" (\"id\", \"nick\")")),
             2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    const MigrationScript script = MigrationWriter::write(diff, Dialect::SQLite);
    const MigrationRehearsal::Result result
        = MigrationRehearsal::run(diff, script, sql, QStringLiteral("old.sqlite"));
    QVERIFY2(result.ok, qPrintable(result.toText()));
    QCOMPARE(result.tables.size(), 1);
    QCOMPARE(result.tables.first().before, 2);
    QCOMPARE(result.tables.first().after, 2);

    QVERIFY(!RehearsalData::fromSqliteFile(dir.filePath(QStringLiteral("none.sqlite")),
                                           diff.oldSchema(), &sql, &error));
    QCOMPARE(error, QStringLiteral("%1: cannot make a copy to read.")
                        .arg(dir.filePath(QStringLiteral("none.sqlite"))));
}

void TestRehearsalData::cancelledRehearsalSaysSo()
{
    const SchemaDiff diff = renamedDiff();
    const MigrationScript script = MigrationWriter::write(diff, Dialect::SQLite);
    QByteArray data;
    for (int i = 1; i <= 2000; ++i)
        data += "INSERT INTO p (id, nick) VALUES (" + QByteArray::number(i) + ", 'n');\n";
    std::atomic_bool cancel{true};
    const MigrationRehearsal::Result result
        = MigrationRehearsal::run(diff, script, data, QStringLiteral("data.sql"), &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!result.badInput);
    QCOMPARE(result.failure, QStringLiteral("Cancelled."));
}

void TestRehearsalData::wranglerFolderNumbersAfterTheLastFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("migrations"));
    QCOMPARE(WranglerFolder::nextFile(folder, QStringLiteral("first")),
             QStringLiteral("0001_first.sql"));
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : {"0001_a.sql", "0007_b.sql", "notes.sql", "0009_c.txt"}) {
        QFile f(QDir(folder).filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(WranglerFolder::nextFile(folder, QStringLiteral(" add  orders! ")),
             QStringLiteral("0008_add_orders.sql"));
    QString path;
    QString error;
    QVERIFY(WranglerFolder::write(folder, QString(), QStringLiteral("SELECT 1;\n"), &path, &error));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("0008_migration.sql"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral("-- Migration number: 0008 ")));
    QVERIFY(text.endsWith(QStringLiteral("\nSELECT 1;\n")));
}

QTEST_APPLESS_MAIN(TestRehearsalData)
#include "tst_rehearsaldata.moc"
