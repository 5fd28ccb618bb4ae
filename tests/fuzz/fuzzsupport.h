#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

class ImportReport;
class Schema;

// What every harness shares. A harness is a libFuzzer target: LLVMFuzzerTestOneInput gets one
// input and returns 0; a crash, a sanitizer report, a hang or a broken invariant (check(),
// which aborts) is a finding.
namespace FuzzSupport {

// SQLite steps one statement may take in a harness: far fewer than the default, so that a
// runaway statement is stopped in well under libFuzzer's timeout even under the sanitizers.
constexpr qint64 StatementSteps = 5'000'000;
constexpr qint64 StepsPerByte = 200;

// Once per process: a QCoreApplication (Qt Sql needs one for its drivers) and no Qt messages
// on stderr (the connection warnings of thousands of imports would bury libFuzzer's report).
void initialize();

// Aborts with the message when the condition does not hold.
void check(bool condition, const char *what, const QString &detail = {});

// The text of a script as `joinery import` decodes a file: refused (false) with a NUL byte,
// UTF-8, or Latin-1 when it is not valid UTF-8, without a byte-order mark.
bool decodeScript(const uint8_t *data, size_t size, QString *script);

// The invariants of every import: a fatal report comes with an empty schema; the schema passes
// IntegrityCheck; the report can be printed; the schema can be written as a .joinery file
// that reads back to the same file.
void checkImport(const Schema &schema, const ImportReport &report);

// One input through Importer::importScript in the given dialect, under a WorkLimit, then
// checkImport().
int importScript(const uint8_t *data, size_t size, const char *dialect);

// A file of the samples folder (JOINERY_SAMPLES_DIR).
QByteArray sample(const char *name);

} // namespace FuzzSupport
