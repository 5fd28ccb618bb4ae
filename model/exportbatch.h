#pragma once

#include "exporttarget.h"

#include <QByteArray>
#include <QList>
#include <QVector>

class Schema;

// Several export targets of one schema at once (`joinery export --dialect all`): the
// dialect-independent validation runs once, the targets run on worker threads, and each result
// is exactly what an export of that target alone writes and reports.
namespace ExportBatch {

struct Output
{
    ExportTarget target;
    QByteArray text; // UTF-8, as written to the file
    QVector<Problem> errors;
};

// In the order of `targets`.
QVector<Output> run(const Schema &schema, const QList<ExportTarget> &targets,
                    const DdlOptions &options = {},
                    ExportTarget::Script script = ExportTarget::Script::Create);

} // namespace ExportBatch
