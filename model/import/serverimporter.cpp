#include "serverimporter.h"
#include "importreport.h"
#include "schemaassembler.h"
#include "typemapper.h"

#include <QAtomicInt>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

using Severity = ImportReport::Severity;

ReferentialAction postgresAction(const QString &code)
{
    if (code == QLatin1String("r"))
        return ReferentialAction::Restrict;
    if (code == QLatin1String("c"))
        return ReferentialAction::Cascade;
    if (code == QLatin1String("n"))
        return ReferentialAction::SetNull;
    if (code == QLatin1String("d"))
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

ReferentialAction ruleAction(const QString &rule)
{
    if (rule == QLatin1String("CASCADE"))
        return ReferentialAction::Cascade;
    if (rule == QLatin1String("RESTRICT"))
        return ReferentialAction::Restrict;
    if (rule == QLatin1String("SET NULL"))
        return ReferentialAction::SetNull;
    if (rule == QLatin1String("SET DEFAULT"))
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

// "{1,2}" (an int2[] as text) or "1 2" (an int2vector) → {1, 2}.
QVector<int> numbers(const QString &text)
{
    QVector<int> result;
    QString t = text;
    t.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    for (const QString &part :
         t.split(QRegularExpression(QStringLiteral("[ ,]")), Qt::SkipEmptyParts))
        result << part.toInt();
    return result;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, ImportReport *report)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    report->fatalError
        = ServerImporter::tr("Reading the catalog failed: %1").arg(query.lastError().text());
    return false;
}

} // namespace

