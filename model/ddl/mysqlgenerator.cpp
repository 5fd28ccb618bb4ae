#include "mysqlgenerator.h"

#include "reservedwords.h"

#include "../schema.h"

QString MySqlGenerator::typeName(const Column &column) const
{
    const DataType &type = column.type;
    const QString sign = column.isUnsigned ? QStringLiteral(" UNSIGNED") : QString();
    switch (type.kind()) {
    case LogicalType::SmallInt:
        return QStringLiteral("SMALLINT") + sign;
    case LogicalType::Integer:
        return QStringLiteral("INT") + sign;
    case LogicalType::BigInt:
        return QStringLiteral("BIGINT") + sign;
    case LogicalType::Decimal:
        if (type.length() < 0)
            return QStringLiteral("DECIMAL");
        return type.scale() < 0
            ? QStringLiteral("DECIMAL(%1)").arg(type.length())
            : QStringLiteral("DECIMAL(%1,%2)").arg(type.length()).arg(type.scale());
    case LogicalType::Real:
        return QStringLiteral("FLOAT");
    case LogicalType::Double:
        return QStringLiteral("DOUBLE");
    case LogicalType::Boolean:
        return QStringLiteral("BOOLEAN");
    case LogicalType::Char:
        return type.length() < 0 ? QStringLiteral("CHAR")
                                 : QStringLiteral("CHAR(%1)").arg(type.length());
    case LogicalType::Varchar:
        // MySQL requires a length; 255 is what the other dialects' unbounded varchar keys fit.
        return QStringLiteral("VARCHAR(%1)").arg(type.length() < 0 ? 255 : type.length());
    case LogicalType::Text:
        return QStringLiteral("TEXT");
    case LogicalType::Date:
        return QStringLiteral("DATE");
    case LogicalType::Time:
        return QStringLiteral("TIME");
    case LogicalType::Timestamp:
        return QStringLiteral("DATETIME(6)");
    case LogicalType::TimestampTz:
        return QStringLiteral("TIMESTAMP(6)");
    case LogicalType::Uuid:
        return uuidType();
    case LogicalType::Json:
        return QStringLiteral("JSON");
    case LogicalType::Blob:
        return QStringLiteral("LONGBLOB");
    case LogicalType::Custom:
        return type.customText();
    }
    return {};
}

QString MySqlGenerator::actionClause(ReferentialAction action) const
{
    switch (action) {
    // Every action explicitly: InnoDB reports an absent clause as RESTRICT but an explicit
    // NO ACTION as NO ACTION, and the catalog must come back as the model has it.
    case ReferentialAction::Cascade:
    case ReferentialAction::SetNull:
    case ReferentialAction::Restrict:
    case ReferentialAction::NoAction:
        return ActionNames::sqlKeyword(action);
    case ReferentialAction::SetDefault: // InnoDB rejects it (MariaDB stores RESTRICT): an error
        return {};
    }
    return {};
}

QString MySqlGenerator::engineForeignKeyName(const Schema &schema, const ForeignKey &key) const
{
    // InnoDB numbers a table's unnamed keys in creation order: <table>_ibfk_<n>.
    const Table *child = schema.table(key.childTable);
    if (!child)
        return {};
    int n = 0;
    for (Id id : schema.foreignKeysOfTable(key.childTable)) {
        const ForeignKey *other = schema.foreignKey(id);
        if (other->childTable != key.childTable || !other->name.isEmpty())
            continue;
        ++n;
        if (id == key.id)
            break;
    }
    return QStringLiteral("%1_ibfk_%2").arg(child->name).arg(n);
}

const QSet<QString> &MySqlGenerator::reservedWords() const
{
    return ReservedWords::mysql();
}

QString MySqlGenerator::autoIncrementClause(const Context &, const Column &) const
{
    // MariaDB and MySQL accept AUTO_INCREMENT on any integer or floating-point key column; the
    // checker reports what the engine rejects.
    return QStringLiteral("AUTO_INCREMENT");
}

QString MySqlGenerator::columnDefinition(const Context &context, const Table &table,
                                         const Column &column) const
{
    QString sql = BaseDdlGenerator::columnDefinition(context, table, column);
    if (!column.comment.isEmpty()) {
        QString text = column.comment;
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        sql += QStringLiteral(" COMMENT '%1'").arg(text);
    }
    return sql;
}

QString MySqlGenerator::tableOptions(const Context &, const Table &table) const
{
    const TableOptions &options = table.options;
    QStringList parts;
    if (!options.engine.isEmpty())
        parts << QStringLiteral("ENGINE=") + options.engine;
    if (!options.autoIncrementStart.isEmpty())
        parts << QStringLiteral("AUTO_INCREMENT=") + options.autoIncrementStart;
    if (!options.charset.isEmpty())
        parts << QStringLiteral("DEFAULT CHARSET=") + options.charset;
    if (!options.collation.isEmpty())
        parts << QStringLiteral("COLLATE=") + options.collation;
    if (!options.rowFormat.isEmpty())
        parts << QStringLiteral("ROW_FORMAT=") + options.rowFormat;
    if (!options.otherOptions.trimmed().isEmpty())
        parts << options.otherOptions.trimmed();
    if (!table.comment.isEmpty()) {
        QString text = table.comment;
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        parts << QStringLiteral("COMMENT='%1'").arg(text);
    }
    return parts.join(QLatin1Char(' '));
}

QString MySqlGenerator::onUpdateClause(const Context &, const Column &column) const
{
    const QString value = column.onUpdateValue.trimmed();
    return value.isEmpty() ? QString() : QStringLiteral("ON UPDATE ") + value;
}

QString MySqlGenerator::indexPartSql(const Context &context, const Table &table,
                                     const TableIndex &index, int i) const
{
    const IndexPart part = index.part(i);
    const Column *column = table.column(index.columns.at(i));
    QString sql = column ? quoted(column->name, context.options)
                         : QLatin1Char('(') + part.expression.trimmed() + QLatin1Char(')');
    if (column && part.prefixLength > 0)
        sql += QStringLiteral("(%1)").arg(part.prefixLength);
    if (part.descending)
        sql += QStringLiteral(" DESC");
    return sql;
}

QString MySqlGenerator::indexDefinition(const Context &context, const Table &table,
                                        const TableIndex &index, const QString &name) const
{
    QString sql = BaseDdlGenerator::indexDefinition(context, table, index, name);
    if (!index.method.isEmpty())
        sql += QStringLiteral(" USING ") + index.method;
    if (!index.options.isEmpty())
        sql += QLatin1Char(' ') + index.options;
    return sql;
}

QString MySqlGenerator::dropForeignKeySql(const QString &table, const QString &key) const
{
    return QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2").arg(table, key);
}

QString MySqlGenerator::defaultExpression(const Context &context, const Column &column) const
{
    // MySQL 8 takes CURRENT_TIMESTAMP as a bare default only; other expressions need
    // parentheses (8.0.13+), which MariaDB accepts as well.
    const QString value = BaseDdlGenerator::defaultExpression(context, column);
    if (context.native)
        return value;
    if (value.compare(QLatin1String("CURRENT_DATE"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("CURRENT_TIME"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('(') + value + QLatin1Char(')');
    return value;
}
