#include "ddlpreviewjob.h"

#include "ddl/ddlgenerator.h"
#include "ddl/dialectchecker.h"

namespace DdlPreviewJob {

DdlPreviewResult run(const Schema &schema, Dialect dialect, std::optional<Dialect> compareDialect,
                     quint64 generation)
{
    DdlPreviewResult result;
    result.generation = generation;
    result.dialect = dialect;
    result.script = DdlGenerator::create(dialect)->createScript(schema);
    result.text = result.script.text(&result.ranges);
    result.problems = DialectChecker::check(schema, dialect);
    result.compareDialect = compareDialect;
    if (compareDialect) {
        result.compareScript = DdlGenerator::create(*compareDialect)->createScript(schema);
        result.compareText = result.compareScript.text(&result.compareRanges);
    }
    return result;
}

} // namespace DdlPreviewJob
