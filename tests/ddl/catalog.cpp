#include "catalog.h"

#include "schema.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString nullability(bool notNull)
{
    return notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL");
}

// The action the engine ends up storing for the model's action. MySQL/MariaDB treat RESTRICT
// and NO ACTION alike and report an omitted clause as RESTRICT (reference §2.2), and the
// generator leaves out SET DEFAULT there (an error the checker reports), so all three read back
// as one value. SQL Server has no RESTRICT: the generator writes NO ACTION.
QString realized(ReferentialAction action, Dialect dialect)
{
    if ((dialect == Dialect::MySQL || dialect == Dialect::MariaDB)
        && (action == ReferentialAction::Restrict || action == ReferentialAction::SetDefault))
        return QStringLiteral("NO ACTION");
    if (dialect == Dialect::SqlServer && action == ReferentialAction::Restrict)
        return QStringLiteral("NO ACTION");
    return ActionNames::sqlKeyword(action);
}

QString normalizedRule(const QString &rule, Dialect dialect)
{
    const QString upper = rule.toUpper();
    if ((dialect == Dialect::MySQL || dialect == Dialect::MariaDB)
        && upper == QLatin1String("RESTRICT"))
        return QStringLiteral("NO ACTION");
    return upper;
}

QString fkLine(const QString &name, const QString &child, const QStringList &childColumns,
               const QString &parent, const QStringList &parentColumns, const QString &onDelete,
               const QString &onUpdate, const QString &extra = {})
{
    QString line = QStringLiteral("fk ");
    if (!name.isEmpty())
        line += name + QLatin1Char(' ');
    line += QStringLiteral("%1 (%2) -> %3 (%4) ON DELETE %5 ON UPDATE %6")
                .arg(child, childColumns.join(QStringLiteral(", ")), parent,
                     parentColumns.join(QStringLiteral(", ")), onDelete, onUpdate);
    return extra.isEmpty() ? line : line + QLatin1Char(' ') + extra;
}

QStringList names(const Table &table, const QVector<Id> &ids)
{
    QStringList result;
    for (Id id : ids)
        result << table.column(id)->name;
    return result;
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" in: ") + sql;
    return false;
}

} // namespace

namespace Catalog {

QStringList expected(const Schema &schema, Dialect dialect)
{
    QStringList lines;
    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        lines << QStringLiteral("table ") + table.name;
        for (const Column &c : table.columns)
            lines << QStringLiteral("column %1.%2 %3")
                         .arg(table.name, c.name,
                              nullability(!c.nullable || table.isPrimaryKeyColumn(c.id)));
        if (!table.primaryKey.isEmpty())
            lines << QStringLiteral("pk %1 (%2)")
                         .arg(table.name,
                              names(table, table.primaryKey).join(QStringLiteral(", ")));
    }
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(id);
        const Table &child = *schema.table(key.childTable);
        const Table &parent = *schema.table(key.parentTable);
        QString extra;
        if (dialect == Dialect::PostgreSQL)
            extra = key.deferrability == Deferrability::NotDeferrable
                ? QStringLiteral("NOT DEFERRABLE")
                : key.deferrability == Deferrability::DeferrableDeferred
                ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
                : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
        if (dialect == Dialect::SQLite) {
            // Only what the model indexes (the export adds no index of its own); an INTEGER
            // primary key is the rowid and needs none.
            const bool rowid = key.childColumns.size() == 1 && child.primaryKey == key.childColumns
                && child.column(key.childColumns.first())->type.isInteger();
            extra = rowid || child.hasIndexLeadingWith(key.childColumns)
                ? QStringLiteral("indexed")
                : QStringLiteral("not indexed");
        }
        lines << fkLine(dialect == Dialect::SQLite ? QString() : key.name, child.name,
                        names(child, key.childColumns), parent.name,
                        names(parent, key.parentColumns), realized(key.onDelete, dialect),
                        realized(key.onUpdate, dialect), extra);
    }
    lines.sort();
    return lines;
}

