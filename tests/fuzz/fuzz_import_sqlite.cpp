// Harness: Importer::importScript for SQLite scripts: SqliteImporter runs what defines the schema
// on a scratch SQLite database (bounded by a WorkLimit) and reads its catalog.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzSupport::importScript(data, size, "sqlite");
}
