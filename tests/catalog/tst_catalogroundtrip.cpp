#include "ddl/ddlgenerator.h"
#include "ddl/dialectchecker.h"
#include "enginecatalog.h"
#include "enginesupport.h"
#include "fidelity.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The promise of an import, held against the engine's own catalog: a corpus file loaded on its
// engine, and Joinery's export of its import to the same dialect loaded on a fresh database,
// give the same catalog (EngineCatalog: tables and options, columns with the engine's type,
// nullability, default, identity, generation and collation, keys, unique constraints, indexes,
// CHECKs, SQLite triggers). What Joinery does not model (views, routines, PostgreSQL triggers,
// rules ...) is left out of the comparison, and the import must say it skipped something.
//
// Every file is compared; the ones that do not round-trip yet are marked with QEXPECT_FAIL and
// the reason, so that the list of gaps is in the test's output, and a gap that closes shows as
// an XPASS to be removed from the list.
class TestCatalogRoundTrip : public QObject
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
    struct Imported
    {
        QString script; // the export, as a file
        QString report;
        QString schemaName; // the imported schema's name: a server's database name
        QStringList errors; // what `check --dialect` (its own dialect) calls an error
    };
    // `source`: a file, or a server URL (then with `password`), as `joinery import` takes it.
    Imported importAndExport(const QString &source, const QString &dialect, Dialect target,
                             QTemporaryDir *dir, const QString &password = {});
    static QStringList modelled(const QStringList &facts, bool sqlite, QStringList *others);
    void compare(const EngineCatalog &original, const EngineCatalog &exported,
                 const Imported &imported, bool sqlite, const char *knownGap);
    QString m_corpus;
    QStringList m_trueErrors; // of the current row
};

void TestCatalogRoundTrip::initTestCase()
{
    m_corpus = qEnvironmentVariable("JOINERY_CORPUS_DIR");
    if (m_corpus.isEmpty())
        m_corpus = QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR);
    if (!QDir(m_corpus).exists())
        QSKIP(qPrintable(QStringLiteral("No corpus at %1; set JOINERY_CORPUS_DIR.").arg(m_corpus)));
}

namespace {

// Errors `check` rightly reports on a corpus file: the schema cannot work as written.
QStringList trueErrors(const QString &file)
{
    // ON DELETE SET NULL on a NOT NULL column: deleting a rental that has payments fails.
    if (file == QLatin1String("sakila/postgresql.sql"))
        return {QStringLiteral("fk-set-null-not-nullable payment.payment_rental_id_fkey")};
    return {};
}

} // namespace

TestCatalogRoundTrip::Imported
TestCatalogRoundTrip::importAndExport(const QString &source, const QString &dialect, Dialect target,
                                      QTemporaryDir *dir, const QString &password)
{
    Imported result;
    ImportReport report;
    const Schema schema = Importer::importSource(source, dialect, &report, password);
    result.report = report.toText();
    result.schemaName = schema.name;
    QVector<Problem> problems = Validator::validate(schema) + DialectChecker::check(schema, target);
    for (const Problem &problem : std::as_const(problems)) {
        if (problem.severity == Severity::Error)
            result.errors << problem.code + QLatin1Char(' ') + problem.object;
    }
    const DdlScript script = DdlGenerator::create(target)->createScript(schema);
    result.script = dir->filePath(Importer::isServerUrl(source) ? QStringLiteral("live.sql")
                                                                : QStringLiteral("export.sql"));
    QFile out(result.script);
    if (out.open(QIODevice::WriteOnly))
        out.write(script.text().toUtf8());
    return result;
}

// The facts of what Joinery models; the others (views, routines, rules ...) go to `others`.
QStringList TestCatalogRoundTrip::modelled(const QStringList &facts, bool sqlite,
                                           QStringList *others)
{
    static const QStringList kinds = {"table", "column", "pk",   "unique",   "index",
                                      "fk",    "check",  "type", "sequence", "extension"};
    QStringList kept;
    for (const QString &fact : facts) {
        const QString kind = fact.section(QLatin1Char(' '), 0, 0);
        // SQLite triggers are modelled (kept verbatim); PostgreSQL's and MariaDB's are not.
        const bool sqliteTrigger = sqlite && kind == QLatin1String("trigger");
        if (kinds.contains(kind) || sqliteTrigger)
            kept << fact;
        else
            *others << fact;
    }
    return kept;
}

