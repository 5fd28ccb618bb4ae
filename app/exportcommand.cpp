#include "exportcommand.h"

#include "exportbatch.h"
#include "exporttarget.h"
#include "schemareader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace {

// "drizzle-sqlite, drizzle-pg, drizzle-mysql, drizzle-mssql", for the help text.
QString drizzleTargetList()
{
    QStringList ids;
    for (const ExportTarget &target : ExportTarget::all()) {
        if (target.isDrizzle())
            ids << target.id();
    }
    return ids.join(QLatin1String(", "));
}

// "postgresql,mysql", "all" (the five SQL dialects) or one id; false with *unknown set to the
// first id that names no target.
bool parseTargets(const QString &text, QList<ExportTarget> *targets, QString *unknown)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (id.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            for (Dialect dialect : Dialects::all()) {
                if (!targets->contains(ExportTarget(dialect)))
                    *targets << ExportTarget(dialect);
            }
            continue;
        }
        ExportTarget target;
        if (!ExportTarget::fromId(id, &target)) {
            *unknown = id;
            return false;
        }
        if (!targets->contains(target))
            *targets << target;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &text, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || out.write(text) != text.size() || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the DDL script of a schema for one SQL dialect, or for several at once.\n"
           "Exit status: 0 written, 1 written but the schema has errors for a dialect "
           "(they are comments in the script and lines on stderr), 2 the file cannot be read "
           "or a script cannot be written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file to export."));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        tr("sqlite, postgresql, mysql, mariadb or sqlserver (default: the schema's target "
           "dialect); or a Drizzle ORM module (TypeScript): %1. Several, separated by commas, "
           "or \"all\" for the five SQL dialects, write one file each into the folder -o names.")
            .arg(drizzleTargetList()),
        QStringLiteral("D"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
                                        tr("Write the drop script instead of the create script."));
    const QCommandLineOption quoteAllOption(
        QStringLiteral("quote-all"), tr("Quote every identifier, not only those that need it."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT.sql instead of stdout; for several dialects, the folder to write "
           "FILE-DIALECT.sql (or .ts) into, made if missing."),
        QStringLiteral("OUT"));
    parser.addOptions({dialectOption, dropOption, quoteAllOption, outputOption});
    if (!parser.parse(arguments)) {
        err << tr("joinery export: %1").arg(parser.errorText()) << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("joinery export: give exactly one file.") << '\n';
        return 2;
    }

    SchemaReader reader;
    if (!reader.readFile(files.first())) {
        err << tr("joinery export: %1").arg(reader.error()) << '\n';
        return 2;
    }
    const Schema &schema = reader.schema();
    const QString dialectText
        = parser.isSet(dialectOption) ? parser.value(dialectOption) : schema.targetDialect;
    if (dialectText.trimmed().isEmpty()) {
        err << tr("joinery export: the schema names no target dialect; give --dialect D.") << '\n';
        return 2;
    }
    QList<ExportTarget> targets;
    QString unknown;
    if (!parseTargets(dialectText, &targets, &unknown) || targets.isEmpty()) {
        QStringList known;
        for (const ExportTarget &t : ExportTarget::all())
            known << t.id();
        err << tr("joinery export: unknown dialect \"%1\"; use one of %2, or all.")
                   .arg(unknown.isEmpty() ? dialectText : unknown, known.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    const bool several = targets.size() > 1;
    if (parser.isSet(dropOption)) {
        for (const ExportTarget &target : std::as_const(targets)) {
            if (target.isDrizzle()) {
                err << tr("joinery export: --drop has no meaning for a Drizzle module.") << '\n';
                return 2;
            }
        }
    }
    if (several && !parser.isSet(outputOption)) {
        err << tr("joinery export: several dialects need -o FOLDER to write their files into.")
            << '\n';
        return 2;
    }
    const QString output = parser.value(outputOption);
    if (several && !QDir().mkpath(output)) {
        err << tr("joinery export: cannot create the folder %1.").arg(output) << '\n';
        return 2;
    }

    DdlOptions options;
    options.quoteAllIdentifiers = parser.isSet(quoteAllOption);
    const QVector<ExportBatch::Output> outputs = ExportBatch::run(
        schema, targets, options,
        parser.isSet(dropOption) ? ExportTarget::Script::Drop : ExportTarget::Script::Create);
    bool anyErrors = false;
    const QString base = QFileInfo(files.first()).completeBaseName();
    for (const ExportBatch::Output &out : outputs) {
        for (const Problem &p : out.errors) {
            // With several dialects each line says which one it is about.
            err << (several ? out.target.id() + QStringLiteral(": ") : QString()) << p.toLine()
                << '\n';
        }
        anyErrors = anyErrors || !out.errors.isEmpty();
        if (several || parser.isSet(outputOption)) {
            // The same names as File → Export Script suggests: "shop-postgresql.sql".
            const QString path = several
                ? QDir(output).filePath(
                    QStringLiteral("%1-%2.%3").arg(base, out.target.id(), out.target.fileSuffix()))
                : output;
            QString error;
            if (!writeFile(path, out.text, &error)) {
                err << tr("joinery export: cannot write %1: %2").arg(path, error) << '\n';
                return 2;
            }
        } else {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly)
                || stdoutFile.write(out.text) != out.text.size()) {
                err << tr("joinery export: cannot write to stdout.") << '\n';
                return 2;
            }
        }
    }
    return anyErrors ? 1 : 0;
}
