#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery simulate FILE (--data DATA.sql | --generate N [--seed S])
//                   (--delete "TABLE [WHERE …]" | --update "TABLE SET … [WHERE …]")
//                   [--defer] [--json] [--engine URL [--engine-only]]`
// Runs the statement on a scratch database and prints what the engine did. With --engine it
// runs on that server too (EngineSimulation), whose answer then decides. Exit 0 when the
// statement would succeed, 1 when the engine refuses it, 2 for bad input or no connection.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    static int run(const QStringList &arguments);
};
