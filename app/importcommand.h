#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery import SOURCE [--dialect D] [-o OUT.joinery] [--no-layout]`: reads an SQLite
// database, an SQL script or a server's catalog, lays the tables out, writes OUT, and prints
// the import report. Without -o nothing is written: the report alone says what would be
// imported. Exit 0 all imported, 1 imported with parts left out (the report says which),
// 2 nothing imported (unreadable source, unreachable server, bad arguments, OUT not writable).
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int run(const QStringList &arguments);
};
