#pragma once

#include "ddl/ddlscript.h"
#include "ddl/dialect.h"
#include "problem.h"
#include "schema.h"

#include <optional>

// One regeneration of the DDL preview, run on a worker thread. It owns a copy of the schema
// (Qt's containers share the data until the document next changes, so the copy is cheap and the
// worker never reads the document itself).
struct DdlPreviewResult
{
    quint64 generation = 0; // results of an older generation are dropped
    Dialect dialect = Dialect::SQLite;
    DdlScript script;
    QString text;
    QVector<QPair<int, int>> ranges;
    std::optional<Dialect> compareDialect;
    DdlScript compareScript;
    QString compareText;
    QVector<QPair<int, int>> compareRanges;
    QVector<Problem> problems; // the primary dialect's
};

namespace DdlPreviewJob {
DdlPreviewResult run(const Schema &schema, Dialect dialect, std::optional<Dialect> compareDialect,
                     quint64 generation);
}
