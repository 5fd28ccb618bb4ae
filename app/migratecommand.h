#pragma once

#include <QCoreApplication>
#include <QStringList>

// `joinery migrate OLD NEW --dialect D [--d1] [--rename OLD=NEW]... [--allow-data-loss]
//                  [--rehearse DATA.sql] [-o FILE|DIR] [--message TEXT]`
// Compares two versions of a schema (.joinery files, SQL scripts or SQLite databases) and
// writes the migration from OLD to NEW for a dialect, with its problems; --rehearse runs it on a
// scratch SQLite copy of the data (plain and D1 shape). With --d1 and -o DIR, the file goes into
// a wrangler migrations folder as NNNN_message.sql, numbered after the files already there.
// Exit 0: safe (written); 1: refused, needs --allow-data-loss, or the rehearsal failed (nothing
// written); 2: bad input.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
public:
    static int run(const QStringList &arguments);
};
