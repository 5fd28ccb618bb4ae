#include "differentialrun.h"

#include "import/importreport.h"
#include "import/sqliteimporter.h"
#include "schema.h"
#include "simulator/scratchdatabase.h"
#include "simulator/scratchschema.h"
#include "simulator/simulator.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using Rows = QMap<qlonglong, QVariantList>; // rowid -> values in column order

bool snapshot(QSqlDatabase &db, const DifferentialCase::Table &table, Rows *rows)
{
    QStringList quoted;
    for (const QString &c : table.columns)
        quoted << DifferentialGenerator::quote(c);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1, %2 FROM %3")
                    .arg(DifferentialGenerator::rowidName(table.columns),
                         quoted.join(QLatin1String(", ")),
                         DifferentialGenerator::quote(table.name))))
        return false;
    rows->clear();
    while (q.next()) {
        QVariantList values;
        for (int c = 0; c < table.columns.size(); ++c)
            values << q.value(c + 1);
        rows->insert(q.value(0).toLongLong(), values);
    }
    return true;
}

bool same(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || (a.typeId() == b.typeId() && a == b));
}

// What a changed row of `table` went through, judged from its values: a key action leaves
// NULL (SET NULL) or the defaults (SET DEFAULT) in that key's columns; anything else is an
// update (the statement's own, or ON UPDATE CASCADE).
void classify(const DifferentialCase &c, const DifferentialCase::Table &table,
              const QVariantList &before, const QVariantList &after, bool own,
              DifferentialOutcome::Counts *counts)
{
    if (own) {
        ++counts->updated;
        return;
    }
    const bool isDelete = c.statement.startsWith(QLatin1String("DELETE"));
    const bool replace = c.statement.contains(QLatin1String("OR REPLACE"));
    bool cascade = false, setNull = false, setDefault = false;
    for (const DifferentialCase::Key &key : table.keys) {
        bool changed = false, allNull = true, allDefault = true;
        for (const QString &column : key.childColumns) {
            const int i = table.columns.indexOf(column);
            changed = changed || !same(before.at(i), after.at(i));
            allNull = allNull && after.at(i).isNull();
            const QVariant d = table.defaults.at(i);
            // The default as the column's affinity stored it: 4 in a TEXT column is '4'.
            allDefault = allDefault
                && (d.isNull() ? after.at(i).isNull()
                               : !after.at(i).isNull() && after.at(i).toString() == d.toString());
        }
        if (!changed)
            continue;
        QStringList actions;
        if (isDelete || replace)
            actions << key.onDelete;
        if (!isDelete)
            actions << key.onUpdate;
        if (!isDelete && key.onUpdate == QLatin1String("CASCADE"))
            cascade = true;
        if (actions.contains(QLatin1String("SET DEFAULT")) && allDefault)
            setDefault = true;
        if (actions.contains(QLatin1String("SET NULL")) && allNull)
            setNull = true;
    }
    if (cascade || (!setNull && !setDefault))
        ++counts->updated;
    else if (setDefault)
        ++counts->setDefault;
    else
        ++counts->setNull;
}

// The tables, their columns, defaults and keys as SQLite itself read the script.
bool catalog(QSqlDatabase &db, QVector<DifferentialCase::Table> *tables)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite%' ORDER BY rowid")))
        return false;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : names) {
        DifferentialCase::Table table;
        table.name = name;
        q.prepare(QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(name);
        if (!q.exec())
            return false;
        QStringList defaults;
        while (q.next()) {
            table.columns << q.value(0).toString();
            defaults << q.value(1).toString();
        }
        for (const QString &d : defaults) {
            QSqlQuery value(db);
            if (d.isEmpty() || !value.exec(QStringLiteral("SELECT (%1)").arg(d)) || !value.next())
                table.defaults << QVariant();
            else
                table.defaults << value.value(0);
        }
        q.prepare(QStringLiteral("SELECT id, \"from\", on_update, on_delete FROM "
                                 "pragma_foreign_key_list(?) ORDER BY id, seq"));
        q.addBindValue(name);
        if (!q.exec())
            return false;
        int id = -1;
        while (q.next()) {
            if (q.value(0).toInt() != id) {
                id = q.value(0).toInt();
                table.keys.append(DifferentialCase::Key());
                table.keys.last().onUpdate = q.value(2).toString();
                table.keys.last().onDelete = q.value(3).toString();
            }
            table.keys.last().childColumns << q.value(1).toString();
        }
        tables->append(table);
    }
    return true;
}

