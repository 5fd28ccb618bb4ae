#include "mysqlcatalogreader.h"
#include "importreport.h"
#include "typemapper.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using ReportSeverity = ImportReport::Severity;

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

bool runCatalogQuery(QSqlQuery &query, const QString &sql, const QVariantList &values,
                     ImportReport *report)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    report->fatalError
        = MySqlCatalogReader::tr("Reading the catalog failed: %1").arg(query.lastError().text());
    return false;
}

} // namespace

bool MySqlCatalogReader::read(QSqlDatabase &db, const QString &database, ImportedSchema *schema,
                              ImportReport *report)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY"));
    if (!runCatalogQuery(
            query,
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
    if (!runCatalogQuery(
            query,
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
        column.declaredType = query.value(2).toString(); // COLUMN_TYPE, as the engine has it
        column.typeDeclared = !column.declaredType.isEmpty();
        column.type = mapped.type;
        column.isUnsigned = mapped.isUnsigned;
        column.nullable = query.value(3).toString() == QLatin1String("YES");
        // MariaDB writes a missing default as the text NULL.
        const QString defaultValue = query.value(4).toString();
        column.defaultValue = query.value(4).isNull() || defaultValue == QLatin1String("NULL")
            ? QString()
            : defaultValue;
        const QString extra = query.value(5).toString();
        column.autoIncrement = extra.contains(QLatin1String("auto_increment"));
        // "on update current_timestamp()": the expression after the words, as the engine has it.
        const int onUpdate = extra.indexOf(QLatin1String("on update "), 0, Qt::CaseInsensitive);
        if (onUpdate >= 0)
            column.onUpdateValue = extra.mid(onUpdate + 10).trimmed();
        column.comment = query.value(6).toString();
        schema->tables[*it].columns.append(column);
    }
    if (!runCatalogQuery(
            query,
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
    if (!runCatalogQuery(
            query,
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
