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
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(Dialect)

// The promise of a cross-dialect export, held against the engines: every corpus file Joinery
// imports, exported to every other engine's dialect (SQLite, PostgreSQL 15, MariaDB 10.11; the
// MySQL dialect is loaded on MariaDB too) and loaded there. A script without errors (what
// `joinery export` writes with exit 0) must load, with every table and every foreign key and its
// actions; a script that does not load must have been written with errors (exit 1), so that
// `check --dialect` named the problem first. The figures are printed at the end.
class TestCrossDialect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportLoads_data();
    void exportLoads();
    void cleanupTestCase();

private:
    // Loads `script` on a fresh database of `target`'s engine; the catalog, or why not.
    EngineCatalog load(Dialect target, const QString &script);
    QString m_corpus;
    int m_written = 0;
    int m_accepted = 0;
    int m_rejectedWithErrors = 0;
    int m_rejectedWithoutErrors = 0;
};

void TestCrossDialect::initTestCase()
{
    m_corpus = qEnvironmentVariable("JOINERY_CORPUS_DIR");
    if (m_corpus.isEmpty())
        m_corpus = QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR);
    if (!QDir(m_corpus).exists())
        qInfo().noquote() << QStringLiteral("No corpus at %1 (set JOINERY_CORPUS_DIR): only the "
                                            "translation cases are loaded.")
                                 .arg(m_corpus);
}

void TestCrossDialect::exportLoads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<Dialect>("target");
    const QString corpus = qEnvironmentVariable("JOINERY_CORPUS_DIR").isEmpty()
        ? QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR)
        : qEnvironmentVariable("JOINERY_CORPUS_DIR");
    // The translation cases of tst_crossdialectgolden: <case>.<source>.sql.
    const QDir cases(QStringLiteral(JOINERY_CROSS_DIALECT_DIR));
    for (const QString &name :
         cases.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QStringList parts = name.split(QLatin1Char('.'));
        if (parts.size() != 3)
            continue;
        for (Dialect target :
             {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::MariaDB}) {
            const QString family
                = target == Dialect::MariaDB ? QStringLiteral("mysql") : Dialects::id(target);
            if (family != parts.at(1))
                QTest::newRow(qPrintable(name + QStringLiteral(" → ") + Dialects::id(target)))
                    << cases.filePath(name) << parts.at(1) << target;
        }
    }
    const QDir dir(corpus);
    for (const QString &project : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &name :
             QDir(dir.filePath(project)).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            const QString base = name.section(QLatin1Char('.'), 0, 0);
            QString source;
            for (const char *dialect : {"sqlite", "postgresql", "mysql", "sqlserver"}) {
                if (base.startsWith(QLatin1String(dialect))
                    && !base.endsWith(QLatin1String("_data")))
                    source = QString::fromLatin1(dialect);
            }
            if (source.isEmpty())
                continue;
            for (Dialect target :
                 {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::MariaDB}) {
                const QString family
                    = target == Dialect::MariaDB ? QStringLiteral("mysql") : Dialects::id(target);
                if (family == source)
                    continue; // the same dialect: tst_catalogroundtrip
                const QString file = project + QLatin1Char('/') + name;
                QTest::newRow(qPrintable(file + QStringLiteral(" → ") + Dialects::id(target)))
                    << file << source << target;
            }
        }
    }
}

EngineCatalog TestCrossDialect::load(Dialect target, const QString &script)
{
    QString output;
    int code = -1;
    if (target == Dialect::SQLite) {
        const QString database = script + QStringLiteral(".db");
        const bool ok = runProcess(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), database},
                                   script, QProcessEnvironment::systemEnvironment(), &output, &code)
            && code == 0;
        if (!ok)
            return EngineCatalog{{}, output.left(600)};
        EngineCatalog catalog;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database);
            db.setDatabaseName(database);
            catalog = db.open() ? EngineCatalog::readSqlite(db)
                                : EngineCatalog{{}, db.lastError().text()};
            db.close();
        }
        QSqlDatabase::removeDatabase(database);
        return catalog;
    }
    const bool postgres = target == Dialect::PostgreSQL;
    const EngineServer server
        = EngineServer::fromEnvironment(postgres ? "JOINERY_POSTGRES_ENV" : "JOINERY_MARIADB_ENV");
    if (!server.available())
        return EngineCatalog{{}, server.unavailableReason()};
    const QString scratch = EngineServer::uniqueDatabaseName(QStringLiteral("cross"));
    QString error;
    if (!server.createScratchDatabase(scratch, &error))
        return EngineCatalog{{}, error};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList arguments;
    QString client;
    if (postgres) {
        environment.insert(QStringLiteral("PGPASSWORD"), server.password());
        client = QStringLiteral("psql");
        arguments = {QStringLiteral("-X"), QStringLiteral("-q"),
                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-h"), server.host(),
                     QStringLiteral("-p"), QString::number(server.port()),
                     QStringLiteral("-U"), server.userName(),
                     QStringLiteral("-d"), scratch};
    } else {
        environment.insert(QStringLiteral("MYSQL_PWD"), server.password());
        client = QStandardPaths::findExecutable(QStringLiteral("mariadb")).isEmpty()
            ? QStringLiteral("mysql")
            : QStringLiteral("mariadb");
        arguments = {QStringLiteral("-h"),
                     server.host(),
                     QStringLiteral("-P"),
                     QString::number(server.port()),
                     QStringLiteral("-u"),
                     server.userName(),
                     scratch};
    }
    const bool ok = runProcess(client, arguments, script, environment, &output, &code) && code == 0;
    EngineCatalog catalog{{}, output.left(600)};
    if (ok) {
        {
            QSqlDatabase db = server.open(scratch, scratch);
            catalog = !db.isOpen() ? EngineCatalog{{}, db.lastError().text()}
                : postgres         ? EngineCatalog::readPostgres(db)
                                   : EngineCatalog::readMariaDb(db, scratch);
            db.close();
        }
        QSqlDatabase::removeDatabase(scratch);
    }
    server.dropScratchDatabase(scratch);
    return catalog;
}