void TestCatalogRoundTrip::compare(const EngineCatalog &original, const EngineCatalog &exported,
                                   const Imported &imported, bool sqlite, const char *knownGap)
{
    // The engine accepted the file: no error but the ones the schema really has.
    QCOMPARE(imported.errors, m_trueErrors);
    QVERIFY2(original.isValid(), qPrintable(original.error));
    QVERIFY2(exported.isValid(), qPrintable(exported.error));
    QStringList others, ignored;
    EngineCatalog want, have;
    want.facts = modelled(original.facts, sqlite, &others);
    have.facts = modelled(exported.facts, sqlite, &ignored);
    QVERIFY(!want.facts.isEmpty());
    // Not modelled, so not exported: the import must have said so, by kind.
    static const QHash<QString, QString> reportedAs = {{"view", "VIEW"},
                                                       {"materialized-view", "VIEW"},
                                                       {"trigger", "TRIGGER"},
                                                       {"routine", "FUNCTION|PROCEDURE"},
                                                       {"rule", "RULE"},
                                                       {"policy", "POLICY"},
                                                       {"statistics", "STATISTICS"},
                                                       {"schema", "SCHEMA"},
                                                       {"foreign-table", "FOREIGN"},
                                                       {"constraint", "EXCLUDE|CONSTRAINT"}};
    QStringList unreported;
    for (const QString &fact : std::as_const(others)) {
        const QString kind = fact.section(QLatin1Char(' '), 0, 0);
        const QRegularExpression word(reportedAs.value(kind, kind.toUpper()),
                                      QRegularExpression::CaseInsensitiveOption);
        if (!word.match(imported.report).hasMatch())
            unreported << fact.left(200);
    }
    QVERIFY2(unreported.isEmpty(),
             qPrintable(QStringLiteral("lost without a word in the import's report:\n")
                        + unreported.join(QLatin1Char('\n'))));
    const QString difference = EngineCatalog::difference(want, have);
    if (!difference.isEmpty())
        qInfo().noquote() << "catalog difference (- original only, + export only):\n"
                + difference.left(20000);
    if (knownGap && *knownGap)
        QEXPECT_FAIL("", knownGap, Continue);
    QVERIFY(difference.isEmpty());
}

void TestCatalogRoundTrip::sqlite_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("knownGap");
    for (const char *file :
         {"chinook/sqlite.sql", "chinook/sqlite_autoincrement.sql", "northwind/sqlite.sql",
          "sakila/sqlite.sql", "sakila/sqlite_siara_full.sql", "spring_batch/sqlite.sql",
          "omop_cdm/sqlite.sql"})
        QTest::newRow(file) << QString::fromLatin1(file) << QString();
}

void TestCatalogRoundTrip::sqlite()
{
    QFETCH(QString, file);
    QFETCH(QString, knownGap);
    m_trueErrors = trueErrors(file);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("sqlite3 is not installed");
    QTemporaryDir dir;
    const QString source = preparedCopy(QDir(m_corpus).filePath(file), &dir);
    const Imported imported
        = importAndExport(source, QStringLiteral("sqlite"), Dialect::SQLite, &dir);
    auto load = [&](const QString &script, const QString &database, bool mustLoad) {
        QString output;
        int code = -1;
        const bool ok = runProcess(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), database},
                                   script, QProcessEnvironment::systemEnvironment(), &output, &code)
            && code == 0;
        if (mustLoad && !ok)
            return EngineCatalog{{},
                                 QStringLiteral("the export does not load: ") + output.left(2000)};
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database);
        db.setDatabaseName(database);
        EngineCatalog catalog
            = db.open() ? EngineCatalog::readSqlite(db) : EngineCatalog{{}, db.lastError().text()};
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(database);
        return catalog;
    };
    // The original as SQLite's shell loads it (going on after an error, as the corpus files
    // were written for); the export must load without one.
    QString output;
    runProcess(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("original.db"))}, source,
               QProcessEnvironment::systemEnvironment(), &output);
    const EngineCatalog original
        = load(QStringLiteral("/dev/null"), dir.filePath(QStringLiteral("original.db")), false);
    const EngineCatalog exported
        = load(imported.script, dir.filePath(QStringLiteral("export.db")), true);
    compare(original, exported, imported, true, qPrintable(knownGap));
}

