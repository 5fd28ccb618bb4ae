#include "checkcommand.h"

#include "ddl/dialectchecker.h"
#include "schemareader.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QTextStream>

int CheckCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a schema and prints its problems, one per line:\n"
           "  severity code object: message\n"
           "Exit status: 0 no errors, 1 errors found, 2 the file cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file to check."));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        tr("Also check what sqlite, postgresql, mysql, mariadb or sqlserver accepts."),
        QStringLiteral("D"));
    parser.addOption(dialectOption);
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
        err << tr("joinery check: give exactly one file.") << '\n';
        return 2;
    }

    Dialect dialect = Dialect::SQLite;
    if (parser.isSet(dialectOption) && !Dialects::fromId(parser.value(dialectOption), &dialect)) {
        QStringList known;
        for (Dialect d : Dialects::all())
            known << Dialects::id(d);
        err << tr("joinery check: unknown dialect \"%1\"; use one of %2.")
                   .arg(parser.value(dialectOption), known.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }

    SchemaReader reader;
    if (!reader.readFile(files.first())) {
        err << tr("joinery check: %1").arg(reader.error()) << '\n';
        return 2;
    }
    QVector<Problem> problems = Validator::validate(reader.schema());
    if (parser.isSet(dialectOption)) {
        problems += DialectChecker::check(reader.schema(), dialect);
        Validator::sort(&problems);
    }
    int errors = 0;
    for (const Problem &p : problems) {
        out << p.toLine() << '\n';
        errors += p.severity == Severity::Error ? 1 : 0;
    }
    return errors > 0 ? 1 : 0;
}