QStringList readSqlite(QSqlDatabase db, QString *error)
{
    QStringList lines;
    QSqlQuery tables(db);
    if (!run(tables,
             QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
             error))
        return {};
    QStringList tableNames;
    while (tables.next())
        tableNames << tables.value(0).toString();
    for (const QString &table : tableNames) {
        lines << QStringLiteral("table ") + table;
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral(
            "SELECT name, \"notnull\", pk, type FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(table);
        if (!columns.exec()) {
            *error = columns.lastError().text();
            return {};
        }
        QMap<int, QString> pk;
        QString rowidAlias;
        while (columns.next()) {
            const QString name = columns.value(0).toString();
            lines << QStringLiteral("column %1.%2 %3")
                         .arg(table, name, nullability(columns.value(1).toInt() != 0));
            if (columns.value(2).toInt() > 0)
                pk.insert(columns.value(2).toInt(), name);
            if (columns.value(2).toInt() == 1
                && columns.value(3).toString().toUpper() == QLatin1String("INTEGER"))
                rowidAlias = name;
        }
        if (pk.size() != 1)
            rowidAlias.clear();
        if (!pk.isEmpty())
            lines << QStringLiteral("pk %1 (%2)")
                         .arg(table, QStringList(pk.values()).join(QStringLiteral(", ")));

        // The leading columns of every index (and the rowid alias, which needs none).
        QList<QStringList> indexed;
        if (!rowidAlias.isEmpty())
            indexed << QStringList{rowidAlias};
        QSqlQuery indexes(db);
        indexes.prepare(QStringLiteral("SELECT name FROM pragma_index_list(?)"));
        indexes.addBindValue(table);
        if (!indexes.exec()) {
            *error = indexes.lastError().text();
            return {};
        }
        while (indexes.next()) {
            QSqlQuery info(db);
            info.prepare(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"));
            info.addBindValue(indexes.value(0).toString());
            if (!info.exec()) {
                *error = info.lastError().text();
                return {};
            }
            QStringList cols;
            while (info.next())
                cols << info.value(0).toString();
            indexed << cols;
        }

        QSqlQuery keys(db);
        keys.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                    "FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
        keys.addBindValue(table);
        if (!keys.exec()) {
            *error = keys.lastError().text();
            return {};
        }
        struct Key
        {
            QString parent, onUpdate, onDelete;
            QStringList from, to;
        };
        QMap<int, Key> byId;
        while (keys.next()) {
            Key &k = byId[keys.value(0).toInt()];
            k.parent = keys.value(1).toString();
            k.from << keys.value(2).toString();
            k.to << keys.value(3).toString();
            k.onUpdate = keys.value(4).toString();
            k.onDelete = keys.value(5).toString();
        }
        for (const Key &k : std::as_const(byId)) {
            bool isIndexed = false;
            for (const QStringList &cols : std::as_const(indexed)) {
                QStringList lead = cols.mid(0, k.from.size());
                QStringList wanted = k.from;
                lead.sort();
                wanted.sort();
                isIndexed = isIndexed || lead == wanted;
            }
            lines << fkLine({}, table, k.from, k.parent, k.to, k.onDelete, k.onUpdate,
                            isIndexed ? QStringLiteral("indexed") : QStringLiteral("not indexed"));
        }
    }
    lines.sort();
    return lines;
}

QStringList readPostgres(QSqlDatabase db, QString *error)
{
    QStringList lines;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
                 "WHERE table_schema = 'public'"),
             error))
        return {};
    QSet<QString> tables;
    while (q.next()) {
        tables.insert(q.value(0).toString());
        lines << QStringLiteral("column %1.%2 %3")
                     .arg(q.value(0).toString(), q.value(1).toString(),
                          nullability(q.value(2).toString() == QLatin1String("NO")));
    }
    for (const QString &t : std::as_const(tables))
        lines << QStringLiteral("table ") + t;
    if (!run(q,
             QStringLiteral(
                 "SELECT cl.relname, string_agg(a.attname, ', ' ORDER BY k.ord) "
                 "FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid "
                 "JOIN pg_namespace ns ON ns.oid = cl.relnamespace AND ns.nspname = 'public' "
                 "CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) "
                 "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
                 "WHERE con.contype = 'p' GROUP BY con.oid, cl.relname"),
             error))
        return {};
    while (q.next())
        lines << QStringLiteral("pk %1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    if (!run(q,
             QStringLiteral(
                 "SELECT con.conname, cl.relname, pcl.relname, con.confdeltype, con.confupdtype, "
                 "con.condeferrable, con.condeferred, "
                 "string_agg(ca.attname, ', ' ORDER BY k.ord), string_agg(pa.attname, ', ' ORDER "
                 "BY k.ord) "
                 "FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid "
                 "JOIN pg_namespace ns ON ns.oid = cl.relnamespace AND ns.nspname = 'public' "
                 "JOIN pg_class pcl ON pcl.oid = con.confrelid "
                 "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(c, p, "
                 "ord) "
                 "JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = k.c "
                 "JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.p "
                 "WHERE con.contype = 'f' GROUP BY con.oid, con.conname, cl.relname, pcl.relname, "
                 "con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred"),
             error))
        return {};
    auto action = [](const QString &code) {
        static const QHash<QString, QString> map
            = {{QStringLiteral("a"), QStringLiteral("NO ACTION")},
               {QStringLiteral("r"), QStringLiteral("RESTRICT")},
               {QStringLiteral("c"), QStringLiteral("CASCADE")},
               {QStringLiteral("n"), QStringLiteral("SET NULL")},
               {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
        return map.value(code, QStringLiteral("? ") + code);
    };
    while (q.next()) {
        const QString deferrable = !q.value(5).toBool() ? QStringLiteral("NOT DEFERRABLE")
            : q.value(6).toBool() ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
                                  : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
        lines << fkLine(q.value(0).toString(), q.value(1).toString(),
                        q.value(7).toString().split(QStringLiteral(", ")), q.value(2).toString(),
                        q.value(8).toString().split(QStringLiteral(", ")),
                        action(q.value(3).toString()), action(q.value(4).toString()), deferrable);
    }
    lines.sort();
    return lines;
}

QStringList readMariaDb(QSqlDatabase db, const QString &database, QString *error)
{
    QStringList lines;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = ?"));
    q.addBindValue(database);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QSet<QString> tables;
    while (q.next()) {
        tables.insert(q.value(0).toString());
        lines << QStringLiteral("column %1.%2 %3")
                     .arg(q.value(0).toString(), q.value(1).toString(),
                          nullability(q.value(2).toString() == QLatin1String("NO")));
    }
    for (const QString &t : std::as_const(tables))
        lines << QStringLiteral("table ") + t;
    q.prepare(QStringLiteral(
        "SELECT TABLE_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR ', ') "
        "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
        "AND CONSTRAINT_NAME = 'PRIMARY' GROUP BY TABLE_NAME"));
    q.addBindValue(database);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        lines << QStringLiteral("pk %1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    q.prepare(QStringLiteral(
        "SELECT rc.CONSTRAINT_NAME, rc.TABLE_NAME, rc.REFERENCED_TABLE_NAME, rc.DELETE_RULE, "
        "rc.UPDATE_RULE, "
        "GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR '\\n'), "
        "GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR '\\n') "
        "FROM information_schema.REFERENTIAL_CONSTRAINTS rc "
        "JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
        "AND k.TABLE_NAME = rc.TABLE_NAME AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
        "WHERE rc.CONSTRAINT_SCHEMA = ? "
        "GROUP BY rc.CONSTRAINT_NAME, rc.TABLE_NAME, rc.REFERENCED_TABLE_NAME, rc.DELETE_RULE, "
        "rc.UPDATE_RULE"));
    q.addBindValue(database);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        lines << fkLine(q.value(0).toString(), q.value(1).toString(),
                        q.value(5).toString().split(QLatin1Char('\n')), q.value(2).toString(),
                        q.value(6).toString().split(QLatin1Char('\n')),
                        normalizedRule(q.value(3).toString(), Dialect::MariaDB),
                        normalizedRule(q.value(4).toString(), Dialect::MariaDB));
    lines.sort();
    return lines;
}

} // namespace Catalog