void TestCatalogRoundTrip::postgres_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("database"); // where the file puts its tables; empty: the scratch one
    QTest::addColumn<QString>("knownGap");
    // MusicBrainz: its installer creates the ICU collation and the extensions first.
    QTest::newRow("musicbrainz") << QStringLiteral("musicbrainz/postgresql.sql") << QString()
                                 << QString();
    QTest::newRow("sakila") << QStringLiteral("sakila/postgresql.sql") << QString() << QString();
    QTest::newRow("northwind") << QStringLiteral("northwind/postgresql.sql") << QString()
                               << QString();
    QTest::newRow("chinook") << QStringLiteral("chinook/postgresql.sql")
                             << QStringLiteral("chinook") << QString();
    QTest::newRow("omop_cdm") << QStringLiteral("omop_cdm/postgresql.sql") << QString()
                              << QString();
    QTest::newRow("quartz") << QStringLiteral("quartz/postgresql.sql") << QString() << QString();
    QTest::newRow("ranger") << QStringLiteral("ranger/postgresql.sql") << QString() << QString();
    QTest::newRow("spring_batch") << QStringLiteral("spring_batch/postgresql.sql") << QString()
                                  << QString();
    QTest::newRow("tpcc") << QStringLiteral("tpcc/postgresql.sql") << QString() << QString();
}

void TestCatalogRoundTrip::postgres()
{
    QFETCH(QString, file);
    QFETCH(QString, database);
    QFETCH(QString, knownGap);
    m_trueErrors = trueErrors(file);
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_POSTGRES_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    QTemporaryDir dir;
    const QString source = preparedCopy(QDir(m_corpus).filePath(file), &dir);
    const Imported imported
        = importAndExport(source, QStringLiteral("postgresql"), Dialect::PostgreSQL, &dir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), server.password());
    // The live leg: the original database imported from the server as a user would (through
    // pg_dump), exported again; its catalog must be the original's too.
    Imported live;
    auto importLive = [&](const QString &databaseName) {
        const QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                                .arg(server.userName(), server.host())
                                .arg(server.port())
                                .arg(databaseName);
        live = importAndExport(url, QString(), Dialect::PostgreSQL, &dir, server.password());
        QCOMPARE(live.schemaName, databaseName);
    };
    auto load = [&](const QString &script, bool mustLoad, QString *databaseName) {
        const QString scratch = EngineServer::uniqueDatabaseName(QStringLiteral("catalog"));
        QString error;
        if (!server.createScratchDatabase(scratch, &error))
            return EngineCatalog{{}, error};
        if (file.startsWith(QLatin1String("musicbrainz/"))) {
            QSqlDatabase db = server.open(QStringLiteral("prepare"), scratch);
            QSqlQuery query(db);
            for (const char *statement : {"CREATE COLLATION musicbrainz (provider = icu, locale = "
                                          "'und-u-kf-lower-kn-true')",
                                          "CREATE EXTENSION IF NOT EXISTS cube",
                                          "CREATE EXTENSION IF NOT EXISTS earthdistance"})
                query.exec(QString::fromLatin1(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prepare"));
        QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"),
                              QStringLiteral("-h"), server.host(),
                              QStringLiteral("-p"), QString::number(server.port()),
                              QStringLiteral("-U"), server.userName(),
                              QStringLiteral("-d"), scratch};
        if (mustLoad)
            arguments << QStringLiteral("-v") << QStringLiteral("ON_ERROR_STOP=1");
        QString output;
        int code = -1;
        const bool ok
            = runProcess(QStringLiteral("psql"), arguments, script, environment, &output, &code)
            && code == 0;
        if (mustLoad && !ok) {
            server.dropScratchDatabase(scratch);
            return EngineCatalog{{},
                                 QStringLiteral("the export does not load: ") + output.left(2000)};
        }
        const QString target = databaseName->isEmpty() ? scratch : *databaseName;
        if (!mustLoad)
            importLive(target);
        EngineCatalog catalog;
        {
            QSqlDatabase db = server.open(target, target);
            catalog = db.isOpen() ? EngineCatalog::readPostgres(db)
                                  : EngineCatalog{{}, db.lastError().text()};
            db.close();
        }
        QSqlDatabase::removeDatabase(target);
        if (target != scratch)
            server.dropScratchDatabase(target);
        server.dropScratchDatabase(scratch);
        return catalog;
    };
    const EngineCatalog original = load(source, false, &database);
    QString none;
    const EngineCatalog exported = load(imported.script, true, &none);
    compare(original, exported, imported, false, qPrintable(knownGap));
    QVERIFY2(!live.report.contains(QLatin1String("Read from the catalog")),
             qPrintable(live.report));
    compare(original, load(live.script, true, &none), live, false, qPrintable(knownGap));
}

void TestCatalogRoundTrip::mariadb_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("knownGap");
    QTest::newRow("chinook") << QStringLiteral("chinook/mysql.sql") << QStringLiteral("Chinook")
                             << QString();
    QTest::newRow("fineract") << QStringLiteral("fineract/mysql.sql") << QString() << QString();
    QTest::newRow("quartz") << QStringLiteral("quartz/mysql.sql") << QString() << QString();
    QTest::newRow("ranger") << QStringLiteral("ranger/mysql.sql") << QString() << QString();
    QTest::newRow("sakila") << QStringLiteral("sakila/mysql.sql") << QStringLiteral("sakila")
                            << QString();
    QTest::newRow("spring_batch") << QStringLiteral("spring_batch/mysql.sql") << QString()
                                  << QString();
    QTest::newRow("tpcc") << QStringLiteral("tpcc/mysql.sql") << QString() << QString();
}

