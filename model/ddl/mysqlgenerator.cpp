#include "mysqlgenerator.h"

#include "reservedwords.h"

#include "../column.h"

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
    case ReferentialAction::Cascade:
    case ReferentialAction::SetNull:
        return ActionNames::sqlKeyword(action);
    case ReferentialAction::NoAction:
    case ReferentialAction::Restrict:
    case ReferentialAction::SetDefault: // InnoDB rejects it (MariaDB stores RESTRICT): an error
        return {};
    }
    return {};
}

const QSet<QString> &MySqlGenerator::reservedWords() const
{
    return ReservedWords::mysql();
}

QString MySqlGenerator::autoIncrementClause(const Column &column) const
{
    return column.type.isInteger() ? QStringLiteral("AUTO_INCREMENT") : QString();
}

QString MySqlGenerator::tableOptions() const
{
    return QStringLiteral("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
}

QString MySqlGenerator::dropForeignKeySql(const QString &table, const QString &key) const
{
    return QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2").arg(table, key);
}

QString MySqlGenerator::defaultExpression(const Column &column) const
{
    // MySQL 8 takes CURRENT_TIMESTAMP as a bare default only; other expressions need
    // parentheses (8.0.13+), which MariaDB accepts as well.
    const QString value = BaseDdlGenerator::defaultExpression(column);
    if (value.compare(QLatin1String("CURRENT_DATE"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("CURRENT_TIME"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('(') + value + QLatin1Char(')');
    return value;
}
