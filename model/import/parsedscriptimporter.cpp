#include "parsedscriptimporter.h"
#include "../worklimit.h"
#include "ddlcollector.h"
#include "ddlparser.h"
#include "importreport.h"
#include "schemaassembler.h"
#include "statementsplitter.h"

Schema ParsedScriptImporter::importScript(const QString &script, SqlTokenizer::Flavor flavor,
                                          ImportReport *report, WorkLimit *limit)
{
    report->dialect = flavor == SqlTokenizer::Flavor::MySQL ? QStringLiteral("mysql")
                                                            : QStringLiteral("sqlserver");
    SqlTokenizer tokenizer(script, flavor);
    const SqlTokens tokens = tokenizer.tokenize();
    DdlCollector collector(report);
    DdlParser parser(script, tokens, flavor, &collector, report);
    const QVector<StatementSplitter::Range> statements = StatementSplitter::split(tokens, flavor);
    WorkLimit fallback;
    if (!limit)
        limit = &fallback;
    for (int i = 0; i < statements.size(); ++i) {
        limit->progress(i, statements.size());
        if (limit->shouldStop()) {
            report->fatalError = tr("%1 Nothing is imported.").arg(limit->message());
            return {};
        }
        // The statement the tokenizer stopped in is incomplete: report that, not a parse error.
        if (tokenizer.hasError() && i == statements.size() - 1)
            break;
        parser.parseStatement(statements.at(i).begin, statements.at(i).end);
    }
    if (tokenizer.hasError())
        report->addNote(ImportReport::Severity::Error,
                        tr("%1 The script is read up to the statement before; the rest is not "
                           "imported.")
                            .arg(tokenizer.error()),
                        tokenizer.errorLine(), tokenizer.errorColumn());
    return SchemaAssembler::assemble(collector.schema(), report);
}
