#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery check FILE`: prints the problems one per line as `severity code object: message`.
// Exit 0 without errors, 1 with errors, 2 when the file cannot be read.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    static int run(const QStringList &arguments);
};
