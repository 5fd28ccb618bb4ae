#include "ddl/ddlgenerator.h"
#include "enginesupport.h"
#include "fidelity.h"
#include "import/importedschema.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "import/schemaassembler.h"
#include "import/serverimporter.h"
#include "import/sqliteimporter.h"
#include "schemadump.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The round trip on real schemas: import a corpus file → export it in the same dialect with
// Joinery's generator → run that script on the engine → the engine's catalog equals the
// import (tables, columns, primary keys, foreign keys with columns, parent and actions). With
// tst_importfidelity (import == the engine's catalog of the original file), this closes the
// circle: original catalog == import == catalog of the exported script.
class TestImportRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sqlite_data();
    void sqlite();
    void postgres_data();
    void postgres();
    void mariadb_data();
    void mariadb();

private:
    Schema importCorpus(const QString &file, const QString &dialect, QTemporaryDir *dir);
    // Runs every statement; returns the failures as "statement: error" lines.
    static QStringList runScript(QSqlDatabase &db, const DdlScript &script);
    QString m_corpus;
};

void TestImportRoundTrip::initTestCase()
{
    m_corpus = qEnvironmentVariable("JOINERY_CORPUS_DIR");
    if (m_corpus.isEmpty())
        m_corpus = QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR);
    if (!QDir(m_corpus).exists())
        QSKIP(qPrintable(QStringLiteral("No corpus at %1; set JOINERY_CORPUS_DIR.").arg(m_corpus)));
}

Schema TestImportRoundTrip::importCorpus(const QString &file, const QString &dialect,
                                         QTemporaryDir *dir)
{
    ImportReport report;
    const QString path = preparedCopy(QDir(m_corpus).filePath(file), dir);
    Schema schema = Importer::importSource(path, dialect, &report);
    if (report.isIncomplete())
        qInfo().noquote() << report.toText();
    return schema;
}

QStringList TestImportRoundTrip::runScript(QSqlDatabase &db, const DdlScript &script)
{
    QStringList failures;
    QSqlQuery query(db);
    for (const DdlStatement &statement : script.statements) {
        if (!query.exec(statement.sql))
            failures << statement.sql.left(200) + QStringLiteral(": ") + query.lastError().text();
    }
    return failures;
}

void TestImportRoundTrip::sqlite_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"chinook/sqlite.sql", "northwind/sqlite.sql", "sakila/sqlite.sql",
                             "spring_batch/sqlite.sql", "tpcc/generic.sql"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestImportRoundTrip::sqlite()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const Schema imported = importCorpus(file, QStringLiteral("sqlite"), &dir);
    QVERIFY(imported.tableCount() > 0);
    const DdlScript script = DdlGenerator::create(Dialect::SQLite)->createScript(imported);
    ImportReport report;
    const Schema exported
        = Importer::importScript(script.text(), QStringLiteral("sqlite"), &report);
    QVERIFY2(!report.isIncomplete(), qPrintable(report.toText()));
    JOINERY_COMPARE_LINES(fidelityText(exported, false), fidelityText(imported, false));
}

void TestImportRoundTrip::postgres_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"musicbrainz/postgresql.sql", "sakila/postgresql.sql", "northwind/postgresql.sql",
          "chinook/postgresql.sql", "omop_cdm/postgresql.sql", "quartz/postgresql.sql",
          "ranger/postgresql.sql", "spring_batch/postgresql.sql", "tpcc/postgresql.sql"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestImportRoundTrip::postgres()
{
    QFETCH(QString, file);
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_POSTGRES_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    QTemporaryDir dir;
    const Schema imported = importCorpus(file, QStringLiteral("postgresql"), &dir);
    QVERIFY(imported.tableCount() > 0);
    const DdlScript script = DdlGenerator::create(Dialect::PostgreSQL)->createScript(imported);
    const QString scratch = EngineServer::uniqueDatabaseName(QStringLiteral("roundtrip"));
    QString error;
    QVERIFY2(server.createScratchDatabase(scratch, &error), qPrintable(error));
    Schema exported;
    {
        QSqlDatabase db = server.open(scratch, scratch);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        // What the schema uses but Joinery does not model: MusicBrainz's collation and
        // extensions, created first as its installer does (its enum types and Sakila's domain
        // and enum are the schema's own, in the export).
        query.exec(QStringLiteral(
            "CREATE COLLATION musicbrainz (provider = icu, locale = 'und-u-kf-lower-kn-true')"));
        query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS cube"));
        query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS earthdistance"));
        const QStringList failures = runScript(db, script);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
        ImportedSchema catalog;
        ImportReport report;
        report.dialect = QStringLiteral("postgresql");
        QVERIFY2(ServerImporter::readPostgres(db, &catalog, &report),
                 qPrintable(report.fatalError));
        exported = SchemaAssembler::assemble(catalog, &report);
        db.close();
    }
    QSqlDatabase::removeDatabase(scratch);
    JOINERY_COMPARE_LINES(fidelityText(exported, false), fidelityText(imported, false));
    server.dropScratchDatabase(scratch);
}

void TestImportRoundTrip::mariadb_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"chinook/mysql.sql", "fineract/mysql.sql", "quartz/mysql.sql", "ranger/mysql.sql",
          "sakila/mysql.sql", "spring_batch/mysql.sql", "tpcc/mysql.sql"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestImportRoundTrip::mariadb()
{
    QFETCH(QString, file);
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_MARIADB_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    QTemporaryDir dir;
    const Schema imported = importCorpus(file, QStringLiteral("mysql"), &dir);
    QVERIFY(imported.tableCount() > 0);
    const DdlScript script = DdlGenerator::create(Dialect::MariaDB)->createScript(imported);
    const QString scratch = EngineServer::uniqueDatabaseName(QStringLiteral("roundtrip"));
    QString error;
    QVERIFY2(server.createScratchDatabase(scratch, &error), qPrintable(error));
    Schema exported;
    {
        QSqlDatabase db = server.open(scratch, scratch);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const QStringList failures = runScript(db, script);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
        ImportedSchema catalog;
        ImportReport report;
        report.dialect = QStringLiteral("mysql");
        QVERIFY2(ServerImporter::readMySql(db, scratch, &catalog, &report),
                 qPrintable(report.fatalError));
        exported = SchemaAssembler::assemble(catalog, &report);
        db.close();
    }
    QSqlDatabase::removeDatabase(scratch);
    JOINERY_COMPARE_LINES(fidelityText(exported, true), fidelityText(imported, true));
    server.dropScratchDatabase(scratch);
}

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
