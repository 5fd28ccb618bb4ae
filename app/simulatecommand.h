#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery simulate FILE (--data DATA.sql | --generate N [--seed S])
//                   (--delete "TABLE [WHERE …]" | --update "TABLE SET … [WHERE …]")
//                   [--defer] [--json]`
// Runs the statement on a scratch database and prints what the engine did. Exit 0 when the
// statement would succeed, 1 when the engine refuses it, 2 for bad input.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    static int run(const QStringList &arguments);
};
