#include "simulatecommand.h"

#include "schemareader.h"
#include "serverpassword.h"
#include "simulator/enginesimulation.h"
#include "simulator/samplegenerator.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulationcomparison.h"
#include "simulator/simulator.h"
#include "simulator/sqlinsertfile.h"
#include "simulator/statementguard.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace {

constexpr int SimulationSucceeds = 0;
constexpr int SimulationRefused = 1;
constexpr int SimulationBadInput = 2;

// Bad input in the --json form too, so that scripts always get an object.
int simulationBadInput(const QString &message, bool json)
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
    return SimulationBadInput;
}

// The statement on the engine, and unless engineOnly also in SQLite under the engine's rules,
// with the differences. The SQLite guard has let the statement through before it is sent.
int runOnEngine(EngineSimulation *engine, const Schema &schema, ScratchDatabase *db,
                const SampleData &sample, const QString &statement, bool defer, bool engineOnly,
                bool asJson)
{
    const Table *table = nullptr;
    bool deleting = true;
    {
        StatementGuard guard(db->handle());
        if (!guard.prepare(statement))
            return simulationBadInput(guard.error(), asJson);
        table = schema.tableByName(guard.tableName());
        deleting = guard.kind() == StatementGuard::Kind::Delete;
    }
    if (!table)
        return simulationBadInput(
            SimulateCommand::tr("the statement's table is not in the schema."), asJson);
    SimulationResult simulated;
    if (!engineOnly) {
        Schema targeted = schema;
        targeted.targetDialect = Dialects::id(engine->dialect());
        Simulator simulator(db, targeted);
        simulated = simulator.run({statement, defer, false});
        simulated.notSimulated = db->notSimulated() + simulated.notSimulated;
        if (simulated.badInput)
            return simulationBadInput(simulated.error.message, asJson);
    }
    const SimulationResult real
        = engine->run(schema, sample, statement, table->id, deleting, defer);
    if (!engine->cleanupError().isEmpty())
        QTextStream(stderr)
            << SimulateCommand::tr("joinery simulate: %1").arg(engine->cleanupError()) << '\n';
    if (real.badInput)
        return simulationBadInput(real.error.message, asJson);
    QTextStream out(stdout);
    const QVector<SimulationDifference> differences = engineOnly
        ? QVector<SimulationDifference>()
        : SimulationComparison::compare(simulated, real, schema);
    if (asJson) {
        QJsonObject o = real.toJson(schema);
        if (!engineOnly) {
            o.insert(QStringLiteral("sqlite"), simulated.toJson(schema));
            o.insert(QStringLiteral("differences"),
                     SimulationComparison::toJson(differences, schema));
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (engineOnly) {
        out << real.toText(schema);
    } else {
        out << SimulateCommand::tr("The simulation in SQLite, with %1's rules:")
                   .arg(Dialects::displayName(engine->dialect()))
            << '\n'
            << simulated.toText(schema) << '\n'
            << SimulateCommand::tr("On %1 (throw-away database, rolled back):")
                   .arg(engine->version())
            << '\n'
            << real.toText(schema) << '\n'
            << SimulationComparison::toText(differences, schema,
                                            Dialects::displayName(engine->dialect()));
    }
    return real.ok ? SimulationSucceeds : SimulationRefused;
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
           "With --engine the statement also runs on a real PostgreSQL, MySQL or MariaDB "
           "server, in a throw-away database that is dropped afterwards, and the differences "
           "are listed; the password is read from the environment variable JOINERY_PASSWORD, "
           "else asked for on the terminal.\n"
           "Exit status: 0 the statement would succeed, 1 the engine refuses it, 2 bad input "
           "or no connection."));
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
    const QCommandLineOption engineOption(
        QStringLiteral("engine"),
        tr("Also run the statement on this server: postgresql://USER@HOST:PORT/DB, "
           "mysql://… or mariadb://…; its answer decides the exit status."),
        tr("URL"));
    const QCommandLineOption engineOnly(QStringLiteral("engine-only"),
                                        tr("With --engine: skip the SQLite simulation."));
    parser.addOptions(
        {data, generate, seed, remove, update, defer, json, engineOption, engineOnly});
    const bool asJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return simulationBadInput(parser.errorText(), asJson);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return SimulationSucceeds;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return simulationBadInput(tr("give exactly one .joinery file."), asJson);
    if (parser.isSet(data) == parser.isSet(generate))
        return simulationBadInput(tr("give either --data DATA.sql or --generate N."), asJson);
    if (parser.isSet(remove) == parser.isSet(update))
        return simulationBadInput(tr("give either --delete or --update."), asJson);
    int rows = 0;
    quint64 seedValue = 1;
    if (parser.isSet(generate)) {
        bool ok = false;
        rows = parser.value(generate).toInt(&ok);
        if (!ok || rows < 0 || rows > 10'000'000)
            return simulationBadInput(
                tr("--generate needs a number of rows from 0 to 10000000, not "
                   "\"%1\".")
                    .arg(parser.value(generate)),
                asJson);
        seedValue = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return simulationBadInput(
                tr("--seed needs a whole number, not \"%1\".").arg(parser.value(seed)), asJson);
    }

    if (parser.isSet(engineOnly) && !parser.isSet(engineOption))
        return simulationBadInput(tr("--engine-only needs --engine."), asJson);

    SchemaReader reader;
    if (!reader.readFile(files.first()))
        return simulationBadInput(reader.error(), asJson);
    const Schema &schema = reader.schema();
    std::unique_ptr<EngineSimulation> engine;
    if (parser.isSet(engineOption)) {
        const QString url = parser.value(engineOption);
        if (!EngineSimulation::isEngineUrl(url))
            return simulationBadInput(tr("--engine needs a URL postgresql://USER@HOST:PORT/DB or "
                                         "mysql://USER@HOST:PORT/DB, not \"%1\".")
                                          .arg(url),
                                      asJson);
        if (ServerPassword::isInUrl(url))
            return simulationBadInput(ServerPassword::notInUrlMessage(), asJson);
        engine = std::make_unique<EngineSimulation>(url, ServerPassword::read(url));
        if (!engine->connect())
            return simulationBadInput(engine->error(), asJson);
    }
    ScratchDatabase db;
    if (!db.isOpen() || !db.createFromSchema(schema))
        return simulationBadInput(tr("the schema cannot be built in SQLite: %1").arg(db.error()),
                                  asJson);
    SampleData sample;
    if (parser.isSet(data)) {
        QString error;
        if (!SqlInsertFile::load(&db, parser.value(data), &error))
            return simulationBadInput(error, asJson);
        if (engine && !db.read(schema, &sample))
            return simulationBadInput(db.error(), asJson);
    } else {
        SampleGenerator generator(schema, rows, seedValue);
        if (!generator.generate(&sample))
            return simulationBadInput(generator.error(), asJson);
        if (!db.load(schema, sample, ScratchDatabase::LoadMode::Strict))
            return simulationBadInput(tr("the generated data does not load: %1").arg(db.error()),
                                      asJson);
    }

    const QString statement = parser.isSet(remove)
        ? StatementGuard::deleteStatement(parser.value(remove))
        : StatementGuard::updateStatement(parser.value(update));
    if (engine)
        return runOnEngine(engine.get(), schema, &db, sample, statement, parser.isSet(defer),
                           parser.isSet(engineOnly), asJson);
    Simulator simulator(&db, schema);
    SimulationResult result = simulator.run({statement, parser.isSet(defer), false});
    result.notSimulated = db.notSimulated() + result.notSimulated;
    if (result.badInput)
        return simulationBadInput(result.error.message, asJson);
    if (asJson)
        out << QJsonDocument(result.toJson(schema)).toJson(QJsonDocument::Indented);
    else
        out << result.toText(schema);
    return result.ok ? SimulationSucceeds : SimulationRefused;
}
