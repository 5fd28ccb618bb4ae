#include "migrationharness.h"

#include "enginecatalog.h"

#include "ddl/sqlitegenerator.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace MigrationHarness {

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (sql.trimmed().isEmpty())
            continue;
        if (!query.exec(sql)) {
            *error = query.lastError().text() + QStringLiteral("\nin: ") + sql;
            return false;
        }
    }
    return true;
}

QStringList dataStatements(const QString &data)
{
    QStringList statements;
    for (QString line : data.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.endsWith(QLatin1Char(';')))
            line.chop(1);
        if (!line.isEmpty())
            statements << line;
    }
    return statements;
}

namespace {

// A type change that keeps every value as its text: the same type, an integer widened, a
// string widened or made TEXT.
bool keepsValues(const DataType &from, const DataType &to)
{
    if (from == to)
        return true;
    const auto rank = [](LogicalType kind) {
        return kind == LogicalType::SmallInt ? 1
            : kind == LogicalType::Integer   ? 2
            : kind == LogicalType::BigInt    ? 3
                                             : 0;
    };
    if (rank(from.kind()) > 0 && rank(to.kind()) >= rank(from.kind()))
        return true;
    if (from.kind() == LogicalType::Varchar && to.kind() == LogicalType::Varchar)
        return to.length() < 0 || (from.length() >= 0 && to.length() >= from.length());
    return from.kind() == LogicalType::Varchar && to.kind() == LogicalType::Text;
}

} // namespace

QString keptRows(QSqlDatabase db, const SchemaDiff &diff, bool before,
                 const DdlGenerator &generator, QString *error)
{
    QString text;
    for (Id newId : diff.newSchema().tableIds()) {
        const Table &newTable = *diff.newSchema().table(newId);
        const Table *oldTable = diff.oldSchema().table(diff.match().toOld(newId));
        if (!oldTable)
            continue;
        QStringList columns;
        for (const Column &column : newTable.columns) {
            const Column *old = oldTable->column(diff.match().toOld(column.id));
            if (old && keepsValues(old->type, column.type) && !column.isGenerated())
                columns << generator.quoteIdentifier(before ? old->name : column.name);
        }
        const QString table = generator.quoteIdentifier(before ? oldTable->name : newTable.name);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                            .arg(columns.isEmpty() ? QStringLiteral("1")
                                                   : columns.join(QStringLiteral(", ")),
                                 table))) {
            *error = query.lastError().text();
            return {};
        }
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("\\N")
                                                   : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        rows.sort();
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(newTable.name)
                    .arg(rows.size())
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(),
                                                 QCryptographicHash::Sha1)
                            .toHex()));
    }
    return text;
}

QStringList orphans(QSqlDatabase db, const Schema &schema, const DdlGenerator &generator,
                    QString *error)
{
    QStringList result;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        const Table &child = *schema.table(key.childTable);
        const Table &parent = *schema.table(key.parentTable);
        QStringList notNull;
        QStringList joins;
        for (int i = 0; i < key.childColumns.size(); ++i) {
            const QString c = generator.quoteIdentifier(child.column(key.childColumns.at(i))->name);
            const QString p
                = generator.quoteIdentifier(parent.column(key.parentColumns.at(i))->name);
            notNull << QStringLiteral("c.%1 IS NOT NULL").arg(c);
            joins << QStringLiteral("x.%1 = c.%2").arg(p, c);
        }
        QSqlQuery query(db);
        const QString sql
            = QStringLiteral("SELECT count(*) FROM %1 c WHERE %2 AND NOT EXISTS "
                             "(SELECT 1 FROM %3 x WHERE %4)")
                  .arg(generator.quoteIdentifier(child.name), notNull.join(QStringLiteral(" AND ")),
                       generator.quoteIdentifier(parent.name), joins.join(QStringLiteral(" AND ")));
        if (!query.exec(sql) || !query.next()) {
            *error = query.lastError().text() + QStringLiteral("\nin: ") + sql;
            return {};
        }
        if (query.value(0).toLongLong() > 0)
            result << QStringLiteral("%1: %2").arg(child.name).arg(query.value(0).toLongLong());
    }
    return result;
}

namespace {

bool check(bool condition, const QString &what, QString *failure)
{
    if (!condition && failure->isEmpty())
        *failure = what;
    return condition;
}

} // namespace

bool runOnSqlite(const SchemaDiff &diff, const MigrationScript &script, const QString &data,
                 QString *failure)
{
    SqliteGenerator generator;
    DdlOptions options;
    options.includeHeader = false;
    QString error;
    EngineCatalog migrated;
    EngineCatalog expected;
    static int serial = 0;
    const QString name = QStringLiteral("harness%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        QStringList statements;
        for (const DdlStatement &s : generator.createScript(diff.oldSchema(), options).statements)
            statements << s.sql;
        bool ok = check(execAll(db, statements, &error), QStringLiteral("old schema: ") + error,
                        failure)
            && check(execAll(db, dataStatements(data), &error), QStringLiteral("data: ") + error,
                     failure);
        const QString before = ok ? keptRows(db, diff, true, generator, &error) : QString();
        statements.clear();
        if (script.d1)
            statements << QStringLiteral("BEGIN");
        for (const DdlStatement &s : script.statements)
            statements << s.sql;
        if (script.d1)
            statements << QStringLiteral("COMMIT");
        ok = ok
            && check(execAll(db, statements, &error), QStringLiteral("migration: ") + error,
                     failure);
        if (ok) {
            const QString after = keptRows(db, diff, false, generator, &error);
            check(after == before,
                  QStringLiteral("rows differ\nbefore:\n%1after:\n%2").arg(before, after), failure);
            const QStringList left = orphans(db, diff.newSchema(), generator, &error);
            check(left.isEmpty() && error.isEmpty(),
                  QStringLiteral("orphans: ") + left.join(QStringLiteral(", ")) + error, failure);
            migrated = EngineCatalog::readSqlite(db);
        }
        db.close();
        QSqlDatabase fresh = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name + "f");
        fresh.setDatabaseName(QStringLiteral(":memory:"));
        fresh.open();
        statements.clear();
        for (const DdlStatement &s : generator.createScript(diff.newSchema(), options).statements)
            statements << s.sql;
        if (ok
            && check(execAll(fresh, statements, &error), QStringLiteral("new schema: ") + error,
                     failure))
            expected = EngineCatalog::readSqlite(fresh);
        fresh.close();
    }
    QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(name + QStringLiteral("f"));
    if (!failure->isEmpty())
        return false;
    const QString difference = EngineCatalog::difference(expected, migrated);
    return check(migrated.isValid() && expected.isValid() && difference.isEmpty(),
                 QStringLiteral("catalog differs from a fresh export:\n") + difference
                     + migrated.error + expected.error,
                 failure);
}

} // namespace MigrationHarness
