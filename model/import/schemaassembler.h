#pragma once

#include "../schema.h"
#include "importedschema.h"

#include <QCoreApplication>

class ImportReport;

// Turns an ImportedSchema (names) into a Schema (ids). What does not resolve — a key whose
// parent table is missing, an index on an expression, a duplicate name — is left out and noted
// in the report, so the result always passes IntegrityCheck. Fills the report's counts.
class SchemaAssembler
{
    Q_DECLARE_TR_FUNCTIONS(SchemaAssembler)
public:
    static Schema assemble(const ImportedSchema &imported, ImportReport *report);
};
