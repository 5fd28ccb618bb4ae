#include "import/importer.h"
#include "import/importreport.h"
#include "import/sqliteimporter.h"
#include "integritycheck.h"
#include "schemawriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Both SQLite sources against one schema that uses every feature the catalog reader handles:
// composite and single-column keys, a key without parent columns, a self reference, all the
// actions, deferrability, named and unnamed constraints, plain, unique and expression indexes,
// a view.
static const char featureScript[] = R"sql(
CREATE TABLE parent (
    a INTEGER NOT NULL,
    b TEXT NOT NULL,
    code VARCHAR(10) CONSTRAINT uq_code UNIQUE,
    CONSTRAINT pk_parent PRIMARY KEY (a, b)
);
CREATE TABLE "child table" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pa INTEGER,
    pb TEXT,
    code VARCHAR(10) REFERENCES parent (code) ON DELETE SET NULL,
    self INTEGER CONSTRAINT fk_self REFERENCES "child table" DEFERRABLE INITIALLY DEFERRED,
    note TEXT DEFAULT 'x',
    CONSTRAINT fk_child_parent FOREIGN KEY (pa, pb) REFERENCES parent (a, b)
        ON DELETE CASCADE ON UPDATE RESTRICT
);
CREATE INDEX ix_child_note ON "child table" (note);
CREATE UNIQUE INDEX ux_child ON "child table" (pa, note);
CREATE INDEX ix_expr ON "child table" (lower(note));
CREATE VIEW v AS SELECT * FROM "child table";
INSERT INTO parent VALUES (1, 'one', 'c1');
)sql";

class TestSqliteImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void databaseFile();
    void fileIsNeverWritten();
    void scriptEqualsFile();
    void reportText();
    void notADatabase();
    void missingFile();
    void rejectedStatementsAreReported();
    void truncatedScriptKeepsWhatCameBefore();
    void keyToMissingTableIsReported();

private:
    void checkFeatureSchema(const Schema &schema, const ImportReport &report);
    QTemporaryDir m_dir;
    QString m_database;
};

void TestSqliteImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("features.db"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : QString::fromUtf8(featureScript).split(QLatin1Char(';'))) {
            if (!statement.trimmed().isEmpty())
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
}

void TestSqliteImporter::checkFeatureSchema(const Schema &schema, const ImportReport &report)
{
    QVERIFY2(!report.isFatal(), qPrintable(report.fatalError));
    QVERIFY2(IntegrityCheck::check(schema).isEmpty(),
             qPrintable(IntegrityCheck::check(schema).join(QLatin1Char('\n'))));
    QStringList names;
    for (Id id : schema.tableIds())
        names << schema.table(id)->name;
    QCOMPARE(names, (QStringList{QStringLiteral("parent"), QStringLiteral("child table")}));
    const Table *parent = schema.tableByName(QStringLiteral("parent"));
    const Table *child = schema.tableByName(QStringLiteral("child table"));
    QVERIFY(parent && child);
    QCOMPARE(parent->primaryKeyName, QStringLiteral("pk_parent"));
    QCOMPARE(parent->primaryKey.size(), 2);
    QCOMPARE(schema.column(parent->primaryKey.at(0))->name, QStringLiteral("a"));
    QCOMPARE(schema.column(parent->primaryKey.at(1))->name, QStringLiteral("b"));
    QCOMPARE(parent->columns.at(2).type.toString(), QStringLiteral("varchar(10)"));
    QCOMPARE(parent->columns.at(0).nullable, false);
    QCOMPARE(parent->uniqueConstraints.size(), 1);
    QCOMPARE(parent->uniqueConstraints.at(0).name, QStringLiteral("uq_code"));

    QCOMPARE(child->columns.size(), 6);
    QVERIFY(child->columns.at(0).autoIncrement);
    QCOMPARE(child->columns.at(5).defaultValue, QStringLiteral("'x'"));
    QStringList indexes;
    for (const TableIndex &index : child->indexes)
        indexes << index.name + (index.unique ? QStringLiteral(" unique") : QString());
    QCOMPARE(indexes,
             (QStringList{QStringLiteral("ix_child_note"), QStringLiteral("ux_child unique")}));

    QCOMPARE(schema.foreignKeyCount(), 3);
    QStringList keys;
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(id);
        QStringList child, parentColumns;
        for (Id c : key->childColumns)
            child << schema.column(c)->name;
        for (Id c : key->parentColumns)
            parentColumns << schema.column(c)->name;
        keys << QStringLiteral("%1 %2(%3)->%4(%5) %6/%7 %8")
                    .arg(key->name, schema.table(key->childTable)->name, child.join(','),
                         schema.table(key->parentTable)->name, parentColumns.join(','),
                         ActionNames::fileName(key->onDelete), ActionNames::fileName(key->onUpdate),
                         ActionNames::fileName(key->deferrability));
    }
    keys.sort();
    QCOMPARE(keys.join(QLatin1Char('\n')),
             QStringLiteral(
                 " child table(code)->parent(code) set-null/no-action not-deferrable\n"
                 "fk_child_parent child table(pa,pb)->parent(a,b) cascade/restrict not-deferrable\n"
                 "fk_self child table(self)->child table(id) no-action/no-action "
                 "deferrable-initially-deferred"));
    QCOMPARE(report.tables, 2);
    QCOMPARE(report.foreignKeys, 3);
    QCOMPARE(report.indexes, 2);
    // The expression index is noted, not silently dropped.
    QCOMPARE(report.count(ImportReport::Severity::Skipped), 1);
    QVERIFY(report.notes.at(0).message.contains(QLatin1String("ix_expr")));
    QVERIFY(!report.isIncomplete());
}

