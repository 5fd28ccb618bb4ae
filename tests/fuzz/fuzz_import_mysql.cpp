// Harness: Importer::importScript for MySQL/MariaDB scripts: SqlTokenizer, StatementSplitter
// (DELIMITER), DdlParser.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzSupport::importScript(data, size, "mysql");
}
