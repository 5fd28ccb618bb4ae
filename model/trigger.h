#pragma once

#include "id.h"

#include <QString>

// A trigger kept verbatim in the schema's source dialect: Joinery does not model what it does,
// but writes it back on a same-dialect export and runs it in the scratch database when that
// dialect is SQLite (cascaded rows fire triggers there, as on the engine).
struct Trigger
{
    Id id = 0;
    QString name;
    QString sql; // the whole CREATE TRIGGER statement, as the engine stores it

    bool operator==(const Trigger &o) const { return id == o.id && name == o.name && sql == o.sql; }
    bool operator!=(const Trigger &o) const { return !(*this == o); }
};
