#include "scratchdatabase.h"

#include "enginerules.h"
#include "scratchschema.h"

#include "../schema.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace {
QAtomicInteger<quint64> connectionCounter;
} // namespace

ScratchDatabase::ScratchDatabase()
    : m_connectionName(QStringLiteral("joinery-scratch-%1").arg(++connectionCounter))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        m_error = tr("Cannot open the scratch database: %1").arg(db.lastError().text());
        return;
    }
    m_open = true;
    // Outside any transaction: inside one SQLite silently ignores it.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        m_open = false;
        return;
    }
    if (scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() != 1) {
        m_open = false;
        m_error = tr("The scratch database refused to enforce foreign keys.");
    }
}

ScratchDatabase::~ScratchDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ScratchDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *ScratchDatabase::handle() const
{
    const QVariant v = database().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

bool ScratchDatabase::fail(const QString &what, const QString &why)
{
    m_error = tr("%1 failed: %2").arg(what, why);
    return false;
}

bool ScratchDatabase::failQuery(const QString &sql, const QSqlQuery &query)
{
    m_reason = query.lastError().databaseText();
    return fail(sql, query.lastError().text());
}

bool ScratchDatabase::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return failQuery(sql, query);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return failQuery(sql, query);
    return true;
}

QVariant ScratchDatabase::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        fail(sql, query.lastError().text());
        return {};
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        fail(sql, query.lastError().text());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QString ScratchDatabase::quote(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool ScratchDatabase::create(const QStringList &statements)
{
    if (!m_open)
        return false;
    for (const QString &sql : statements) {
        if (!exec(sql))
            return false;
    }
    return true;
}

bool ScratchDatabase::createFromSchema(const Schema &schema)
{
    m_notSimulated.clear();
    if (!m_open)
        return false;
    // Every table and index is a b-tree of at least one page, rows or not: a 5,000-table schema
    // is ~18,800 pages, 77 MB of memory at SQLite's default 4 KB page and 14 MB at 512 bytes.
    // The page size decides nothing SQLite answers (no limit, row order or result depends on
    // it); a schema of the usual size keeps the default, so that its simulation runs at the
    // pace of the user's own database. Set before the first table: later it changes nothing.
    if (schema.tableCount() >= SmallPagesFromTables
        && !exec(QStringLiteral("PRAGMA page_size = 512")))
        return false;
    // The keys as the target engine has them (NO ACTION as RESTRICT for MySQL …).
    const ScratchSchema plan(EngineRules(schema).simulated(schema), handle());
    m_notSimulated = plan.notSimulated();
    for (const ScratchStatement &statement : plan.statements()) {
        if (exec(statement.sql))
            continue;
        const QString error = m_reason;
        if (!statement.createsTable) {
            // An index or trigger SQLite refuses: the tables stand without it.
            m_notSimulated << tr("%1 (SQLite refuses it: %2)").arg(statement.label, error);
            m_error.clear();
            continue;
        }
        if (statement.fallbackSql.isEmpty() || !exec(statement.fallbackSql))
            return false;
        m_error.clear();
        m_notSimulated << tr("%1 built without its defaults, CHECK constraints, generated "
                             "columns and collations (SQLite refuses them: %2)")
                              .arg(statement.label, error);
    }
    return true;
}

bool ScratchDatabase::foreignKeyViolations(QVector<Violation> *violations)
{
    violations->clear();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(QStringLiteral("PRAGMA foreign_key_check"), query.lastError().text());
    while (query.next()) {
        Violation v;
        v.table = query.value(0).toString();
        v.rowId = query.value(1).toLongLong();
        v.parent = query.value(2).toString();
        v.keyIndex = query.value(3).toInt();
        violations->append(v);
    }
    return true;
}

bool ScratchDatabase::load(const Schema &schema, const SampleData &data, LoadMode mode,
                           QVector<RejectedRow> *rejected)
{
    QVector<RejectedRow> ownRejected;
    QVector<RejectedRow> &rejects = rejected ? *rejected : ownRejected;
    rejects.clear();
    if (!exec(QStringLiteral("BEGIN")))
        return false;
    // Checks at commit: rows may come in any order and tables may form cycles.
    if (!exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    QHash<QString, Id> tableByName;
    QHash<Id, QVector<qlonglong>> rowIds; // per table, the rowid of each inserted row (or -1)
    for (Id tableId : schema.tableIds()) {
        const Table *table = schema.table(tableId);
        tableByName.insert(table->name.toLower(), tableId);
        const auto found = data.tables.constFind(tableId);
        if (found == data.tables.cend())
            continue;
        // Only the columns that still exist, in the data's order.
        QVector<int> positions;
        QStringList names, marks;
        for (int c = 0; c < found->columns.size(); ++c) {
            if (const Column *column = table->column(found->columns.at(c))) {
                positions.append(c);
                names.append(quote(column->name));
                marks.append(QStringLiteral("?"));
            }
        }
        const QString sql = positions.isEmpty()
            ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quote(table->name))
            : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(quote(table->name), names.join(QLatin1String(", ")),
                       marks.join(QLatin1String(", ")));
        QSqlQuery insert(database());
        if (!insert.prepare(sql)) {
            fail(sql, insert.lastError().text());
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        QVector<qlonglong> &ids = rowIds[tableId];
        for (const QVector<QVariant> &row : found->rows) {
            for (int i = 0; i < positions.size(); ++i)
                insert.bindValue(i, row.value(positions.at(i)));
            if (insert.exec()) {
                ids.append(insert.lastInsertId().toLongLong());
                continue;
            }
            ids.append(-1);
            rejects.append({tableId, table->name, row, insert.lastError().databaseText()});
        }
    }
    // Rows whose parent is missing. Removing one may orphan others, hence the loop; the
    // removal itself runs the keys' actions, as a delete by the user would.
    for (int round = 0; round < 64; ++round) {
        QVector<Violation> violations;
        if (!foreignKeyViolations(&violations)) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (violations.isEmpty())
            break;
        for (const Violation &v : violations) {
            const Id tableId = tableByName.value(v.table.toLower());
            const QVector<qlonglong> ids = rowIds.value(tableId);
            const int index = ids.indexOf(v.rowId);
            QVector<QVariant> values;
            if (index >= 0)
                values = data.tables.value(tableId).rows.value(index);
            rejects.append(
                {tableId, v.table, values,
                 tr("no row in \"%1\" for its foreign key %2").arg(v.parent).arg(v.keyIndex + 1)});
            if (mode == LoadMode::Lenient
                && !exec(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(quote(v.table)),
                         {v.rowId})) {
                exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (mode == LoadMode::Strict)
            break;
    }
    if (mode == LoadMode::Strict && !rejects.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        const RejectedRow &first = rejects.first();
        QStringList values;
        for (const QVariant &v : first.values)
            values.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
        m_error = tr("%n row(s) do not fit the schema; the first, in \"%1\" (%2): %3", nullptr,
                     rejects.size())
                      .arg(first.tableName, values.join(QLatin1String(", ")), first.reason);
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool ScratchDatabase::readTable(const Schema &schema, Id tableId, SampleTable *out)
{
    const Table *table = schema.table(tableId);
    if (!table)
        return false;
    SampleTable result;
    QStringList names;
    for (const Column &c : table->columns) {
        result.columns.append(c.id);
        names.append(quote(c.name));
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                            .arg(names.join(QLatin1String(", ")), quote(table->name));
    if (!query.exec(sql))
        return fail(sql, query.lastError().text());
    const int count = names.size();
    while (query.next()) {
        QVector<QVariant> row(count);
        // A NULL comes back typed (QString, qlonglong …); the sample data keeps it untyped.
        for (int c = 0; c < count; ++c) {
            const QVariant value = query.value(c);
            if (!value.isNull())
                row[c] = value;
        }
        result.rows.append(row);
    }
    *out = result;
    return true;
}

bool ScratchDatabase::read(const Schema &schema, SampleData *data)
{
    SampleData result;
    for (Id tableId : schema.tableIds()) {
        SampleTable table;
        if (!readTable(schema, tableId, &table))
            return false;
        if (!table.rows.isEmpty())
            result.tables.insert(tableId, table);
    }
    *data = result;
    return true;
}

bool ScratchDatabase::clear(const Schema &schema)
{
    if (!exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return false;
    bool ok = exec(QStringLiteral("BEGIN"));
    for (Id tableId : schema.tableIds()) {
        if (ok)
            ok = exec(QStringLiteral("DELETE FROM %1").arg(quote(schema.table(tableId)->name)));
    }
    ok = ok && exec(QStringLiteral("COMMIT"));
    if (!ok)
        exec(QStringLiteral("ROLLBACK"));
    return exec(QStringLiteral("PRAGMA foreign_keys = ON")) && ok;
}
