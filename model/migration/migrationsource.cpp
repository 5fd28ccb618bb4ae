#include "migrationsource.h"

#include "../import/importer.h"
#include "../import/importreport.h"
#include "../schemareader.h"

#include <QFileInfo>

bool MigrationSource::isJoineryFile(const QString &path)
{
    return path.endsWith(QLatin1String(".joinery"), Qt::CaseInsensitive);
}

bool MigrationSource::read(const QString &path, Schema *schema, QString *error, WorkLimit *limit)
{
    if (isJoineryFile(path)) {
        SchemaReader reader;
        if (!reader.readFile(path)) {
            *error = reader.error();
            return false;
        }
        *schema = reader.schema();
        return true;
    }
    if (!QFileInfo::exists(path)) {
        *error = tr("%1: no such file.").arg(path);
        return false;
    }
    ImportReport report;
    *schema = Importer::importSource(path, QString(), &report, QString(), limit);
    if (report.isFatal()) {
        *error = tr("%1: %2").arg(path, report.toText().trimmed());
        return false;
    }
    return true;
}

SchemaMatch::Mode MigrationSource::matchMode(bool bothJoinery, const Schema &oldSchema,
                                             const Schema &newSchema)
{
    return bothJoinery && SchemaMatch::sharesLineage(oldSchema, newSchema)
        ? SchemaMatch::Mode::ById
        : SchemaMatch::Mode::ByName;
}
