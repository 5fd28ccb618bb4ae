// Harness: Importer::importScript for PostgreSQL scripts: libpg_query splits and parses them,
// PostgresTreeReader walks the trees.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzSupport::importScript(data, size, "postgresql");
}
