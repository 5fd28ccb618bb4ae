#pragma once

#include "ddl/ddlscript.h"
#include "exporttarget.h"
#include "problem.h"
#include "schema.h"

#include <optional>

// One regeneration of the DDL preview, run on a worker thread. It owns a copy of the schema
// (Qt's containers share the data until the document next changes, so the copy is cheap and the
// worker never reads the document itself).
//
// For a Drizzle target `script` holds one statement per table declaration (no SQL, only the ids
// of the table and its keys), parallel to `ranges`: the `export const x = pgTable(...)` blocks,
// so that the preview highlights the selection in a module as it does in a script.
struct DdlPreviewResult
{
    quint64 generation = 0; // results of an older generation are dropped
    ExportTarget target;
    DdlScript script;
    QString text;
    QVector<QPair<int, int>> ranges;
    std::optional<ExportTarget> compareTarget;
    DdlScript compareScript;
    QString compareText;
    QVector<QPair<int, int>> compareRanges;
    QVector<Problem> problems; // those of the primary target's checkDialect()
};

namespace DdlPreviewJob {
DdlPreviewResult run(const Schema &schema, ExportTarget target,
                     std::optional<ExportTarget> compareTarget, quint64 generation);
// The table declarations of a Drizzle module, as statements with their (start, length) ranges.
DdlScript drizzleDeclarations(const Schema &schema, const QString &module,
                              QVector<QPair<int, int>> *ranges);
} // namespace DdlPreviewJob
