#include "exporttarget.h"

#include "ddl/ddlgenerator.h"
#include "ddl/dialectchecker.h"
#include "drizzle/drizzlegenerator.h"
#include "validator.h"

ExportTarget::ExportTarget(Dialect dialect)
    : m_dialect(dialect)
{}

ExportTarget::ExportTarget(DrizzleTarget target)
    : m_isDrizzle(true)
    , m_drizzle(target)
{}

QList<ExportTarget> ExportTarget::all()
{
    QList<ExportTarget> targets;
    for (Dialect d : Dialects::all())
        targets << ExportTarget(d);
    for (DrizzleTarget t : DrizzleTargets::all())
        targets << ExportTarget(t);
    return targets;
}

QString ExportTarget::id() const
{
    return m_isDrizzle ? DrizzleTargets::id(m_drizzle) : Dialects::id(m_dialect);
}

bool ExportTarget::fromId(const QString &id, ExportTarget *target)
{
    Dialect dialect;
    if (Dialects::fromId(id, &dialect)) {
        *target = ExportTarget(dialect);
        return true;
    }
    DrizzleTarget drizzle;
    if (DrizzleTargets::fromId(id, &drizzle)) {
        *target = ExportTarget(drizzle);
        return true;
    }
    return false;
}

QString ExportTarget::displayName() const
{
    return m_isDrizzle ? DrizzleTargets::displayName(m_drizzle) : Dialects::displayName(m_dialect);
}

Dialect ExportTarget::checkDialect() const
{
    return m_isDrizzle ? DrizzleTargets::sqlDialect(m_drizzle) : m_dialect;
}

QString ExportTarget::fileSuffix() const
{
    return m_isDrizzle ? QStringLiteral("ts") : QStringLiteral("sql");
}

QString ExportTarget::generate(const Schema &schema, const DdlOptions &options,
                               Script script) const
{
    if (m_isDrizzle)
        return DrizzleGenerator::create(m_drizzle)->generate(schema);
    const auto generator = DdlGenerator::create(m_dialect);
    return (script == Script::Drop ? generator->dropScript(schema, options)
                                   : generator->createScript(schema, options))
        .text();
}

QString ExportTarget::exportText(const Schema &schema, const DdlOptions &options,
                                 Script script) const
{
    return exportWithErrors(schema, Validator::validate(schema), options, script).text;
}

QVector<Problem> ExportTarget::errors(const Schema &schema) const
{
    QVector<Problem> result;
    QVector<Problem> problems = Validator::validate(schema);
    problems += DialectChecker::check(schema, checkDialect());
    for (const Problem &p : std::as_const(problems)) {
        if (p.severity == Severity::Error)
            result << p;
    }
    return result;
}

ExportTarget::Export ExportTarget::exportWithErrors(const Schema &schema,
                                                    const QVector<Problem> &validation,
                                                    const DdlOptions &options, Script script) const
{
    Export result;
    for (const Problem &p : validation) {
        if (p.severity == Severity::Error)
            result.errors << p;
    }
    QVector<Problem> dialectProblems;
    if (m_isDrizzle) {
        result.text = generate(schema, options, script);
        dialectProblems = DialectChecker::check(schema, checkDialect());
    } else {
        const auto generator = DdlGenerator::create(m_dialect);
        DdlScript ddl = script == Script::Drop ? generator->dropScript(schema, options)
                                               : generator->createScript(schema, options);
        // Dialect-independent errors make the script fail on every engine: say so at the top.
        for (const Problem &p : validation) {
            if (p.severity == Severity::Error)
                ddl.header << QStringLiteral("ERROR %1 %2: %3").arg(p.code, p.object, p.message);
        }
        result.text = ddl.text();
        // A create script was checked for its notes; a drop script was not.
        dialectProblems = script == Script::Create ? ddl.problems
                                                   : DialectChecker::check(schema, m_dialect);
    }
    for (const Problem &p : std::as_const(dialectProblems)) {
        if (p.severity == Severity::Error)
            result.errors << p;
    }
    return result;
}
