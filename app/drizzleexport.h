#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The drizzle-* targets of `joinery export`: reads a .joinery file and writes the Drizzle ORM
// module to a file or to standard output.
//
// The SQL export command calls exportFile() for any dialect where handles() is true.
// runCommand() is a stand-alone `joinery export FILE --dialect drizzle-... [-o FILE]` used
// until the SQL export command takes the drizzle targets over.
class DrizzleExport
{
    Q_DECLARE_TR_FUNCTIONS(DrizzleExport)
public:
    static bool handles(const QString &dialectId);
    // Exit status: 0 written, 2 the schema cannot be read or the output cannot be written.
    // An empty outputPath writes to standard output. Messages go to standard error.
    static int exportFile(const QString &file, const QString &dialectId, const QString &outputPath);
    static int runCommand(const QStringList &arguments);
};
