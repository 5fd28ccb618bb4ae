#include "postgrescatalogreader.h"
#include "importreport.h"
#include "typemapper.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using ReportSeverity = ImportReport::Severity;

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
        = PostgresCatalogReader::tr("Reading the catalog failed: %1").arg(query.lastError().text());
    return false;
}

} // namespace

bool PostgresCatalogReader::read(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report)
{
    QSqlQuery query(db);
    // Nothing here writes, and the session makes sure of it.
    query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    const QString userTables = QStringLiteral(
        "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'");
    if (!run(query,
             QStringLiteral("SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class'), "
                            "CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, "
                            "(SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = "
                            " i.inhparent WHERE i.inhrelid = c.oid AND c.relispartition), "
                            "pg_get_expr(c.relpartbound, c.oid) "
                            "FROM pg_class c WHERE c.oid IN (%1) ORDER BY c.oid")
                 .arg(userTables),
             {}, report))
        return false;
    QHash<quint32, int> tableIndex;
    while (query.next()) {
        ImportedTable table;
        table.name = query.value(1).toString();
        table.comment = query.value(2).toString();
        // Partitions as the script importer reads them: the parent's name and the bound; their
        // keys are the parent's (the clones PostgreSQL made are left out below).
        table.options.partitionBy = query.value(3).toString();
        table.partitionOf = query.value(4).toString();
        table.options.partitionBound = query.value(5).toString();
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
        column.declaredType = query.value(3).toString(); // format_type(), as the engine has it
        column.typeDeclared = !column.declaredType.isEmpty();
        column.declaredType = query.value(3).toString(); // format_type(), as the engine has it
        column.typeDeclared = !column.declaredType.isEmpty();
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
                 "FROM pg_constraint WHERE contype IN ('p', 'u', 'f') AND conparentid = 0 "
                 "AND conrelid IN (%1) "
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
                            "WHERE i.indrelid IN (%1) AND NOT c.relispartition "
                            "ORDER BY i.indrelid, c.relname")
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
