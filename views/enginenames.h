#pragma once

#include "ddl/dialect.h"
#include "foreignkey.h"

#include <QCoreApplication>
#include <QString>

class Schema;

// What a view shows for a key the model leaves unnamed: the name the schema's dialect gives it
// when the key is created (BaseDdlGenerator::engineForeignKeyName), marked as the engine's. The
// model never stores that name; it is recomputed whenever it is shown, so it follows renames,
// column changes and a change of the target dialect.
class EngineNames
{
    Q_DECLARE_TR_FUNCTIONS(EngineNames)
public:
    struct Shown
    {
        QString text; // the key's own name, or the engine's, or "(unnamed)"
        bool byEngine = false; // true: not the model's name (views draw it in italics)
        QString toolTip; // why it is shown so; empty for a name of the model's own
    };

    // The dialect whose convention applies: the target dialect, else the source dialect.
    static bool conventionDialect(const Schema &schema, Dialect *dialect);
    static Shown foreignKey(const Schema &schema, const ForeignKey &key);
};
