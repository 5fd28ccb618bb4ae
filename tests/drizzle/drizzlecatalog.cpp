#include "drizzlecatalog.h"

#include "schema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

QStringList names(const Table &table, const QVector<Id> &columnIds)
{
    QStringList result;
    for (Id id : columnIds)
        result << (table.column(id) ? table.column(id)->name : QStringLiteral("?"));
    return result;
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1\n  in: %2").arg(query.lastError().text(), sql);
    return false;
}

// Column lists come back joined with this separator, which no test name contains.
const QChar separator(0x1f);

bool readSqlite(QSqlDatabase db, DrizzleCatalog *catalog, QString *error)
{
    QSqlQuery tables(db);
    if (!run(tables,
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                            "'sqlite\\_%' ESCAPE '\\'"),
             error))
        return false;
    QStringList tableNames;
    while (tables.next())
        tableNames << tables.value(0).toString();
    for (const QString &table : std::as_const(tableNames)) {
        QSqlQuery info(db);
        info.prepare(
            QStringLiteral("SELECT name, pk, \"notnull\" FROM pragma_table_info(?) ORDER BY cid"));
        info.addBindValue(table);
        if (!info.exec()) {
            *error = info.lastError().text();
            return false;
        }
        QMap<int, QString> key;
        QStringList columns;
        while (info.next()) {
            columns << info.value(0).toString();
            // SQLite keeps the declared type as written, which differs between generators
            // without meaning anything: only nullability is compared.
            catalog->columnDetails[table] << QStringLiteral("%1 %2").arg(
                info.value(0).toString(),
                info.value(2).toInt() || info.value(1).toInt() > 0 ? QStringLiteral("NOT NULL")
                                                                   : QStringLiteral("NULL"));
            if (info.value(1).toInt() > 0)
                key.insert(info.value(1).toInt(), info.value(0).toString());
        }
        catalog->columns.insert(table, columns);
        if (!key.isEmpty())
            catalog->primaryKeys.insert(table, key.values());

        QSqlQuery keys(db);
        keys.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete, on_update "
                                    "FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
        keys.addBindValue(table);
        if (!keys.exec()) {
            *error = keys.lastError().text();
            return false;
        }
        int current = -1;
        QString parent, onDelete, onUpdate;
        QStringList from, to;
        const auto flush = [&] {
            if (current >= 0)
                catalog->foreignKeys << DrizzleCatalog::keyText(table, from, parent, to, onDelete,
                                                                onUpdate, DrizzleTarget::SQLite);
        };
        while (keys.next()) {
            if (keys.value(0).toInt() != current) {
                flush();
                current = keys.value(0).toInt();
                parent = keys.value(1).toString();
                onDelete = keys.value(4).toString();
                onUpdate = keys.value(5).toString();
                from.clear();
                to.clear();
            }
            from << keys.value(2).toString();
            to << keys.value(3).toString();
        }
        flush();
    }
    return true;
}

