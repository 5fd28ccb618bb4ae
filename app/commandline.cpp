#include "commandline.h"
#include "checkcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "migratecommand.h"
#include "simulatecommand.h"
#include "translationloader.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("check"), QStringLiteral("import"), QStringLiteral("export"),
            QStringLiteral("simulate"), QStringLiteral("migrate")};
}

bool CommandLine::isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0
            || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
        if (arg[0] != '-')
            return subcommands().contains(QString::fromLocal8Bit(arg));
    }
    return false;
}

void CommandLine::setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Joinery"));
    QCoreApplication::setApplicationName(QStringLiteral("Joinery"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOINERY_VERSION));

    // Joinery's and Qt's translations; the system language decides unless the preferences
    // chose one (setting "language"); JOINERY_LANGUAGE overrides both.
    TranslationLoader::install(TranslationLoader::chosenLocale());
}

static void describeSubcommands(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        CommandLine::tr("Joinery: design relational schemas, export their DDL, and simulate "
                        "deletes and updates.\n\n"
                        "Subcommands (run headless, no display needed):\n"
                        "  check FILE [--dialect D]   list the schema's problems\n"
                        "  import SOURCE [-o OUT]     import an SQLite file, SQL script or "
                        "server\n"
                        "  export FILE --dialect D [--drop] [--quote-all] [-o OUT.sql]\n"
                        "                             write the DDL script for a dialect, or a\n"
                        "                             Drizzle ORM schema with --dialect drizzle-pg,\n"
                        "                             drizzle-sqlite, drizzle-mysql or drizzle-mssql;\n"
                        "                             several (D1,D2 or all) into the folder -o OUT\n"
                        "  simulate FILE …            what a DELETE or UPDATE does through the "
                        "keys\n"
                        "  migrate OLD NEW --dialect D [--d1] [--rehearse DATA.sql] [-o OUT]\n"
                        "                             the migration from OLD to NEW, checked\n\n"
                        "Without a subcommand, Joinery opens FILE (or the bundled sample) in "
                        "the designer."));
}

bool CommandLine::parseGuiArguments(const QStringList &arguments, QString *file)
{
    QCommandLineParser parser;
    describeSubcommands(&parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file to open."),
                                 QStringLiteral("[FILE]"));
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return false;
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << tr("Unknown subcommand \"%1\". Known: %2.")
                                   .arg(parser.positionalArguments().first(),
                                        subcommands().join(QStringLiteral(", ")))
                            << '\n';
        return false;
    }
    *file = parser.positionalArguments().value(0);
    return true;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments.mid(1));
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments.mid(1));
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments.mid(1));
    if (command == QLatin1String("simulate"))
        return SimulateCommand::run(arguments.mid(1));
    if (command == QLatin1String("migrate"))
        return MigrateCommand::run(arguments.mid(1));

    QCommandLineParser parser;
    describeSubcommands(&parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(arguments); // --help and --version print and exit here
    return 0;
}