void TestCatalogRoundTrip::mariadb()
{
    QFETCH(QString, file);
    QFETCH(QString, database);
    QFETCH(QString, knownGap);
    m_trueErrors = trueErrors(file);
    const EngineServer server = EngineServer::fromEnvironment("JOINERY_MARIADB_ENV");
    JOINERY_REQUIRE_ENGINE(server);
    QTemporaryDir dir;
    const QString source = QDir(m_corpus).filePath(file);
    const Imported imported
        = importAndExport(source, QStringLiteral("mysql"), Dialect::MariaDB, &dir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MYSQL_PWD"), server.password());
    const QString client = QStandardPaths::findExecutable(QStringLiteral("mariadb")).isEmpty()
        ? QStringLiteral("mysql")
        : QStringLiteral("mariadb");
    // The live leg: the original database imported from the server (SHOW CREATE TABLE of each
    // table), exported again; its catalog must be the original's too.
    Imported live;
    auto importLive = [&](const QString &databaseName) {
        const QString url = QStringLiteral("mysql://%1@%2:%3/%4")
                                .arg(server.userName(), server.host())
                                .arg(server.port())
                                .arg(databaseName);
        live = importAndExport(url, QString(), Dialect::MariaDB, &dir, server.password());
        QCOMPARE(live.schemaName, databaseName);
    };
    auto load = [&](const QString &script, bool mustLoad, const QString &databaseName) {
        const QString scratch = EngineServer::uniqueDatabaseName(QStringLiteral("catalog"));
        QString error;
        if (!server.createScratchDatabase(scratch, &error))
            return EngineCatalog{{}, error};
        QStringList arguments{QStringLiteral("-h"),
                              server.host(),
                              QStringLiteral("-P"),
                              QString::number(server.port()),
                              QStringLiteral("-u"),
                              server.userName(),
                              scratch};
        if (!mustLoad)
            arguments.prepend(QStringLiteral("--force"));
        QString output;
        int code = -1;
        const bool ok
            = runProcess(client, arguments, script, environment, &output, &code) && code == 0;
        if (mustLoad && !ok) {
            server.dropScratchDatabase(scratch);
            return EngineCatalog{{},
                                 QStringLiteral("the export does not load: ") + output.left(2000)};
        }
        const QString target = databaseName.isEmpty() ? scratch : databaseName;
        if (!mustLoad)
            importLive(target);
        EngineCatalog catalog;
        {
            QSqlDatabase db = server.open(target, target);
            catalog = db.isOpen() ? EngineCatalog::readMariaDb(db, target)
                                  : EngineCatalog{{}, db.lastError().text()};
            db.close();
        }
        QSqlDatabase::removeDatabase(target);
        if (target != scratch)
            server.dropScratchDatabase(target);
        server.dropScratchDatabase(scratch);
        return catalog;
    };
    const EngineCatalog original = load(source, false, database);
    const EngineCatalog exported = load(imported.script, true, QString());
    compare(original, exported, imported, false, qPrintable(knownGap));
    QVERIFY2(!live.report.contains(QLatin1String("Read from the catalog")),
             qPrintable(live.report));
    compare(original, load(live.script, true, QString()), live, false, qPrintable(knownGap));
}

QTEST_GUILESS_MAIN(TestCatalogRoundTrip)
#include "tst_catalogroundtrip.moc"
