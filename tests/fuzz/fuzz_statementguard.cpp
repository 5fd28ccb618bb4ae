// Harness: StatementGuard, which lets exactly one DELETE or UPDATE of the schema's own tables
// through (`joinery simulate --delete/--update`, the Sample data dock's WHERE and SET fields),
// on a scratch database of the shop sample with generated rows. What it accepts is run, under
// a WorkLimit, and rolled back.
// Invariants: what is accepted is one statement that writes to a table of the schema; after
// the rollback the database holds what it held before.
#include "fuzzsupport.h"

#include "schemareader.h"
#include "simulator/samplegenerator.h"
#include "simulator/scratchdatabase.h"
#include "simulator/statementguard.h"
#include "worklimit.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace {
SchemaReader *reader = nullptr;
ScratchDatabase *db = nullptr;
QString fingerprint;

// What must not change: the catalog, the attached databases and the number of rows.
QString state()
{
    QString text;
    QSqlQuery query(db->database());
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
    while (query.next())
        text += query.value(0).toString() + query.value(1).toString() + query.value(2).toString();
    query.exec(QStringLiteral("SELECT name, file FROM pragma_database_list"));
    while (query.next())
        text += query.value(0).toString() + query.value(1).toString();
    for (Id id : reader->schema().tableIds())
        text += QLatin1Char(' ')
            + db->scalar(QStringLiteral("SELECT count(*) FROM %1")
                             .arg(ScratchDatabase::quote(reader->schema().table(id)->name)))
                  .toString();
    return text;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    reader = new SchemaReader;
    FuzzSupport::check(reader->read(FuzzSupport::sample("shop.joinery")), "shop.joinery reads",
                       reader->error());
    db = new ScratchDatabase;
    SampleGenerator generator(reader->schema(), 5, 1);
    SampleData rows;
    FuzzSupport::check(db->isOpen() && db->createFromSchema(reader->schema())
                           && generator.generate(&rows)
                           && db->load(reader->schema(), rows, ScratchDatabase::LoadMode::Strict),
                       "the shop sample with rows builds in SQLite", db->error());
    fingerprint = state();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzSupport::check;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3 *handle = db->handle();
    StatementGuard guard(handle);
    if (!guard.prepare(text)) {
        check(!guard.error().isEmpty() && !guard.statement(), "a refusal says why");
        return 0;
    }
    check(guard.statement() && !sqlite3_stmt_readonly(guard.statement()),
          "what the guard accepts writes");
    check(reader->schema().tableByName(guard.tableName()) != nullptr,
          "what the guard accepts writes to a table of the schema", guard.tableName());
    check(db->exec(QStringLiteral("SAVEPOINT fuzz")), "a savepoint starts", db->error());
    WorkLimit limit;
    limit.setStatementSteps(FuzzSupport::StatementSteps);
    limit.start(qint64(size));
    {
        const WorkLimit::Guard stepping(&limit, handle);
        while (sqlite3_step(guard.statement()) == SQLITE_ROW) { }
        sqlite3_reset(guard.statement());
    }
    // An interrupted write rolls the whole transaction back by itself.
    if (sqlite3_get_autocommit(handle))
        check(limit.stopped(), "only an interrupt ends the savepoint");
    else
        check(db->exec(QStringLiteral("ROLLBACK TO fuzz"))
                  && db->exec(QStringLiteral("RELEASE fuzz")),
              "the savepoint rolls back", db->error());
    check(state() == fingerprint, "after the rollback the database is as it was");
    return 0;
}