namespace {

// "child -> parent delete=a update=a" per key, sorted, as both the model and the catalog say.
QStringList keyLines(const Schema &schema, bool mysqlFamily)
{
    QStringList lines;
    auto action = [&](ReferentialAction a) {
        // InnoDB reports NO ACTION as it was written, but both behave as RESTRICT.
        if (mysqlFamily && a == ReferentialAction::NoAction)
            a = ReferentialAction::Restrict;
        return ActionNames::sqlKeyword(a).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    };
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(id);
        lines << QStringLiteral("%1 -> %2 delete=%3 update=%4")
                     .arg(schema.table(key.childTable)->name.toLower(),
                          schema.table(key.parentTable)->name.toLower(), action(key.onDelete),
                          action(key.onUpdate));
    }
    lines.sort();
    return lines;
}

QStringList keyLines(const EngineCatalog &catalog, bool mysqlFamily)
{
    // fk <t> name=<n> (<cols>) -> <parent> (<cols>) delete=<a> update=<a> ...
    static const QRegularExpression fk(
        QStringLiteral("^fk (.+?) name=.* -> (.+) \\([^()]*\\) delete=(\\S+) update=(\\S+)"));
    auto bare = [](QString name) {
        name = name.section(QLatin1Char('.'), -1).toLower();
        name.remove(QLatin1Char('"'));
        return name;
    };
    QStringList lines;
    for (const QString &fact : catalog.facts) {
        const QRegularExpressionMatch m = fk.match(fact);
        if (!m.hasMatch())
            continue;
        QString onDelete = m.captured(3), onUpdate = m.captured(4);
        if (mysqlFamily) {
            onDelete.replace(QLatin1String("no-action"), QLatin1String("restrict"));
            onUpdate.replace(QLatin1String("no-action"), QLatin1String("restrict"));
        }
        lines << QStringLiteral("%1 -> %2 delete=%3 update=%4")
                     .arg(bare(m.captured(1)), bare(m.captured(2)), onDelete, onUpdate);
    }
    lines.sort();
    return lines;
}

} // namespace

void TestCrossDialect::exportLoads()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(Dialect, target);
    if (target != Dialect::SQLite)
        JOINERY_REQUIRE_ENGINE(EngineServer::fromEnvironment(
            target == Dialect::PostgreSQL ? "JOINERY_POSTGRES_ENV" : "JOINERY_MARIADB_ENV"));
    QTemporaryDir dir;
    const QString path = preparedCopy(QDir(m_corpus).filePath(file), &dir);
    ImportReport report;
    const Schema schema = Importer::importSource(path, source, &report);
    if (schema.tableCount() == 0)
        QSKIP("nothing imported");
    QStringList errors;
    for (const Problem &p : Validator::validate(schema) + DialectChecker::check(schema, target)) {
        if (p.severity == Severity::Error)
            errors << p.code + QLatin1Char(' ') + p.object;
    }
    const DdlScript script = DdlGenerator::create(target)->createScript(schema);
    const QString scriptPath = dir.filePath(QStringLiteral("export.sql"));
    QFile out(scriptPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(script.text().toUtf8());
    out.close();

    ++m_written;
    const EngineCatalog catalog = load(target, scriptPath);
    if (!catalog.isValid()) {
        ++(errors.isEmpty() ? m_rejectedWithoutErrors : m_rejectedWithErrors);
        // Exit 1: `check` said first that the script has problems.
        QVERIFY2(!errors.isEmpty(),
                 qPrintable(QStringLiteral("written without an error, refused by the engine: ")
                            + catalog.error));
        return;
    }
    ++m_accepted;
    if (!errors.isEmpty())
        return; // loaded although something is missing or changed: the errors say what
    int tables = 0;
    for (const QString &fact : catalog.facts)
        tables += fact.startsWith(QLatin1String("table ")) ? 1 : 0;
    QCOMPARE(tables, schema.tableCount());
    const bool mysqlFamily = target == Dialect::MySQL || target == Dialect::MariaDB;
    QCOMPARE(keyLines(catalog, mysqlFamily), keyLines(schema, mysqlFamily));
}

void TestCrossDialect::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral(
                             "cross-dialect exports: %1 written, %2 accepted by the engine, %3 "
                             "rejected with errors reported (exit 1), %4 rejected without")
                             .arg(m_written)
                             .arg(m_accepted)
                             .arg(m_rejectedWithErrors)
                             .arg(m_rejectedWithoutErrors);
}

QTEST_GUILESS_MAIN(TestCrossDialect)
#include "tst_crossdialect.moc"
