// Harness: SqlInsertFile::loadText, the sample-data .sql reader (`joinery simulate --data`,
// Sample data → Load), on a scratch database of the shop sample.
// Invariants: a failed load leaves the database as it was (empty); a load that succeeds can
// be read back as SampleData.
#include "fuzzsupport.h"

#include "schemareader.h"
#include "simulator/sampledata.h"
#include "simulator/scratchdatabase.h"
#include "simulator/sqlinsertfile.h"
#include "worklimit.h"

namespace {
SchemaReader *reader = nullptr;
ScratchDatabase *db = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    reader = new SchemaReader;
    FuzzSupport::check(reader->read(FuzzSupport::sample("shop.joinery")), "shop.joinery reads",
                       reader->error());
    db = new ScratchDatabase;
    FuzzSupport::check(db->isOpen() && db->createFromSchema(reader->schema()),
                       "the shop schema builds in SQLite", db->error());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzSupport::check;
    const Schema &schema = reader->schema();
    WorkLimit limit;
    limit.setStatementSteps(FuzzSupport::StatementSteps);
    limit.setStepsPerByte(FuzzSupport::StepsPerByte);
    QString error;
    const bool loaded = SqlInsertFile::loadText(
        db, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.sql"), &error, &limit);
    check(loaded || !error.isEmpty(), "a failed load says why");
    SampleData rows;
    check(db->read(schema, &rows), "the scratch database reads back", db->error());
    if (!loaded)
        check(rows.rowCount() == 0, "a failed load leaves the database as it was", error);
    else
        check(db->clear(schema), "the scratch database can be emptied", db->error());
    return 0;
}
