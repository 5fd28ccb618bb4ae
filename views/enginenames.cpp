#include "enginenames.h"

#include "ddl/baseddlgenerator.h"
#include "schema.h"

bool EngineNames::conventionDialect(const Schema &schema, Dialect *dialect)
{
    return Dialects::fromId(schema.targetDialect, dialect)
        || Dialects::fromId(schema.sourceDialect, dialect);
}

EngineNames::Shown EngineNames::foreignKey(const Schema &schema, const ForeignKey &key)
{
    Shown shown;
    if (!key.name.isEmpty()) {
        shown.text = key.name;
        return shown;
    }
    shown.byEngine = true;
    Dialect dialect;
    if (!conventionDialect(schema, &dialect)) {
        shown.text = tr("(unnamed)");
        shown.toolTip = tr("The key has no name of its own; the engine names it when the key is "
                           "created. Choose a target dialect to see that name.");
        return shown;
    }
    // Every generator DdlGenerator::create() makes derives from BaseDdlGenerator.
    const std::unique_ptr<DdlGenerator> generator = DdlGenerator::create(dialect);
    const QString name
        = static_cast<const BaseDdlGenerator *>(generator.get())->engineForeignKeyName(schema, key);
    const QString engine = Dialects::displayName(dialect);
    if (!name.isEmpty()) {
        shown.text = name;
        shown.toolTip = tr("named by %1: the key has no name of its own, and this is the one the "
                           "engine gives it. Type a name to give it one.")
                            .arg(engine);
    } else if (dialect == Dialect::SQLite) {
        shown.text = tr("(unnamed)");
        shown.toolTip = tr("SQLite keeps no name for a key declared without one.");
    } else {
        shown.text = tr("(unnamed)");
        shown.toolTip
            = tr("named by %1: the engine names the key itself when it is created.").arg(engine);
    }
    return shown;
}
