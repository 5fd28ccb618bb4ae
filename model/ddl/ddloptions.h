#pragma once

struct DdlOptions
{
    bool quoteAllIdentifiers = false;
    bool includeHeader = true;
    // A one-column PRIMARY KEY or UNIQUE written on its column, where SQLite scripts usually
    // declare it, not after the columns: SQLite creates the indexes in the order it reads them,
    // and UPDATE OR REPLACE meets the conflicts in that order (the simulator's scratch database
    // follows the script's SQLite that way).
    bool singleColumnKeysInline = false;
};