void TestSqliteImporter::databaseFile()
{
    ImportReport report;
    const Schema schema = Importer::importSource(m_database, QString(), &report);
    checkFeatureSchema(schema, report);
    QCOMPARE(report.dialect, QStringLiteral("sqlite"));
    QCOMPARE(schema.name, QStringLiteral("features"));
    QCOMPARE(report.skippedStatements,
             (QVector<QPair<QString, int>>{{QStringLiteral("CREATE VIEW"), 1}}));
}

void TestSqliteImporter::fileIsNeverWritten()
{
    // A read-only file imports (the open asks for nothing more), and its bytes and time stamp
    // stay as they were; no journal or WAL file appears beside it.
    QFile file(m_database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    const QDateTime modified = QFileInfo(m_database).lastModified();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    ImportReport report;
    const Schema schema = Importer::importSource(m_database, QStringLiteral("postgresql"), &report);
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    checkFeatureSchema(schema, report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    QCOMPARE(QFileInfo(m_database).lastModified(), modified);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("features.db")});
}

void TestSqliteImporter::scriptEqualsFile()
{
    ImportReport fileReport;
    Schema fromFile = SqliteImporter::importFile(m_database, &fileReport);
    ImportReport scriptReport;
    Schema fromScript = Importer::importScript(QString::fromUtf8(featureScript),
                                               QStringLiteral("sqlite"), &scriptReport);
    checkFeatureSchema(fromScript, scriptReport);
    QCOMPARE(scriptReport.skippedStatements,
             (QVector<QPair<QString, int>>{{QStringLiteral("CREATE VIEW"), 1},
                                           {QStringLiteral("INSERT"), 1}}));
    fromFile.name = fromScript.name;
    QCOMPARE(SchemaWriter::toJson(fromScript), SchemaWriter::toJson(fromFile));
}

void TestSqliteImporter::reportText()
{
    ImportReport report;
    Importer::importScript(QString::fromUtf8(featureScript), QStringLiteral("sqlite"), &report);
    report.source = QStringLiteral("features.sql");
    QCOMPARE(report.toText(),
             QStringLiteral("Imported features.sql as sqlite: 2 table(s), 9 column(s), 3 foreign "
                            "key(s), 2 primary key(s), 1 unique constraint(s), 2 index(es).\n"
                            "Not modelled, skipped: CREATE VIEW × 1, INSERT × 1.\n"
                            "skipped: Index ix_expr on \"child table\" is on an expression, not "
                            "only on columns; Joinery does not model such indexes.\n"));
}

