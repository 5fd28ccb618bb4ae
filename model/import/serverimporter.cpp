#include "serverimporter.h"
#include "importer.h"
#include "importreport.h"
#include "mysqlcatalogreader.h"
#include "postgrescatalogreader.h"
#include "schemaassembler.h"
#include "serverddlreader.h"
#include "typemapper.h"

#include <QAtomicInt>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

Schema ServerImporter::importUrl(const QString &text, const QString &password, ImportReport *report)
{
    const QUrl url(text);
    QUrl shown = url;
    shown.setPassword(QString());
    report->source = shown.toString();
    const QString scheme = url.scheme();
    const bool postgres
        = scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
    report->dialect = postgres ? QStringLiteral("postgresql") : QStringLiteral("mysql");
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty()) {
        report->fatalError = tr("The URL must look like %1://USER@HOST:PORT/DATABASE.").arg(scheme);
        return {};
    }
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        report->fatalError = tr("Qt's %1 driver is not installed.").arg(driver);
        return {};
    }
    // PostgreSQL: pg_dump's script, read as a script is. Without a usable pg_dump, the
    // catalog below, which keeps less; the report says so.
    QString dumpError;
    if (postgres) {
        const ServerDdlReader::Result dump = ServerDdlReader::postgres(url, password);
        if (dump.error.isEmpty()) {
            Schema schema
                = Importer::importScript(dump.script, QStringLiteral("postgresql"), report);
            report->source = shown.toString();
            schema.name = database; // as the catalog path names it
            for (Id tableId : schema.tableIds()) {
                Table table = *schema.table(tableId);
                for (CheckConstraint &check : table.checks)
                    check.expression = ServerDdlReader::restorableCheck(check.expression);
                schema.replaceTable(table);
            }
            for (UserType &type : schema.userTypes) {
                for (CheckConstraint &check : type.checks)
                    check.expression = ServerDdlReader::restorableCheck(check.expression);
            }
            return schema;
        }
        dumpError = dump.error;
    }
    static QAtomicInt counter;
    const QString name
        = QStringLiteral("joinery-import-server-%1").arg(counter.fetchAndAddRelaxed(1));
    Schema schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setHostName(url.host());
        db.setPort(url.port(postgres ? 5432 : 3306));
        db.setUserName(url.userName());
        db.setPassword(password);
        db.setDatabaseName(database);
        db.setConnectOptions(postgres ? QStringLiteral("connect_timeout=10")
                                      : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
        if (!db.open()) {
            report->fatalError = tr("Cannot connect to %1: %2")
                                     .arg(report->source, db.lastError().databaseText().trimmed());
        } else {
            ServerDdlReader::Result ddl;
            if (!postgres)
                ddl = ServerDdlReader::mySql(db, database);
            if (!postgres && ddl.error.isEmpty()) {
                schema = Importer::importScript(
                    ddl.script, ddl.mariaDb ? QStringLiteral("mariadb") : QStringLiteral("mysql"),
                    report);
                report->source = shown.toString();
                schema.name = database;
                for (const QString &kind : std::as_const(ddl.skipped))
                    report->skipStatement(kind);
            } else {
                ImportedSchema imported;
                imported.name = database;
                const bool read = postgres ? readPostgres(db, &imported, report)
                                           : readMySql(db, database, &imported, report);
                if (read) {
                    report->addNote(
                        ImportReport::Severity::Warning,
                        tr("Read from the catalog (%1), which leaves out CHECK constraints, "
                           "table options, user-defined types, sequences and expression "
                           "indexes.")
                            .arg(postgres ? dumpError : ddl.error));
                    schema = SchemaAssembler::assemble(imported, report);
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

bool ServerImporter::readPostgres(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report)
{
    return PostgresCatalogReader::read(db, schema, report);
}

bool ServerImporter::readMySql(QSqlDatabase &db, const QString &database, ImportedSchema *schema,
                               ImportReport *report)
{
    return MySqlCatalogReader::read(db, database, schema, report);
}
