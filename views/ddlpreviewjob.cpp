#include "ddlpreviewjob.h"

#include "ddl/ddlgenerator.h"
#include "ddl/dialectchecker.h"

namespace DdlPreviewJob {

namespace {

void generate(const Schema &schema, const ExportTarget &target, DdlScript *script, QString *text,
              QVector<QPair<int, int>> *ranges)
{
    if (target.isDrizzle()) {
        *text = target.generate(schema);
        *script = drizzleDeclarations(schema, *text, ranges);
        return;
    }
    *script = DdlGenerator::create(target.dialect())->createScript(schema);
    *text = script->text(ranges);
}

// The SQL name in `pgTable('order_lines', {`, undoing the generator's escapes; empty when the
// line is no table declaration.
QString declaredTableName(QStringView line)
{
    if (!line.startsWith(QLatin1String("export const ")))
        return {};
    const qsizetype open = line.indexOf(QLatin1String("Table('"));
    if (open < 0)
        return {};
    QString name;
    for (qsizetype i = open + 7; i < line.size(); ++i) {
        QChar c = line.at(i);
        if (c == QLatin1Char('\''))
            return name;
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            c = line.at(++i);
            if (c == QLatin1Char('n'))
                c = QLatin1Char('\n');
            else if (c == QLatin1Char('r'))
                c = QLatin1Char('\r');
            else if (c == QLatin1Char('t'))
                c = QLatin1Char('\t');
        }
        name += c;
    }
    return {};
}

} // namespace

DdlScript drizzleDeclarations(const Schema &schema, const QString &module,
                              QVector<QPair<int, int>> *ranges)
{
    DdlScript script;
    ranges->clear();
    const QStringView text(module);
    qsizetype lineStart = 0;
    qsizetype declarationStart = -1; // of the comment lines above the current line, if any
    Id table = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        if (table != 0) {
            // A declaration ends with a line "});" or "]);"; "}, (t) => [" goes on.
            if ((line.startsWith(QLatin1Char('}')) || line.startsWith(QLatin1Char(']')))
                && line.endsWith(QLatin1String(");"))) {
                DdlStatement statement;
                statement.objects << table;
                for (Id keyId : schema.foreignKeysOfTable(table)) {
                    if (schema.foreignKey(keyId)->childTable == table)
                        statement.objects << keyId;
                }
                script.statements << statement;
                *ranges << qMakePair(int(declarationStart), int(lineEnd + 1 - declarationStart));
                table = 0;
                declarationStart = -1;
            }
        } else if (line.startsWith(QLatin1String("//"))) {
            if (declarationStart < 0)
                declarationStart = lineStart;
        } else {
            const Table *declared = schema.tableByName(declaredTableName(line));
            if (declared) {
                table = declared->id;
                if (declarationStart < 0)
                    declarationStart = lineStart;
            } else {
                declarationStart = -1;
            }
        }
        lineStart = lineEnd + 1;
    }
    return script;
}

DdlPreviewResult run(const Schema &schema, ExportTarget target,
                     std::optional<ExportTarget> compareTarget, quint64 generation)
{
    DdlPreviewResult result;
    result.generation = generation;
    result.target = target;
    generate(schema, target, &result.script, &result.text, &result.ranges);
    result.problems = DialectChecker::check(schema, target.checkDialect());
    result.compareTarget = compareTarget;
    if (compareTarget)
        generate(schema, *compareTarget, &result.compareScript, &result.compareText,
                 &result.compareRanges);
    return result;
}

} // namespace DdlPreviewJob
