#include "sqlitegenerator.h"

#include "reservedwords.h"

#include "../column.h"
#include "../schema.h"
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

bool SqliteGenerator::isInlinePrimaryKey(const Context &context, const Table &table,
                                         const Column &column) const
{
    if (table.primaryKey.size() != 1 || table.primaryKey.first() != column.id)
        return false;
    // AUTOINCREMENT exists only as INTEGER PRIMARY KEY AUTOINCREMENT; an INTEGER key is the
    // rowid alias either way, and inline is how people write it.
    return (context.native && column.autoIncrement)
        || columnType(context.schema, column).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive)
        == 0;
}

QString SqliteGenerator::columnDefinition(const Context &context, const Table &table,
                                          const Column &column) const
{
    QString sql = BaseDdlGenerator::columnDefinition(context, table, column);
    // In a schema of SQLite's own, auto-increment is the AUTOINCREMENT keyword (ids never
    // reused); elsewhere it means "the engine assigns ids", which INTEGER PRIMARY KEY already is.
    if (context.native && column.autoIncrement && isInlinePrimaryKey(context, table, column))
        sql += QStringLiteral(" AUTOINCREMENT");
    return sql;
}

QString SqliteGenerator::tableOptions(const Context &, const Table &table) const
{
    QStringList options;
    if (table.options.withoutRowid)
        options << QStringLiteral("WITHOUT ROWID");
    if (table.options.strict)
        options << QStringLiteral("STRICT");
    return options.join(QStringLiteral(", "));
}
