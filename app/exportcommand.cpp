#include "exportcommand.h"

#include "ddl/ddlgenerator.h"
#include "ddl/dialectchecker.h"
#include "drizzleexport.h"
#include "schemareader.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

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
            .arg(DrizzleExport::targetList()),
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
    Dialect dialect = Dialect::SQLite;
    if (dialectText.isEmpty()) {
        err << tr("joinery export: the schema names no target dialect; give --dialect D.") << '\n';
        return 2;
    }
    if (DrizzleExport::handles(dialectText)) {
        if (parser.isSet(dropOption)) {
            err << tr("joinery export: --drop has no meaning for a Drizzle module.") << '\n';
            return 2;
        }
        return DrizzleExport::exportSchema(schema, dialectText, parser.value(outputOption));
    }
    if (!Dialects::fromId(dialectText, &dialect)) {
        QStringList known;
        for (Dialect d : Dialects::all())
            known << Dialects::id(d);
        err << tr("joinery export: unknown dialect \"%1\"; use one of %2.")
                   .arg(dialectText, known.join(QStringLiteral(", ")) + QStringLiteral(", ")
                                         + DrizzleExport::targetList())
            << '\n';
        return 2;
    }

    DdlOptions options;
    options.quoteAllIdentifiers = parser.isSet(quoteAllOption);
    const auto generator = DdlGenerator::create(dialect);
    DdlScript script = parser.isSet(dropOption) ? generator->dropScript(schema, options)
                                                : generator->createScript(schema, options);

    // Dialect-independent errors make the script fail on every engine: say so at the top.
    int errors = 0;
    for (const Problem &p : Validator::validate(schema)) {
        if (p.severity != Severity::Error)
            continue;
        ++errors;
        script.header << QStringLiteral("ERROR %1 %2: %3").arg(p.code, p.object, p.message);
        err << p.toLine() << '\n';
    }
    for (const Problem &p : DialectChecker::check(schema, dialect)) {
        if (p.severity != Severity::Error)
            continue;
        ++errors;
        err << p.toLine() << '\n';
    }

    const QByteArray text = script.text().toUtf8();
    if (parser.isSet(outputOption)) {
        QSaveFile out(parser.value(outputOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
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
    return errors > 0 ? 1 : 0;
}
