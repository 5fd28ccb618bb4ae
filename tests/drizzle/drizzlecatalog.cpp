#include "drizzlecatalog.h"

#include "enginecatalog.h"
#include "enginecatalogshape.h"
#include "schema.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
QString normalAction(QString action, DrizzleTarget target)
{
    action = action.trimmed().toUpper();
    if (action.isEmpty())
        action = QStringLiteral("NO ACTION");
    // InnoDB checks NO ACTION immediately, exactly like RESTRICT, and reports an omitted
    // action as RESTRICT; SET DEFAULT is rejected (MySQL) or stored as RESTRICT (MariaDB).
    if (target == DrizzleTarget::MySQL
        && (action == QLatin1String("RESTRICT") || action == QLatin1String("SET DEFAULT")))
        action = QStringLiteral("NO ACTION");
    // SQL Server has no RESTRICT; NO ACTION refuses the same changes.
    if (target == DrizzleTarget::SqlServer && action == QLatin1String("RESTRICT"))
        action = QStringLiteral("NO ACTION");
    return action;
}

QStringList columnNamesOf(const Table &table, const QVector<Id> &columnIds)
{
    QStringList result;
    for (Id id : columnIds)
        result << (table.column(id) ? table.column(id)->name : QStringLiteral("?"));
    return result;
}

// The catalog of the connection, as EngineCatalog reads it: PostgreSQL's public schema,
// MariaDB's database of the connection.
EngineCatalogShape readEngineShape(QSqlDatabase db, DrizzleTarget target)
{
    switch (target) {
    case DrizzleTarget::SQLite:
        return EngineCatalogShape::fromCatalog(EngineCatalog::readSqlite(db));
    case DrizzleTarget::PostgreSQL:
        return EngineCatalogShape::fromCatalog(EngineCatalog::readPostgres(db),
                                               QStringLiteral("public."));
    case DrizzleTarget::MySQL:
        return EngineCatalogShape::fromCatalog(EngineCatalog::readMariaDb(db, db.databaseName()));
    case DrizzleTarget::SqlServer:
        break;
    }
    EngineCatalogShape none;
    none.error = QStringLiteral("no SQL Server engine here");
    return none;
}
} // namespace

QString DrizzleCatalog::keyText(const QString &child, const QStringList &childColumns,
                                const QString &parent, const QStringList &parentColumns,
                                QString onDelete, QString onUpdate, DrizzleTarget target)
{
    return QStringLiteral("%1(%2) -> %3(%4) ON DELETE %5 ON UPDATE %6")
        .arg(child, childColumns.join(QLatin1Char(',')), parent,
             parentColumns.join(QLatin1Char(',')), normalAction(onDelete, target),
             normalAction(onUpdate, target));
}

DrizzleCatalog DrizzleCatalog::fromSchema(const Schema &schema, DrizzleTarget target)
{
    DrizzleCatalog catalog;
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        QStringList columns;
        for (const Column &column : table.columns)
            columns << column.name;
        catalog.columns.insert(table.name, columns);
        if (!table.primaryKey.isEmpty())
            catalog.primaryKeys.insert(table.name, columnNamesOf(table, table.primaryKey));
    }
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        const Table &child = *schema.table(key.childTable);
        const Table &parent = *schema.table(key.parentTable);
        catalog.foreignKeys << keyText(child.name, columnNamesOf(child, key.childColumns),
                                       parent.name, columnNamesOf(parent, key.parentColumns),
                                       ActionNames::sqlKeyword(key.onDelete),
                                       ActionNames::sqlKeyword(key.onUpdate), target);
    }
    catalog.foreignKeys.sort();
    return catalog;
}

