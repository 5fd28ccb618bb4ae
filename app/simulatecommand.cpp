#include "simulatecommand.h"

#include "schemareader.h"
#include "simulator/samplegenerator.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulator.h"
#include "simulator/sqlinsertfile.h"
#include "simulator/statementguard.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

constexpr int Succeeds = 0;
constexpr int Refused = 1;
constexpr int BadInput = 2;

// Bad input in the --json form too, so that scripts always get an object.
int badInput(const QString &message, bool json)
{
    if (json) {
        const QJsonObject o{
            {QStringLiteral("ok"), false},
            {QStringLiteral("badInput"), true},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}},
            {QStringLiteral("effects"), QJsonArray()}};
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    QTextStream(stderr) << SimulateCommand::tr("joinery simulate: %1").arg(message) << '\n';
    return BadInput;
}

} // namespace

int SimulateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one DELETE or UPDATE on a scratch SQLite database built from the schema, "
           "records every row the engine touches through the foreign keys, and rolls back. "
           "Where the schema's target engine treats keys differently from SQLite, its rules "
           "apply.\n"
           "Exit status: 0 the statement would succeed, 1 the engine refuses it, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .joinery file."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Load the sample data from a .sql file of INSERT statements."),
                                  tr("DATA.sql"));
    const QCommandLineOption generate(QStringLiteral("generate"), tr("Generate N rows per table."),
                                      tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed for --generate (default 1)."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption remove(QStringLiteral("delete"),
                                    tr("Simulate DELETE FROM TABLE [WHERE …]."),
                                    tr("TABLE [WHERE …]"));
    const QCommandLineOption update(QStringLiteral("update"),
                                    tr("Simulate UPDATE TABLE SET … [WHERE …]."),
                                    tr("TABLE SET … [WHERE …]"));
    const QCommandLineOption defer(QStringLiteral("defer"),
                                   tr("PRAGMA defer_foreign_keys: check the keys at commit "
                                      "(not for a MySQL, MariaDB or SQL Server target, which "
                                      "defer nothing)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({data, generate, seed, remove, update, defer, json});
    const bool asJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return badInput(parser.errorText(), asJson);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Succeeds;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return badInput(tr("give exactly one .joinery file."), asJson);
    if (parser.isSet(data) == parser.isSet(generate))
        return badInput(tr("give either --data DATA.sql or --generate N."), asJson);
    if (parser.isSet(remove) == parser.isSet(update))
        return badInput(tr("give either --delete or --update."), asJson);
    int rows = 0;
    quint64 seedValue = 1;
    if (parser.isSet(generate)) {
        bool ok = false;
        rows = parser.value(generate).toInt(&ok);
        if (!ok || rows < 0 || rows > 10'000'000)
            return badInput(tr("--generate needs a number of rows from 0 to 10000000, not "
                               "\"%1\".")
                                .arg(parser.value(generate)),
                            asJson);
        seedValue = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return badInput(tr("--seed needs a whole number, not \"%1\".").arg(parser.value(seed)),
                            asJson);
    }

    SchemaReader reader;
    if (!reader.readFile(files.first()))
        return badInput(reader.error(), asJson);
    const Schema &schema = reader.schema();
    ScratchDatabase db;
    if (!db.isOpen() || !db.createFromSchema(schema))
        return badInput(tr("the schema cannot be built in SQLite: %1").arg(db.error()), asJson);
    if (parser.isSet(data)) {
        QString error;
        if (!SqlInsertFile::load(&db, parser.value(data), &error))
            return badInput(error, asJson);
    } else {
        SampleGenerator generator(schema, rows, seedValue);
        SampleData sample;
        if (!generator.generate(&sample))
            return badInput(generator.error(), asJson);
        if (!db.load(schema, sample, ScratchDatabase::LoadMode::Strict))
            return badInput(tr("the generated data does not load: %1").arg(db.error()), asJson);
    }

    const QString statement = parser.isSet(remove)
        ? StatementGuard::deleteStatement(parser.value(remove))
        : StatementGuard::updateStatement(parser.value(update));
    Simulator simulator(&db, schema);
    SimulationResult result = simulator.run({statement, parser.isSet(defer), false});
    result.notSimulated = db.notSimulated();
    if (result.badInput)
        return badInput(result.error.message, asJson);
    if (asJson)
        out << QJsonDocument(result.toJson(schema)).toJson(QJsonDocument::Indented);
    else
        out << result.toText(schema);
    return result.ok ? Succeeds : Refused;
}
