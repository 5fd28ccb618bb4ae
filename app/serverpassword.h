#pragma once

#include <QCoreApplication>
#include <QString>

// The password for a server URL (`joinery import`, `joinery simulate --engine`): never from the
// URL itself, where it would show in the process list and the shell history, but from the
// environment variable JOINERY_PASSWORD, else asked for on the terminal with echo off.
class ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)
public:
    // Whether the URL carries a password (the commands refuse it).
    static bool isInUrl(const QString &url);
    // The sentence the commands print when it does.
    static QString notInUrlMessage();
    // JOINERY_PASSWORD when set (even empty), else the terminal's answer; empty when stdin is
    // not a terminal.
    static QString read(const QString &url);
    // Reads a line from the terminal with echo off; empty when stdin is not a terminal.
    static QString prompt(const QString &question);
};
