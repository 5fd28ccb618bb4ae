#include "serverimporter.h"
#include "importreport.h"
#include "mysqlcatalogreader.h"
#include "postgrescatalogreader.h"
#include "schemaassembler.h"
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
            ImportedSchema imported;
            imported.name = database;
            const bool read = postgres ? readPostgres(db, &imported, report)
                                       : readMySql(db, database, &imported, report);
            if (read)
                schema = SchemaAssembler::assemble(imported, report);
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
