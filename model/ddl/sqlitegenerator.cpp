#include "sqlitegenerator.h"

#include "reservedwords.h"

#include "../column.h"
#include "../table.h"

QString SqliteGenerator::typeName(const Column &column) const
{
    const DataType &type = column.type;
    switch (type.kind()) {
    case LogicalType::SmallInt:
    case LogicalType::Integer:
    case LogicalType::BigInt:
    case LogicalType::Boolean:
        // Only the exact spelling INTEGER makes a primary key the rowid alias.
        return QStringLiteral("INTEGER");
    case LogicalType::Decimal:
        if (type.length() < 0)
            return QStringLiteral("NUMERIC");
        return type.scale() < 0
            ? QStringLiteral("NUMERIC(%1)").arg(type.length())
            : QStringLiteral("NUMERIC(%1,%2)").arg(type.length()).arg(type.scale());
    case LogicalType::Real:
    case LogicalType::Double:
        return QStringLiteral("REAL");
    case LogicalType::Char:
    case LogicalType::Varchar:
    case LogicalType::Text:
    case LogicalType::Date:
    case LogicalType::Time:
    case LogicalType::Timestamp:
    case LogicalType::TimestampTz:
    case LogicalType::Uuid:
    case LogicalType::Json:
        return QStringLiteral("TEXT");
    case LogicalType::Blob:
        return QStringLiteral("BLOB");
    case LogicalType::Custom:
        return type.customText();
    }
    return {};
}

const QSet<QString> &SqliteGenerator::reservedWords() const
{
    return ReservedWords::sqlite();
}

bool SqliteGenerator::isInlinePrimaryKey(const Table &table, const Column &column) const
{
    return table.primaryKey.size() == 1 && table.primaryKey.first() == column.id
        && column.type.isInteger();
}
