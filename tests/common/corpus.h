#pragma once

#include "schema.h"

#include <QString>
#include <QStringList>

// The real public schemas of ../shared/corpus (JOINERY_CORPUS_DIR overrides where), imported
// through the importer as a user would import them.
namespace Corpus {

QString directory();
// The corpus files of more than 20 tables that the layout tests and benchmarks arrange, as
// "folder/file.sql"; their dialect is the file's base name.
QStringList largeSchemas();
// Imports `relative` (e.g. "musicbrainz/postgresql.sql"); false with *error when the file is
// missing or the import fails.
bool import(const QString &relative, Schema *schema, QString *error);

} // namespace Corpus
