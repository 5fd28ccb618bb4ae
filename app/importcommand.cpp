#include "importcommand.h"

#include "import/importer.h"
#include "import/importreport.h"
#include "layout/autolayout.h"
#include "schemawriter.h"
#include "serverpassword.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

int ImportCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a schema and prints what was imported and what was left out.\n"
           "SOURCE is an SQLite database file, an SQL script (SQLite, PostgreSQL, MySQL/MariaDB "
           "or SQL Server), or a server URL postgresql://USER@HOST:PORT/DB or "
           "mysql://USER@HOST:PORT/DB. A server's password is read from the environment "
           "variable JOINERY_PASSWORD, else asked for on the terminal; never give it on the "
           "command line.\n"
           "Without -o nothing is written.\n"
           "Exit status: 0 all imported, 1 imported with parts left out (see the report), "
           "2 nothing imported (unreadable source, bad arguments, output not writable)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("source"), tr("The file or server URL to import."));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        tr("The script's dialect: %1, or auto (the default: detected from the text).")
            .arg(Importer::dialects().join(QStringLiteral(", "))),
        QStringLiteral("D"), QStringLiteral("auto"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write the schema to this .joinery file."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption noLayoutOption(QStringLiteral("no-layout"),
                                            tr("Keep the tables on a plain grid instead of "
                                               "arranging them by their keys."));
    parser.addOption(dialectOption);
    parser.addOption(outputOption);
    parser.addOption(noLayoutOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("joinery import: give exactly one source.") << '\n';
        return 2;
    }
    const QString source = parser.positionalArguments().first();
    QString password;
    if (Importer::isServerUrl(source)) {
        if (ServerPassword::isInUrl(source)) {
            err << tr("joinery import: %1").arg(ServerPassword::notInUrlMessage()) << '\n';
            return 2;
        }
        password = ServerPassword::read(source);
    }

    ImportReport report;
    Schema schema = Importer::importSource(source, parser.value(dialectOption), &report, password);
    if (report.isFatal()) {
        err << report.toText();
        return 2;
    }
    if (!parser.isSet(noLayoutOption))
        AutoLayout::arrange(&schema);
    out << report.toText();
    if (parser.isSet(outputOption)) {
        QString error;
        if (!SchemaWriter::save(schema, parser.value(outputOption), &error)) {
            err << tr("joinery import: %1").arg(error) << '\n';
            return 2;
        }
        out << tr("Wrote %1.").arg(QFileInfo(parser.value(outputOption)).filePath()) << '\n';
    }
    return report.isIncomplete() ? 1 : 0;
}
