#include "enginedifferentialrun.h"

#include "ddl/ddlgenerator.h"
#include "import/importreport.h"
#include "import/sqliteimporter.h"
#include "simulator/enginesimulation.h"
#include "simulator/scratchdatabase.h"
#include "simulator/simulator.h"
#include "simulator/statementguard.h"

EngineDifferentialOutcome EngineDifferentialRun::run(const DifferentialCase &c,
                                                     const QString &dialect,
                                                     EngineSimulation *engine)
{
    EngineDifferentialOutcome outcome;
    ImportReport report;
    outcome.schema = SqliteImporter::importScript(c.script, &report);
    if (outcome.schema.tableCount() != c.script.count(QLatin1String("CREATE TABLE"))) {
        outcome.error = QStringLiteral("import: %1 tables").arg(outcome.schema.tableCount());
        return outcome;
    }
    outcome.schema.targetDialect = dialect;
    const Schema &schema = outcome.schema;
    SampleData data;
    Id table = 0;
    bool deleting = true;
    {
        ScratchDatabase db;
        if (!db.isOpen() || !db.createFromSchema(schema)) {
            outcome.error = QStringLiteral("scratch: ") + db.error();
            return outcome;
        }
        bool ok = db.exec(QStringLiteral("BEGIN"))
            && db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString &sql : c.inserts)
            ok = ok && db.exec(sql);
        if (!ok || !db.exec(QStringLiteral("COMMIT")) || !db.read(schema, &data)) {
            outcome.error = QStringLiteral("data: ") + db.error();
            return outcome;
        }
        {
            StatementGuard guard(db.handle());
            if (!guard.prepare(c.statement) || !schema.tableByName(guard.tableName())) {
                outcome.error = QStringLiteral("statement: ") + guard.error();
                return outcome;
            }
            table = schema.tableByName(guard.tableName())->id;
            deleting = guard.kind() == StatementGuard::Kind::Delete;
        }
        outcome.built = true;
        Simulator simulator(&db, schema);
        outcome.simulated = simulator.run({c.statement, c.defer, false});
        outcome.simulated.notSimulated += db.notSimulated();
    }
    outcome.notSimulated = outcome.simulated.notSimulated;
    outcome.engine = engine->run(schema, data, c.statement, table, deleting, c.defer);
    if (outcome.engine.badInput) {
        outcome.engineRefusedSchema
            = outcome.engine.error.message.startsWith(QLatin1String("The schema cannot be built"));
        outcome.error = QStringLiteral("engine: ") + outcome.engine.error.message;
        return outcome;
    }
    outcome.engineBuilt = true;
    outcome.differences = SimulationComparison::compare(outcome.simulated, outcome.engine, schema);
    return outcome;
}

QString EngineDifferentialRun::describe(const SimulationResult &result, const Schema &schema)
{
    if (result.badInput)
        return QStringLiteral("not run: ") + result.error.message;
    if (!result.ok)
        return QStringLiteral("refused: ") + result.error.message;
    QStringList parts{QStringLiteral("succeeds")};
    for (const TableTotals &t : result.totals()) {
        if (t.deleted + t.setNull + t.setDefault + t.updated == 0)
            continue;
        parts << QStringLiteral("%1: deleted %2 set-null %3 set-default %4 updated %5")
                     .arg(schema.table(t.table)->name)
                     .arg(t.deleted)
                     .arg(t.setNull)
                     .arg(t.setDefault)
                     .arg(t.updated);
    }
    return parts.join(QLatin1String("; "));
}

QString EngineDifferentialRun::report(const DifferentialCase &c,
                                      const EngineDifferentialOutcome &outcome)
{
    Dialect dialect = Dialect::PostgreSQL;
    Dialects::fromId(outcome.schema.targetDialect, &dialect);
    DdlOptions options;
    options.includeHeader = false;
    QStringList ddl;
    if (outcome.schema.tableCount() > 0) {
        for (const DdlStatement &s :
             DdlGenerator::create(dialect)->createScript(outcome.schema, options).statements)
            ddl << s.sql.trimmed();
    }
    QStringList differences;
    for (const SimulationDifference &d : outcome.differences) {
        const Table *t = outcome.schema.table(d.table);
        differences << (t ? t->name + QLatin1Char(' ') : QString()) + d.what;
    }
    return QStringLiteral("[%1] %2\n-- SQLite script (imported):\n%3-- %4 DDL:\n%5;\n"
                          "-- rows:\n%6;\n-- statement%7:\n%8;\n  Joinery: %9\n  engine:  %10%11")
        .arg(c.features.join(QLatin1Char(' ')),
             outcome.error.isEmpty() ? differences.join(QLatin1String(", ")) : outcome.error,
             c.script, Dialects::displayName(dialect), ddl.join(QLatin1String(";\n")),
             c.inserts.join(QLatin1String(";\n")),
             c.defer ? QStringLiteral(" (deferred: --defer)") : QString(), c.statement,
             describe(outcome.simulated, outcome.schema), describe(outcome.engine, outcome.schema),
             outcome.notSimulated.isEmpty() ? QString()
                                            : QStringLiteral("\n  not simulated: ")
                     + outcome.notSimulated.join(QLatin1String("; ")));
}
