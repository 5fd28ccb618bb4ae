#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery [FILE]` opens the designer; `joinery SUBCOMMAND ...` runs headless. Each subcommand
// lives in its own class; this one only dispatches.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static bool isHeadless(int argc, char *argv[]);
    static void setUpApplication();
    static int run(const QStringList &arguments);
    // Reads `joinery [FILE]`; prints help/errors. Returns false when the program should exit.
    static bool parseGuiArguments(const QStringList &arguments, QString *file);

    static QStringList subcommands();
};
