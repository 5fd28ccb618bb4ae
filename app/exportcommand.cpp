#include "exportcommand.h"

#include "exporttarget.h"
#include "schemareader.h"

#include <QCommandLineParser>
#include <QFile>
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

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the DDL script of a schema for one SQL dialect.\n"
           "Exit status: 0 written, 1 written but the schema has errors for this dialect "
           "(they are comments in the script and lines on stderr), 2 the file cannot be read "
           "or the script cannot be written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file to export."));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        tr("sqlite, postgresql, mysql, mariadb or sqlserver (default: the schema's target "
           "dialect); or a Drizzle ORM module (TypeScript): %1.")
            .arg(drizzleTargetList()),
        QStringLiteral("D"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
                                        tr("Write the drop script instead of the create script."));
    const QCommandLineOption quoteAllOption(
        QStringLiteral("quote-all"), tr("Quote every identifier, not only those that need it."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to OUT.sql instead of stdout."),
                                          QStringLiteral("OUT.sql"));
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
    if (dialectText.isEmpty()) {
        err << tr("joinery export: the schema names no target dialect; give --dialect D.") << '\n';
        return 2;
    }
    ExportTarget target;
    if (!ExportTarget::fromId(dialectText, &target)) {
        QStringList known;
        for (const ExportTarget &t : ExportTarget::all())
            known << t.id();
        err << tr("joinery export: unknown dialect \"%1\"; use one of %2.")
                   .arg(dialectText, known.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    if (target.isDrizzle() && parser.isSet(dropOption)) {
        err << tr("joinery export: --drop has no meaning for a Drizzle module.") << '\n';
        return 2;
    }

    DdlOptions options;
    options.quoteAllIdentifiers = parser.isSet(quoteAllOption);
    const QByteArray text = target
                                .exportText(schema, options,
                                            parser.isSet(dropOption) ? ExportTarget::Script::Drop
                                                                     : ExportTarget::Script::Create)
                                .toUtf8();
    const QVector<Problem> errors = target.errors(schema);
    for (const Problem &p : errors)
        err << p.toLine() << '\n';

    if (parser.isSet(outputOption)) {
        QSaveFile out(parser.value(outputOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || out.write(text) != text.size() || !out.commit()) {
            err << tr("joinery export: cannot write %1: %2")
                       .arg(parser.value(outputOption), out.errorString())
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
    return errors.isEmpty() ? 0 : 1;
}
