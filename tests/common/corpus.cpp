#include "corpus.h"

#include "import/importer.h"
#include "import/importreport.h"

#include <QDir>
#include <QFileInfo>

QString Corpus::directory()
{
    const QString fromEnvironment = qEnvironmentVariable("JOINERY_CORPUS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR) : fromEnvironment;
}

QStringList Corpus::largeSchemas()
{
    return {QStringLiteral("musicbrainz/postgresql.sql"),
            QStringLiteral("fineract/mysql.sql"),
            QStringLiteral("ranger/postgresql.sql"),
            QStringLiteral("adventureworks/sqlserver.sql"),
            QStringLiteral("sakila/postgresql.sql"),
            QStringLiteral("pagila/postgresql.sql")};
}

bool Corpus::import(const QString &relative, Schema *schema, QString *error)
{
    const QString path = QDir(directory()).filePath(relative);
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("no corpus file %1 (set JOINERY_CORPUS_DIR)").arg(path);
        return false;
    }
    ImportReport report;
    *schema = Importer::importSource(path, QFileInfo(path).baseName(), &report);
    if (report.isFatal()) {
        *error = QStringLiteral("%1: %2").arg(relative, report.fatalError);
        return false;
    }
    return true;
}
