#include "migrationrehearsal.h"

#include "../ddl/sqlitegenerator.h"
#include "../simulator/scratchdatabase.h"
#include "../simulator/sqlinsertfile.h"
#include "../worklimit.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlRecord>

namespace {

struct KeptTable
{
    Id newTable = 0;
    QStringList oldColumns; // parallel to newColumns
    QStringList newColumns;
    QString oldName;
};

} // namespace

QString MigrationRehearsal::Result::toText() const
{
    QString text;
    for (const TableRows &t : tables) {
        if (!afterRead) {
            text += tr("%1: %2 rows before\n").arg(t.table).arg(t.before);
            continue;
        }
        text += tr("%1: %2 rows before, %3 after%4\n")
                    .arg(t.table)
                    .arg(t.before)
                    .arg(t.after)
                    .arg(t.checksumBefore == t.checksumAfter ? tr(", values kept")
                                                             : tr(", VALUES CHANGED"));
    }
    for (const QString &v : violations)
        text += tr("foreign key violation: %1\n").arg(v);
    text += ok ? tr("Rehearsal passed: no row lost, no key violated.\n")
               : tr("Rehearsal FAILED: %1\n").arg(failure);
    return text;
}

bool MigrationRehearsal::tableRows(ScratchDatabase *db, const QString &table,
                                   const QStringList &columns, qint64 *count, QByteArray *checksum,
                                   QString *error)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QStringLiteral("quote(%1)").arg(ScratchDatabase::quote(c));
    const QString row
        = quoted.isEmpty() ? QStringLiteral("''") : quoted.join(QStringLiteral(" || ',' || "));
    QSqlQuery query(db->database());
    // Sorted by the row's text: the checksum does not depend on the physical order, which a
    // rebuild changes.
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                        .arg(row, ScratchDatabase::quote(table)))) {
        *error = query.lastError().text();
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    *count = 0;
    while (query.next()) {
        hash.addData(query.value(0).toString().toUtf8());
        hash.addData(QByteArrayView("\n"));
        ++*count;
    }
    *checksum = hash.result().toHex();
    return true;
}

QStringList MigrationRehearsal::describeViolations(ScratchDatabase *db)
{
    QVector<ScratchDatabase::Violation> violations;
    QStringList result;
    if (!db->foreignKeyViolations(&violations))
        return {tr("foreign_key_check failed: %1").arg(db->error())};
    for (const ScratchDatabase::Violation &v : violations) {
        QSqlQuery row(db->database());
        QStringList values;
        if (row.exec(QStringLiteral("SELECT * FROM %1 WHERE rowid = %2")
                         .arg(ScratchDatabase::quote(v.table))
                         .arg(v.rowId))
            && row.next()) {
            for (int i = 0; i < row.record().count(); ++i)
                values << row.record().fieldName(i) + QLatin1Char('=') + row.value(i).toString();
        }
        result << tr("%1 row %2 (%3) has no parent in %4")
                      .arg(v.table)
                      .arg(v.rowId)
                      .arg(values.join(QStringLiteral(", ")), v.parent);
    }
    return result;
}

