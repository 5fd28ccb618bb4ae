#pragma once

#include "differentialgenerator.h"
#include "schema.h"
#include "simulator/simulationcomparison.h"
#include "simulator/simulationresult.h"

#include <QString>
#include <QStringList>

class EngineSimulation;

// One random case of the differential test run twice: by Joinery's simulation under the
// target engine's rules (the script imported as a user imports it, the target dialect set,
// the rows loaded into the scratch database) and by the real server (EngineSimulation, the
// same schema and rows in a throw-away database). What is compared is what a user compares:
// SimulationComparison's verdict and per-table totals.
struct EngineDifferentialOutcome
{
    bool built = false; // Joinery's side could be set up; else error says why
    bool engineBuilt = false; // the server took the schema and the rows
    // The server refused to create the schema (MariaDB: SET NULL on a NOT NULL column), which
    // agrees with a refusal of Joinery's.
    bool engineRefusedSchema = false;
    QString error;
    Schema schema;
    SimulationResult simulated;
    SimulationResult engine;
    QVector<SimulationDifference> differences;
    QStringList notSimulated; // what Joinery's result marks as not simulated

    bool agrees() const
    {
        return built
            && ((engineBuilt && differences.isEmpty())
                || (engineRefusedSchema && !simulated.ok && !simulated.badInput));
    }
};

namespace EngineDifferentialRun {
// `dialect`: "postgresql" or "mariadb", the engine's dialect.
EngineDifferentialOutcome run(const DifferentialCase &c, const QString &dialect,
                              EngineSimulation *engine);
// "succeeds; t0: deleted 1 set-null 0 set-default 0 updated 2" or "refused: <message>".
QString describe(const SimulationResult &result, const Schema &schema);
// The case as a script to paste into the engine's client, and both answers.
QString report(const DifferentialCase &c, const EngineDifferentialOutcome &outcome);
} // namespace EngineDifferentialRun
