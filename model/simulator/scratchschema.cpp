// Kept apart from scratchdatabase.cpp: only this part needs the DDL generators.
#include "scratchdatabase.h"

#include "../ddl/ddlgenerator.h"
#include "../schema.h"

bool ScratchDatabase::createFromSchema(const Schema &schema)
{
    const DdlScript script = DdlGenerator::create(Dialect::SQLite)->createScript(schema);
    QStringList statements;
    for (const DdlStatement &statement : script.statements)
        statements.append(statement.sql);
    return create(statements);
}