void TestSqliteImporter::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("picture.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    ImportReport report;
    const Schema schema = Importer::importSource(path, QString(), &report);
    QVERIFY(report.isFatal());
    QCOMPARE(report.fatalError,
             QStringLiteral("The file is neither an SQL script nor an SQLite database."));
    QCOMPARE(schema.tableCount(), 0);

    // Text, but no SQL in it.
    const QString prose = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile text(prose);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Dear diary, today I designed a schema.\n");
    text.close();
    ImportReport proseReport;
    Importer::importSource(prose, QStringLiteral("sqlite"), &proseReport);
    QVERIFY(proseReport.isFatal() || proseReport.isIncomplete());
    QCOMPARE(proseReport.tables, 0);
}

void TestSqliteImporter::missingFile()
{
    ImportReport report;
    Importer::importSource(m_dir.filePath(QStringLiteral("nope.db")), QString(), &report);
    QVERIFY(report.isFatal());
    QVERIFY(report.fatalError.contains(QLatin1String("nope.db")));
}

void TestSqliteImporter::rejectedStatementsAreReported()
{
    const QString script = QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                                          "CREATE TABLE b (id INTEGER PRIMARY KEY,\n"
                                          "  a_id INTEGER REFERENCES a);\n"
                                          "  CREATE TABLE broken (id INTEGER PRIMARY KEY,);\n"
                                          "CREATE INDEX ix ON nowhere (x);\n");
    ImportReport report;
    const Schema schema = Importer::importScript(script, QStringLiteral("sqlite"), &report);
    QCOMPARE(schema.tableCount(), 2);
    QCOMPARE(schema.foreignKeyCount(), 1);
    QCOMPARE(report.count(ImportReport::Severity::Error), 2);
    QCOMPARE(report.notes.at(0).line, 4);
    QCOMPARE(report.notes.at(0).column, 3);
    QVERIFY2(report.notes.at(0).message.contains(QLatin1String("syntax error")),
             qPrintable(report.notes.at(0).message));
    QCOMPARE(report.notes.at(1).line, 5);
    QVERIFY(report.notes.at(1).message.contains(QLatin1String("nowhere")));
    QVERIFY(report.isIncomplete());
}

void TestSqliteImporter::truncatedScriptKeepsWhatCameBefore()
{
    const QString script = QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
                                          "INSERT INTO a VALUES (1);\n"
                                          "INSERT INTO a VALUES ('unfinished");
    ImportReport report;
    const Schema schema = Importer::importScript(script, QStringLiteral("sqlite"), &report);
    QCOMPARE(schema.tableCount(), 1);
    QCOMPARE(report.count(ImportReport::Severity::Error), 1);
    QCOMPARE(report.notes.at(0).line, 3);
    QCOMPARE(report.notes.at(0).column, 23);
    QVERIFY(report.notes.at(0).message.startsWith(QLatin1String("The string is not closed.")));
}

void TestSqliteImporter::keyToMissingTableIsReported()
{
    // SQLite accepts a key to a table that does not exist (it checks only at run time);
    // the import leaves that key out and says so.
    const QString script
        = QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY,\n"
                         "  ghost_id INTEGER CONSTRAINT fk_ghost REFERENCES ghost (id));");
    ImportReport report;
    const Schema schema = Importer::importScript(script, QStringLiteral("sqlite"), &report);
    QCOMPARE(schema.tableCount(), 1);
    QCOMPARE(schema.foreignKeyCount(), 0);
    QCOMPARE(report.notes.size(), 1);
    QCOMPARE(report.notes.at(0).message,
             QStringLiteral("Foreign key \"fk_ghost\" is left out: there is no table \"ghost\"."));
    QVERIFY(report.isIncomplete());
}

QTEST_GUILESS_MAIN(TestSqliteImporter)
#include "tst_sqliteimporter.moc"