bool readPostgres(QSqlDatabase db, DrizzleCatalog *catalog, QString *error)
{
    QSqlQuery columns(db);
    if (!run(columns,
             QStringLiteral(
                 "SELECT c.table_name, c.column_name, "
                 "format_type(a.atttypid, a.atttypmod), c.is_nullable "
                 "FROM information_schema.columns c "
                 "JOIN pg_attribute a ON a.attrelid = format('%I', c.table_name)::regclass "
                 "AND a.attname = c.column_name "
                 "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                 "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
                 "WHERE c.table_schema = 'public' "
                 "ORDER BY c.table_name, c.ordinal_position"),
             error))
        return false;
    while (columns.next()) {
        catalog->columns[columns.value(0).toString()] << columns.value(1).toString();
        catalog->columnDetails[columns.value(0).toString()]
            << QStringLiteral("%1 %2 %3")
                   .arg(columns.value(1).toString(), columns.value(2).toString(),
                        columns.value(3).toString() == QLatin1String("YES")
                            ? QStringLiteral("NULL")
                            : QStringLiteral("NOT NULL"));
    }

    // Key columns in key order, joined with the separator.
    const QString keyColumns = QStringLiteral(
        "(SELECT string_agg(a.attname, chr(31) ORDER BY k.ord) FROM unnest(%1) WITH ORDINALITY "
        "AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.attnum)");
    QSqlQuery constraints(db);
    const QString sql
        = QStringLiteral(
              "SELECT c.contype, cl.relname, %1, pcl.relname, %2, c.confdeltype, c.confupdtype, "
              "c.conname "
              "FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid "
              "JOIN pg_namespace n ON n.oid = cl.relnamespace "
              "LEFT JOIN pg_class pcl ON pcl.oid = c.confrelid "
              "WHERE n.nspname = 'public' AND c.contype IN ('p', 'f')")
              .arg(keyColumns.arg(QStringLiteral("c.conkey"), QStringLiteral("c.conrelid")),
                   keyColumns.arg(QStringLiteral("c.confkey"), QStringLiteral("c.confrelid")));
    if (!run(constraints, sql, error))
        return false;
    const auto action = [](const QString &code) {
        static const QMap<QString, QString> actions
            = {{QStringLiteral("a"), QStringLiteral("NO ACTION")},
               {QStringLiteral("r"), QStringLiteral("RESTRICT")},
               {QStringLiteral("c"), QStringLiteral("CASCADE")},
               {QStringLiteral("n"), QStringLiteral("SET NULL")},
               {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
        return actions.value(code, code);
    };
    while (constraints.next()) {
        const QString table = constraints.value(1).toString();
        const QStringList cols = constraints.value(2).toString().split(separator);
        if (constraints.value(0).toString() == QLatin1String("p")) {
            catalog->primaryKeys.insert(table, cols);
            continue;
        }
        catalog->keyNames << constraints.value(7).toString();
        catalog->foreignKeys << DrizzleCatalog::keyText(
            table, cols, constraints.value(3).toString(),
            constraints.value(4).toString().split(separator),
            action(constraints.value(5).toString()), action(constraints.value(6).toString()),
            DrizzleTarget::PostgreSQL);
    }
    return true;
}

bool readMariaDb(QSqlDatabase db, DrizzleCatalog *catalog, QString *error)
{
    QSqlQuery columns(db);
    if (!run(columns,
             QStringLiteral("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE "
                            "FROM information_schema.COLUMNS c "
                            "JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA "
                            "AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE' "
                            "WHERE c.TABLE_SCHEMA = DATABASE() "
                            "ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION"),
             error))
        return false;
    while (columns.next()) {
        catalog->columns[columns.value(0).toString()] << columns.value(1).toString();
        catalog->columnDetails[columns.value(0).toString()]
            << QStringLiteral("%1 %2 %3")
                   .arg(columns.value(1).toString(), columns.value(2).toString(),
                        columns.value(3).toString() == QLatin1String("YES")
                            ? QStringLiteral("NULL")
                            : QStringLiteral("NOT NULL"));
    }

    QSqlQuery primary(db);
    if (!run(primary,
             QStringLiteral(
                 "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                 "WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'PRIMARY' "
                 "ORDER BY TABLE_NAME, ORDINAL_POSITION"),
             error))
        return false;
    while (primary.next())
        catalog->primaryKeys[primary.value(0).toString()] << primary.value(1).toString();

    QSqlQuery keys(db);
    if (!run(
            keys,
            QStringLiteral(
                "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, "
                "k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE "
                "FROM information_schema.KEY_COLUMN_USAGE k "
                "JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                "ON r.CONSTRAINT_SCHEMA = k.TABLE_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                "AND r.TABLE_NAME = k.TABLE_NAME "
                "WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION"),
            error))
        return false;
    QString currentTable, currentName, parent, onDelete, onUpdate;
    QStringList from, to;
    const auto flush = [&] {
        if (!currentName.isEmpty())
            catalog->keyNames << currentName;
        if (!currentName.isEmpty())
            catalog->foreignKeys << DrizzleCatalog::keyText(
                currentTable, from, parent, to, onDelete, onUpdate, DrizzleTarget::MySQL);
    };
    while (keys.next()) {
        if (keys.value(0).toString() != currentTable || keys.value(1).toString() != currentName) {
            flush();
            currentTable = keys.value(0).toString();
            currentName = keys.value(1).toString();
            parent = keys.value(3).toString();
            onDelete = keys.value(5).toString();
            onUpdate = keys.value(6).toString();
            from.clear();
            to.clear();
        }
        from << keys.value(2).toString();
        to << keys.value(4).toString();
    }
    flush();
    return true;
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
            catalog.primaryKeys.insert(table.name, names(table, table.primaryKey));
    }
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        const Table &child = *schema.table(key.childTable);
        const Table &parent = *schema.table(key.parentTable);
        catalog.foreignKeys << keyText(child.name, names(child, key.childColumns), parent.name,
                                       names(parent, key.parentColumns),
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
    bool ok = false;
    switch (target) {
    case DrizzleTarget::SQLite:
        ok = readSqlite(db, catalog, error);
        break;
    case DrizzleTarget::PostgreSQL:
        ok = readPostgres(db, catalog, error);
        break;
    case DrizzleTarget::MySQL:
        ok = readMariaDb(db, catalog, error);
        break;
    case DrizzleTarget::SqlServer:
        *error = QStringLiteral("no SQL Server engine here");
        return false;
    }
    catalog->foreignKeys.sort();
    return ok;
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