MigrationRehearsal::Result MigrationRehearsal::run(const SchemaDiff &diff,
                                                   const MigrationScript &script,
                                                   const QByteArray &dataSql, const QString &where,
                                                   const std::atomic_bool *cancel)
{
    Result result;
    const Schema &oldSchema = diff.oldSchema();
    const Schema &newSchema = diff.newSchema();
    ScratchDatabase db;
    SqliteGenerator generator;
    DdlOptions options;
    options.includeHeader = false;
    QStringList create;
    for (const DdlStatement &s : generator.createScript(oldSchema, options).statements)
        create << s.sql;
    if (!db.isOpen() || !db.create(create)) {
        result.badInput = true;
        result.failure = tr("the old schema cannot be built in SQLite: %1").arg(db.error());
        return result;
    }
    QString error;
    WorkLimit loadLimit; // the data file is not trusted: bounded, and cancelled on request
    loadLimit.setCancelFlag(cancel);
    if (!SqlInsertFile::loadText(&db, dataSql, where, &error, &loadLimit)) {
        result.cancelled = loadLimit.stop() == WorkLimit::Stop::Cancelled;
        result.badInput = !result.cancelled;
        result.failure = result.cancelled ? loadLimit.message() : error;
        return result;
    }

    // Rows before, under the old names; only columns kept with their type are compared.
    QVector<KeptTable> kept;
    for (Id newId : newSchema.tableIds()) {
        const Table *oldTable = oldSchema.table(diff.match().toOld(newId));
        if (!oldTable)
            continue;
        KeptTable k{newId, {}, {}, oldTable->name};
        for (const Column &column : newSchema.table(newId)->columns) {
            const Column *old = oldTable->column(diff.match().toOld(column.id));
            if (old && old->type == column.type && old->declaredType == column.declaredType
                && !column.isGenerated()) {
                k.oldColumns << old->name;
                k.newColumns << column.name;
            }
        }
        TableRows rows;
        rows.table = newSchema.table(newId)->name;
        if (!tableRows(&db, k.oldName, k.oldColumns, &rows.before, &rows.checksumBefore, &error)) {
            result.failure = tr("reading %1 before: %2").arg(k.oldName, error);
            return result;
        }
        kept << k;
        result.tables << rows;
    }

    // Joinery wrote the migration: only Cancel stops it, however long a copy of the rows takes.
    WorkLimit cancelOnly;
    cancelOnly.setCancelFlag(cancel);
    cancelOnly.setStatementSteps(0);
    cancelOnly.setStepsPerByte(0);
    cancelOnly.start(0);
    const WorkLimit::Guard guard(&cancelOnly, db.handle());
    if (script.d1) {
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        db.exec(QStringLiteral("BEGIN"));
    }
    for (int i = 0; i < script.statements.size(); ++i) {
        const QString &sql = script.statements.at(i).sql;
        if (cancelOnly.shouldStop()) {
            db.exec(QStringLiteral("ROLLBACK"));
            result.cancelled = true;
            result.failure = cancelOnly.message();
            return result;
        }
        if (sql == QLatin1String("PRAGMA foreign_key_check")) {
            result.violations = describeViolations(&db);
            if (!result.violations.isEmpty()) {
                db.exec(QStringLiteral("ROLLBACK"));
                result.failure = tr("foreign_key_check before COMMIT found %n row(s) without a "
                                    "parent; nothing was committed.",
                                    nullptr, int(result.violations.size()));
                return result;
            }
            continue;
        }
        if (!db.exec(sql)) {
            if (cancelOnly.stopped()) {
                db.exec(QStringLiteral("ROLLBACK"));
                result.cancelled = true;
                result.failure = cancelOnly.message();
                return result;
            }
            const QString reason = db.error();
            if (script.d1)
                result.violations = describeViolations(&db);
            db.exec(QStringLiteral("ROLLBACK"));
            result.failure = tr("statement %1 failed: %2\n%3").arg(i + 1).arg(reason, sql);
            return result;
        }
    }
    if (script.d1) {
        // What D1's COMMIT would refuse, named row by row before it refuses.
        result.violations = describeViolations(&db);
        if (!db.exec(QStringLiteral("COMMIT"))) {
            const QString reason = db.error();
            db.exec(QStringLiteral("ROLLBACK"));
            result.failure = reason;
            return result;
        }
    }
    if (result.violations.isEmpty())
        result.violations = describeViolations(&db);

    result.afterRead = true;
    for (int i = 0; i < kept.size(); ++i) {
        TableRows &rows = result.tables[i];
        if (!tableRows(&db, rows.table, kept.at(i).newColumns, &rows.after, &rows.checksumAfter,
                       &error)) {
            result.failure = tr("reading %1 after: %2").arg(rows.table, error);
            return result;
        }
        if (rows.after < rows.before && result.failure.isEmpty())
            result.failure = tr("%1 lost %2 row(s).").arg(rows.table).arg(rows.before - rows.after);
        else if (rows.checksumAfter != rows.checksumBefore && result.failure.isEmpty())
            result.failure = tr("%1: kept values changed.").arg(rows.table);
    }
    if (result.failure.isEmpty() && !result.violations.isEmpty())
        result.failure = tr("%n row(s) without a parent after the migration.", nullptr,
                            int(result.violations.size()));
    result.ok = result.failure.isEmpty();
    return result;
}