bool DrizzleCatalog::fromDatabase(QSqlDatabase db, DrizzleTarget target, DrizzleCatalog *catalog,
                                  QString *error)
{
    *catalog = DrizzleCatalog();
    const EngineCatalogShape shape = readEngineShape(db, target);
    if (!shape.error.isEmpty()) {
        *error = shape.error;
        return false;
    }
    for (const QString &table : shape.tables) {
        QStringList &columns = catalog->columns[table];
        QStringList &details = catalog->columnDetails[table];
        const QStringList key = shape.primaryKeys.value(table);
        for (const EngineCatalogShape::Column &column : shape.columns.value(table)) {
            columns << column.name;
            // SQLite keeps the declared type as written, which differs between generators
            // without meaning anything: only nullability is compared, a key column's as NOT NULL.
            const bool notNull = !column.nullable
                || (target == DrizzleTarget::SQLite && key.contains(column.name));
            const QString nullability
                = notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL");
            details
                << (target == DrizzleTarget::SQLite
                        ? QStringLiteral("%1 %2").arg(column.name, nullability)
                        : QStringLiteral("%1 %2 %3").arg(column.name, column.type, nullability));
        }
        if (!key.isEmpty())
            catalog->primaryKeys.insert(table, key);
    }
    for (const EngineCatalogShape::ForeignKey &key : shape.foreignKeys) {
        if (target != DrizzleTarget::SQLite)
            catalog->keyNames << key.name;
        catalog->foreignKeys << keyText(key.table, key.columns, key.parent, key.parentColumns,
                                        key.onDelete, key.onUpdate, target);
    }
    catalog->foreignKeys.sort();
    return true;
}

QStringList DrizzleCatalog::foreignKeysFromMsSqlStatements(const QStringList &statements)
{
    static const QRegularExpression table(
        QStringLiteral("^\\s*(?:CREATE|ALTER) TABLE \\[((?:[^\\]]|\\]\\])+)\\]"));
    static const QRegularExpression key(
        QStringLiteral(
            "FOREIGN "
            "KEY\\s*\\(([^)]*)\\)\\s*REFERENCES\\s*\\[((?:[^\\]]|\\]\\])+)\\]\\s*\\(([^)]*)\\)"
            "((?:\\s+ON (?:DELETE|UPDATE) (?:NO ACTION|CASCADE|SET NULL|SET DEFAULT|RESTRICT))*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onDelete(
        QStringLiteral("ON DELETE (NO ACTION|CASCADE|SET NULL|SET DEFAULT|RESTRICT)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onUpdate(
        QStringLiteral("ON UPDATE (NO ACTION|CASCADE|SET NULL|SET DEFAULT|RESTRICT)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto unbracket = [](QString name) {
        name = name.trimmed();
        if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
            name = name.mid(1, name.size() - 2);
        return name.replace(QLatin1String("]]"), QLatin1String("]"));
    };
    const auto columns = [&unbracket](const QString &list) {
        QStringList result;
        for (const QString &c : list.split(QLatin1Char(',')))
            result << unbracket(c);
        return result;
    };
    QStringList keys;
    for (const QString &statement : statements) {
        const QRegularExpressionMatch owner = table.match(statement);
        if (!owner.hasMatch())
            continue;
        const QString child = unbracket(owner.captured(1));
        auto it = key.globalMatch(statement);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString actions = m.captured(4);
            keys << keyText(child, columns(m.captured(1)), unbracket(m.captured(2)),
                            columns(m.captured(3)), onDelete.match(actions).captured(1),
                            onUpdate.match(actions).captured(1), DrizzleTarget::SqlServer);
        }
    }
    keys.sort();
    return keys;
}

QString DrizzleCatalog::difference(const DrizzleCatalog &expected, bool withDetails) const
{
    QStringList lines;
    const auto compareMaps = [&lines](const char *what, const QMap<QString, QStringList> &actual,
                                      const QMap<QString, QStringList> &wanted) {
        QStringList tables = actual.keys() + wanted.keys();
        tables.removeDuplicates();
        tables.sort();
        for (const QString &table : std::as_const(tables)) {
            if (actual.value(table) != wanted.value(table))
                lines << QStringLiteral("%1 of \"%2\": expected [%3], got [%4]")
                             .arg(QLatin1String(what), table,
                                  wanted.value(table).join(QLatin1String(", ")),
                                  actual.value(table).join(QLatin1String(", ")));
        }
    };
    compareMaps("columns", columns, expected.columns);
    if (withDetails)
        compareMaps("column types", columnDetails, expected.columnDetails);
    compareMaps("primary key", primaryKeys, expected.primaryKeys);
    for (const QString &key : expected.foreignKeys) {
        if (!foreignKeys.contains(key))
            lines << QStringLiteral("missing key: %1").arg(key);
    }
    for (const QString &key : foreignKeys) {
        if (!expected.foreignKeys.contains(key))
            lines << QStringLiteral("unexpected key: %1").arg(key);
    }
    return lines.join(QLatin1Char('\n'));
}
