#include "drizzleexport.h"

#include "drizzle/drizzlegenerator.h"
#include "drizzle/drizzletarget.h"
#include "schemareader.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

bool DrizzleExport::handles(const QString &dialectId)
{
    DrizzleTarget target;
    return DrizzleTargets::fromId(dialectId, &target);
}

int DrizzleExport::exportFile(const QString &file, const QString &dialectId,
                              const QString &outputPath)
{
    QTextStream err(stderr);
    DrizzleTarget target;
    if (!DrizzleTargets::fromId(dialectId, &target)) {
        err << tr("joinery export: unknown Drizzle target \"%1\".").arg(dialectId) << '\n';
        return 2;
    }
    SchemaReader reader;
    if (!reader.readFile(file)) {
        err << tr("joinery export: %1").arg(reader.error()) << '\n';
        return 2;
    }
    const QByteArray text = DrizzleGenerator::create(target)->generate(reader.schema()).toUtf8();
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QTextStream out(stdout);
        out << QString::fromUtf8(text);
        return 0;
    }
    // Atomic: a failed export never leaves half a module over the previous one.
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(text) != text.size() || !output.commit()) {
        err << tr("joinery export: cannot write \"%1\": %2").arg(outputPath, output.errorString())
            << '\n';
        return 2;
    }
    return 0;
}

int DrizzleExport::runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList targets;
    for (DrizzleTarget target : DrizzleTargets::all())
        targets << DrizzleTargets::id(target);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a schema as a Drizzle ORM module (TypeScript).\n"
           "Exit status: 0 written, 2 the file cannot be read or the output cannot be written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file to export."));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"), tr("The target: %1.").arg(targets.join(QLatin1String(", "))),
        QStringLiteral("dialect"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to this file instead of standard output."),
                                          QStringLiteral("file"));
    parser.addOption(dialectOption);
    parser.addOption(outputOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("joinery export: give exactly one file.") << '\n';
        return 2;
    }
    const QString dialect = parser.value(dialectOption);
    if (!handles(dialect)) {
        err << tr("joinery export: --dialect must be one of %1 (got \"%2\").")
                   .arg(targets.join(QLatin1String(", ")), dialect)
            << '\n';
        return 2;
    }
    return exportFile(files.first(), dialect, parser.value(outputOption));
}
