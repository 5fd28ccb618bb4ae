#include "drizzleexport.h"

#include "ddl/dialectchecker.h"
#include "drizzle/drizzlegenerator.h"
#include "drizzle/drizzletarget.h"
#include "schema.h"
#include "validator.h"

#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

bool DrizzleExport::handles(const QString &dialectId)
{
    DrizzleTarget target;
    return DrizzleTargets::fromId(dialectId, &target);
}

QString DrizzleExport::targetList()
{
    QStringList targets;
    for (DrizzleTarget target : DrizzleTargets::all())
        targets << DrizzleTargets::id(target);
    return targets.join(QLatin1String(", "));
}

int DrizzleExport::exportSchema(const Schema &schema, const QString &dialectId,
                                const QString &outputPath)
{
    QTextStream err(stderr);
    DrizzleTarget target;
    if (!DrizzleTargets::fromId(dialectId, &target)) {
        err << tr("joinery export: unknown Drizzle target \"%1\"; use one of %2.")
                   .arg(dialectId, targetList())
            << '\n';
        return 2;
    }
    const QByteArray text = DrizzleGenerator::create(target)->generate(schema).toUtf8();

    // Drizzle runs the same SQL the dialect's engine would: its errors are the dialect's.
    int errors = 0;
    QVector<Problem> problems = Validator::validate(schema);
    problems += DialectChecker::check(schema, DrizzleTargets::sqlDialect(target));
    for (const Problem &p : std::as_const(problems)) {
        if (p.severity != Severity::Error)
            continue;
        ++errors;
        err << p.toLine() << '\n';
    }

    if (!outputPath.isEmpty()) {
        // Atomic: a failed export never leaves half a module over the previous one.
        QSaveFile out(outputPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
            err << tr("joinery export: cannot write %1: %2").arg(outputPath, out.errorString())
                << '\n';
            return 2;
        }
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size()) {
            err << tr("joinery export: cannot write to stdout.") << '\n';
            return 2;
        }
    }
    return errors > 0 ? 1 : 0;
}
