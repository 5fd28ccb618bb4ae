#include "checkcommand.h"

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

    SchemaReader reader;
    if (!reader.readFile(files.first())) {
        err << tr("joinery check: %1").arg(reader.error()) << '\n';
        return 2;
    }
    const QVector<Problem> problems = Validator::validate(reader.schema());
    int errors = 0;
    for (const Problem &p : problems) {
        out << p.toLine() << '\n';
        errors += p.severity == Severity::Error ? 1 : 0;
    }
    return errors > 0 ? 1 : 0;
}
