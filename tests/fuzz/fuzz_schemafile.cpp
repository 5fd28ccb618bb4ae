// Harness: the .joinery reader, and what opening a file does with what it accepts: the sample
// data is read, the Problems dock validates, the DDL preview generates every export target,
// and the scratch database is built from the schema and filled with the sample data.
// Invariant: a schema the reader accepts is written as a file that reads back and writes the
// same bytes again (what Joinery opens it can save and open again).
#include "fuzzsupport.h"

#include "exporttarget.h"
#include "schemareader.h"
#include "schemawriter.h"
#include "simulator/sampledata.h"
#include "simulator/scratchdatabase.h"
#include "validator.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzSupport::check;
    SchemaReader reader;
    if (!reader.read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)))) {
        check(!reader.error().isEmpty(), "a refused file says why");
        return 0;
    }
    const Schema &schema = reader.schema();
    QJsonObject extra = reader.extra();
    SampleData rows;
    QString error;
    const QJsonValue rowsValue = extra.take(QLatin1String(SampleData::JsonMember));
    const bool haveRows
        = !rowsValue.isUndefined() && SampleData::fromJson(rowsValue, &rows, &error);

    Validator::validate(schema);
    for (const ExportTarget &target : ExportTarget::all()) {
        target.exportText(schema);
        if (!target.isDrizzle())
            target.generate(schema, {}, ExportTarget::Script::Drop);
    }
    {
        ScratchDatabase db;
        if (db.isOpen() && db.createFromSchema(schema) && haveRows) {
            QVector<RejectedRow> rejected;
            db.load(schema, rows, ScratchDatabase::LoadMode::Lenient, &rejected);
        }
    }

    const QByteArray written = SchemaWriter::toJson(schema, reader.extra());
    SchemaReader again;
    check(again.read(written), "a file Joinery accepted, written again, reads back", again.error());
    check(SchemaWriter::toJson(again.schema(), again.extra()) == written,
          "a file written twice is written the same");
    return 0;
}