QStringList statements(const QString &script)
{
    return script.split(QLatin1String(";\n"), Qt::SkipEmptyParts);
}

} // namespace

DifferentialOutcome DifferentialRun::reference(const DifferentialCase &c)
{
    DifferentialOutcome outcome;
    const QString connection = QStringLiteral("differential_reference");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery q(db);
        bool ok = db.open() && q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const QString &sql : statements(c.script))
            ok = ok && q.exec(sql);
        QVector<DifferentialCase::Table> tables;
        ok = ok && catalog(db, &tables);
        ok = ok && q.exec(QStringLiteral("BEGIN"))
            && q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString &sql : c.inserts)
            ok = ok && q.exec(sql);
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        QVector<Rows> before(tables.size());
        for (int t = 0; ok && t < tables.size(); ++t)
            ok = snapshot(db, tables.at(t), &before[t]);
        QSet<qlonglong> own;
        const DifferentialCase::Table *target = nullptr;
        for (const DifferentialCase::Table &table : std::as_const(tables)) {
            if (table.name == c.table)
                target = &table;
        }
        if (ok && target) {
            ok = q.exec(
                QStringLiteral("SELECT %1 FROM %2%3")
                    .arg(DifferentialGenerator::rowidName(target->columns),
                         DifferentialGenerator::quote(c.table),
                         c.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.where));
            while (ok && q.next())
                own.insert(q.value(0).toLongLong());
        }
        // An UPDATE of a rowid alias moves its rows: where each of them is to be found after.
        QMap<qlonglong, qlonglong> moved; // in rowid order
        if (ok && target && !c.setColumn.isEmpty()) {
            QSqlQuery pk(db);
            pk.prepare(QStringLiteral("SELECT count(*), max(CASE WHEN pk = 1 AND upper(type) = "
                                      "'INTEGER' THEN '\"' || name || '\"' END) FROM "
                                      "pragma_table_info(?) WHERE pk > 0"));
            pk.addBindValue(c.table);
            if (pk.exec() && pk.next() && pk.value(0).toInt() == 1
                && pk.value(1).toString() == c.setColumn) {
                ok = q.exec(
                    QStringLiteral("SELECT %1, %2 FROM %3%4")
                        .arg(DifferentialGenerator::rowidName(target->columns), c.setValue,
                             DifferentialGenerator::quote(c.table),
                             c.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.where));
                while (ok && q.next())
                    moved.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            }
        }
        if (!ok) {
            outcome.error = q.lastError().text();
        } else {
            outcome.built = true;
            q.exec(QStringLiteral("BEGIN"));
            if (c.defer)
                q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            if (!q.exec(c.statement) || !q.exec(QStringLiteral("COMMIT"))) {
                outcome.refused = true;
                outcome.error = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
            } else {
                for (int t = 0; t < tables.size(); ++t) {
                    const DifferentialCase::Table &table = tables.at(t);
                    Rows after;
                    snapshot(db, table, &after);
                    DifferentialOutcome::Counts counts;
                    // The moves in the order SQLite makes them (by rowid); a row moved onto
                    // another's rowid replaces it (UPDATE OR REPLACE).
                    QHash<qlonglong, qlonglong> position; // first rowid -> rowid after
                    QSet<qlonglong> replaced;
                    if (table.name == c.table && !moved.isEmpty()) {
                        QHash<qlonglong, qlonglong> occupant; // rowid -> first rowid
                        for (auto it = before[t].cbegin(); it != before[t].cend(); ++it) {
                            position.insert(it.key(), it.key());
                            occupant.insert(it.key(), it.key());
                        }
                        for (auto m = moved.cbegin(); m != moved.cend(); ++m) {
                            if (replaced.contains(m.key()) || m.value() == position.value(m.key()))
                                continue;
                            const auto there = occupant.constFind(m.value());
                            if (there != occupant.cend())
                                replaced.insert(*there);
                            occupant.remove(position.value(m.key()));
                            occupant.insert(m.value(), m.key());
                            position.insert(m.key(), m.value());
                        }
                    }
                    for (auto it = before[t].cbegin(); it != before[t].cend(); ++it) {
                        const auto now = after.constFind(position.value(it.key(), it.key()));
                        if (now == after.cend() || replaced.contains(it.key())) {
                            ++counts.deleted;
                            continue;
                        }
                        bool changed = false;
                        for (int i = 0; i < it->size(); ++i)
                            changed = changed || !same(it->at(i), now->at(i));
                        if (changed)
                            classify(c, table, *it, *now,
                                     table.name == c.table && own.contains(it.key()), &counts);
                    }
                    if (!(counts == DifferentialOutcome::Counts()))
                        outcome.tables.insert(table.name, counts);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

DifferentialOutcome DifferentialRun::joinery(const DifferentialCase &c)
{
    DifferentialOutcome outcome;
    ImportReport report;
    const Schema schema = SqliteImporter::importScript(c.script, &report);
    if (schema.tableCount() != c.script.count(QLatin1String("CREATE TABLE"))) {
        outcome.error = QStringLiteral("import: %1 tables").arg(schema.tableCount());
        return outcome;
    }
    const ScratchSchema scratch(schema);
    for (const ScratchStatement &statement : scratch.statements())
        outcome.scratch << statement.sql;
    ScratchDatabase db;
    if (!db.isOpen() || !db.createFromSchema(schema)) {
        outcome.error = QStringLiteral("scratch: ") + db.error();
        return outcome;
    }
    bool ok = db.exec(QStringLiteral("BEGIN"))
        && db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const QString &sql : c.inserts)
        ok = ok && db.exec(sql);
    if (!ok || !db.exec(QStringLiteral("COMMIT"))) {
        outcome.error = QStringLiteral("data: ") + db.error();
        return outcome;
    }
    outcome.built = true;
    Simulator simulator(&db, schema);
    const SimulationResult result = simulator.run({c.statement, c.defer, false});
    outcome.badInput = result.badInput;
    outcome.refused = !result.ok;
    outcome.error = result.error.message;
    if (result.ok) {
        for (const TableTotals &t : result.totals()) {
            DifferentialOutcome::Counts &counts = outcome.tables[schema.table(t.table)->name];
            counts.deleted += t.deleted;
            counts.updated += t.updated;
            counts.setNull += t.setNull;
            counts.setDefault += t.setDefault;
        }
    }
    return outcome;
}

QStringList DifferentialRun::differences(const DifferentialOutcome &expected,
                                         const DifferentialOutcome &actual)
{
    if (!actual.built)
        return {QStringLiteral("not built")};
    if (actual.badInput)
        return {QStringLiteral("bad input")};
    if (expected.refused != actual.refused)
        return {QStringLiteral("verdict")};
    QStringList found;
    QSet<QString> names;
    for (auto it = expected.tables.cbegin(); it != expected.tables.cend(); ++it)
        names.insert(it.key());
    for (auto it = actual.tables.cbegin(); it != actual.tables.cend(); ++it)
        names.insert(it.key());
    for (const QString &name : names) {
        const DifferentialOutcome::Counts e = expected.tables.value(name);
        const DifferentialOutcome::Counts a = actual.tables.value(name);
        if (e.deleted != a.deleted)
            found << QStringLiteral("deleted");
        if (e.updated != a.updated)
            found << QStringLiteral("updated");
        if (e.setNull != a.setNull)
            found << QStringLiteral("set-null");
        if (e.setDefault != a.setDefault)
            found << QStringLiteral("set-default");
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

QString DifferentialRun::describe(const DifferentialOutcome &outcome)
{
    QStringList parts;
    parts << (outcome.refused ? QStringLiteral("refused") : QStringLiteral("succeeds"));
    for (auto it = outcome.tables.cbegin(); it != outcome.tables.cend(); ++it)
        parts << QStringLiteral("%1: deleted %2 updated %3 set-null %4 set-default %5")
                     .arg(it.key())
                     .arg(it->deleted)
                     .arg(it->updated)
                     .arg(it->setNull)
                     .arg(it->setDefault);
    return parts.join(QLatin1String("; "));
}