Schema ServerImporter::importUrl(const QString &text, const QString &password, ImportReport *report)
{
    const QUrl url(text);
    QUrl shown = url;
    shown.setPassword(QString());
    report->source = shown.toString();
    const QString scheme = url.scheme();
    const bool postgres
        = scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
    report->dialect = postgres ? QStringLiteral("postgresql") : QStringLiteral("mysql");
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty()) {
        report->fatalError = tr("The URL must look like %1://USER@HOST:PORT/DATABASE.").arg(scheme);
        return {};
    }
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        report->fatalError = tr("Qt's %1 driver is not installed.").arg(driver);
        return {};
    }
    static QAtomicInt counter;
    const QString name
        = QStringLiteral("joinery-import-server-%1").arg(counter.fetchAndAddRelaxed(1));
    Schema schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setHostName(url.host());
        db.setPort(url.port(postgres ? 5432 : 3306));
        db.setUserName(url.userName());
        db.setPassword(password);
        db.setDatabaseName(database);
        db.setConnectOptions(postgres ? QStringLiteral("connect_timeout=10")
                                      : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
        if (!db.open()) {
            report->fatalError = tr("Cannot connect to %1: %2")
                                     .arg(report->source, db.lastError().databaseText().trimmed());
        } else {
            ImportedSchema imported;
            imported.name = database;
            const bool read = postgres ? readPostgres(db, &imported, report)
                                       : readMySql(db, database, &imported, report);
            if (read)
                schema = SchemaAssembler::assemble(imported, report);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

bool ServerImporter::readPostgres(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report)
{
    QSqlQuery query(db);
    // Nothing here writes, and the session makes sure of it.
    query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    const QString userTables = QStringLiteral(
        "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'");
    if (!run(query,
             QStringLiteral("SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') "
                            "FROM pg_class c WHERE c.oid IN (%1) ORDER BY c.oid")
                 .arg(userTables),
             {}, report))
        return false;
    QHash<quint32, int> tableIndex;
    while (query.next()) {
        ImportedTable table;
        table.name = query.value(1).toString();
        table.comment = query.value(2).toString();
        tableIndex.insert(query.value(0).toUInt(), schema->tables.size());
        schema->tables.append(table);
    }
    QHash<quint32, QHash<int, QString>> attributeNames;
    if (!run(query,
             QStringLiteral(
                 "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), "
                 "a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, "
                 "col_description(a.attrelid, a.attnum), co.collname "
                 "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum "
                 "= a.attnum "
                 "LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> "
                 "(SELECT typcollation FROM pg_type WHERE oid = a.atttypid) "
                 "WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid IN (%1) "
                 "ORDER BY a.attrelid, a.attnum")
                 .arg(userTables),
             {}, report))
        return false;
    while (query.next()) {
        const quint32 relation = query.value(0).toUInt();
        ImportedColumn column;
        column.name = query.value(2).toString();
        const TypeMapper::Mapped mapped
            = TypeMapper::map(query.value(3).toString(), QStringLiteral("postgresql"));
        column.type = mapped.type;
        column.nullable = !query.value(4).toBool();
        const QString defaultValue = query.value(5).toString();
        if (defaultValue.startsWith(QLatin1String("nextval("))
            || !query.value(6).toString().isEmpty())
            column.autoIncrement = true;
        else
            column.defaultValue = defaultValue;
        column.comment = query.value(7).toString();
        column.collation = query.value(8).toString();
        attributeNames[relation].insert(query.value(1).toInt(), column.name);
        schema->tables[tableIndex.value(relation)].columns.append(column);
    }
    auto columnNames = [&](quint32 relation, const QString &keys) {
        QStringList names;
        for (int number : numbers(keys))
            names << attributeNames.value(relation).value(number);
        return names;
    };
    if (!run(query,
             QStringLiteral(
                 "SELECT conrelid, conname, contype, conkey, confrelid, confkey, confupdtype, "
                 "confdeltype, confmatchtype, condeferrable, condeferred, conindid "
                 "FROM pg_constraint WHERE contype IN ('p', 'u', 'f') AND conrelid IN (%1) "
                 "ORDER BY conrelid, contype, oid")
                 .arg(userTables),
             {}, report))
        return false;
    QSet<quint32> constraintIndexes;
    while (query.next()) {
        const quint32 relation = query.value(0).toUInt();
        ImportedTable &table = schema->tables[tableIndex.value(relation)];
        const QString type = query.value(2).toString();
        ImportedConstraint constraint;
        constraint.name = query.value(1).toString();
        constraint.columns = columnNames(relation, query.value(3).toString());
        if (type != QLatin1String("f"))
            constraintIndexes.insert(query.value(11).toUInt());
        if (type == QLatin1String("p")) {
            table.primaryKey = constraint;
        } else if (type == QLatin1String("u")) {
            table.uniqueConstraints.append(constraint);
        } else {
            const quint32 parent = query.value(4).toUInt();
            if (!tableIndex.contains(parent))
                continue;
            ImportedForeignKey key;
            key.name = constraint.name;
            key.childTable = table.name;
            key.childColumns = constraint.columns;
            key.parentTable = schema->tables.at(tableIndex.value(parent)).name;
            key.parentColumns = columnNames(parent, query.value(5).toString());
            key.onUpdate = postgresAction(query.value(6).toString());
            key.onDelete = postgresAction(query.value(7).toString());
            key.match = query.value(8).toString() == QLatin1String("f") ? MatchType::Full
                                                                        : MatchType::Simple;
            if (query.value(9).toBool())
                key.deferrability = query.value(10).toBool() ? Deferrability::DeferrableDeferred
                                                             : Deferrability::DeferrableImmediate;
            schema->foreignKeys.append(key);
        }
    }
    if (!run(query,
             QStringLiteral("SELECT i.indrelid, c.relname, i.indisunique, i.indkey, i.indexrelid, "
                            "i.indpred IS NOT NULL "
                            "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                            "WHERE i.indrelid IN (%1) ORDER BY i.indrelid, c.relname")
                 .arg(userTables),
             {}, report))
        return false;
    while (query.next()) {
        if (constraintIndexes.contains(query.value(4).toUInt()))
            continue; // the index behind a primary key or unique constraint
        const quint32 relation = query.value(0).toUInt();
        ImportedConstraint index;
        index.name = query.value(1).toString();
        index.unique = query.value(2).toBool();
        const QVector<int> keys = numbers(query.value(3).toString());
        if (!keys.contains(0)) // 0: an expression
            index.columns = columnNames(relation, query.value(3).toString());
        schema->tables[tableIndex.value(relation)].indexes.append(index);
    }
    return true;
}

bool ServerImporter::readMySql(QSqlDatabase &db, const QString &database, ImportedSchema *schema,
                               ImportReport *report)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY"));
    if (!run(query,
             QStringLiteral(
                 "SELECT table_name, table_comment FROM information_schema.tables "
                 "WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name"),
             {database}, report))
        return false;
    QHash<QString, int> tableIndex;
    while (query.next()) {
        ImportedTable table;
        table.name = query.value(0).toString();
        table.comment = query.value(1).toString();
        tableIndex.insert(table.name, schema->tables.size());
        schema->tables.append(table);
    }
    if (!run(query,
             QStringLiteral(
                 "SELECT table_name, column_name, column_type, is_nullable, column_default, "
                 "extra, column_comment, collation_name FROM information_schema.columns "
                 "WHERE table_schema = ? ORDER BY table_name, ordinal_position"),
             {database}, report))
        return false;
    while (query.next()) {
        const auto it = tableIndex.constFind(query.value(0).toString());
        if (it == tableIndex.cend())
            continue; // a view's column
        ImportedColumn column;
        column.name = query.value(1).toString();
        const TypeMapper::Mapped mapped
            = TypeMapper::map(query.value(2).toString(), QStringLiteral("mysql"));
        column.type = mapped.type;
        column.isUnsigned = mapped.isUnsigned;
        column.nullable = query.value(3).toString() == QLatin1String("YES");
        // MariaDB writes a missing default as the text NULL.
        const QString defaultValue = query.value(4).toString();
        column.defaultValue = query.value(4).isNull() || defaultValue == QLatin1String("NULL")
            ? QString()
            : defaultValue;
        column.autoIncrement = query.value(5).toString().contains(QLatin1String("auto_increment"));
        column.comment = query.value(6).toString();
        schema->tables[*it].columns.append(column);
    }
    if (!run(query,
             QStringLiteral("SELECT table_name, index_name, non_unique, column_name, sub_part "
                            "FROM information_schema.statistics WHERE table_schema = ? "
                            "ORDER BY table_name, index_name, seq_in_index"),
             {database}, report))
        return false;
    QString lastKey;
    while (query.next()) {
        const auto it = tableIndex.constFind(query.value(0).toString());
        if (it == tableIndex.cend())
            continue;
        ImportedTable &table = schema->tables[*it];
        const QString name = query.value(1).toString();
        const QString key = table.name + QLatin1Char('\n') + name;
        const bool unique = query.value(2).toInt() == 0;
        if (key != lastKey) {
            lastKey = key;
            ImportedConstraint constraint;
            constraint.name = name;
            constraint.unique = unique;
            if (name == QLatin1String("PRIMARY")) {
                constraint.name.clear();
                table.primaryKey = constraint;
            } else if (unique) {
                table.uniqueConstraints.append(constraint);
            } else {
                table.indexes.append(constraint);
            }
        }
        ImportedConstraint &current = name == QLatin1String("PRIMARY") ? table.primaryKey
            : unique ? table.uniqueConstraints.last()
                     : table.indexes.last();
        current.columns << query.value(3).toString();
    }
    if (!run(query,
             QStringLiteral(
                 "SELECT k.constraint_name, k.table_name, k.column_name, k.referenced_table_name, "
                 "k.referenced_column_name, r.update_rule, r.delete_rule "
                 "FROM information_schema.key_column_usage k "
                 "JOIN information_schema.referential_constraints r ON r.constraint_schema = "
                 "k.constraint_schema "
                 "AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name "
                 "WHERE k.table_schema = ? AND k.referenced_table_name IS NOT NULL "
                 "ORDER BY k.table_name, k.constraint_name, k.ordinal_position"),
             {database}, report))
        return false;
    QString lastConstraint;
    while (query.next()) {
        const QString id
            = query.value(1).toString() + QLatin1Char('\n') + query.value(0).toString();
        if (id != lastConstraint) {
            lastConstraint = id;
            ImportedForeignKey key;
            key.name = query.value(0).toString();
            key.childTable = query.value(1).toString();
            key.parentTable = query.value(3).toString();
            key.onUpdate = ruleAction(query.value(5).toString());
            key.onDelete = ruleAction(query.value(6).toString());
            schema->foreignKeys.append(key);
        }
        schema->foreignKeys.last().childColumns << query.value(2).toString();
        schema->foreignKeys.last().parentColumns << query.value(4).toString();
    }
    return true;
}
