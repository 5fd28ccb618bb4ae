#include "drizzlesqlitegenerator.h"

#include "column.h"

QString DrizzleSqliteGenerator::tableFunction() const
{
    return QStringLiteral("sqliteTable");
}

QString DrizzleSqliteGenerator::anyColumnType() const
{
    return QStringLiteral("AnySQLiteColumn");
}

QString DrizzleSqliteGenerator::extraConfigType() const
{
    return QStringLiteral("SQLiteTableExtraConfigValue");
}

QStringList DrizzleSqliteGenerator::moduleIdentifiers() const
{
    return {QStringLiteral("integer"), QStringLiteral("real"), QStringLiteral("numeric"),
            QStringLiteral("text"), QStringLiteral("blob")};
}

QString DrizzleSqliteGenerator::columnBuilder(const Column &column, Imports *imports,
                                              QStringList *) const
{
    const DataType &type = column.type;
    QString function;
    QString options;
    switch (type.kind()) {
    case LogicalType::SmallInt:
    case LogicalType::Integer:
    case LogicalType::BigInt:
        function = QStringLiteral("integer");
        break;
    case LogicalType::Boolean:
        function = QStringLiteral("integer");
        options = QStringLiteral("mode: 'boolean'");
        break;
    case LogicalType::Decimal:
        function = QStringLiteral("numeric");
        break;
    case LogicalType::Real:
    case LogicalType::Double:
        function = QStringLiteral("real");
        break;
    case LogicalType::Char:
    case LogicalType::Varchar:
        function = QStringLiteral("text");
        if (type.length() >= 0)
            options = QStringLiteral("length: %1").arg(type.length());
        break;
    case LogicalType::Json:
        function = QStringLiteral("text");
        options = QStringLiteral("mode: 'json'");
        break;
    case LogicalType::Text:
    case LogicalType::Date:
    case LogicalType::Time:
    case LogicalType::Timestamp:
    case LogicalType::TimestampTz:
    case LogicalType::Uuid:
        // SQLite keeps dates, times and UUIDs as ISO / canonical text.
        function = QStringLiteral("text");
        break;
    case LogicalType::Blob:
        function = QStringLiteral("blob");
        break;
    case LogicalType::Custom:
        return customBuilder(column.name, type.customText(), QStringLiteral("unknown"), imports);
    }
    imports->values.insert(function);
    return call(function, column.name, options);
}

QString DrizzleSqliteGenerator::primaryKeyCall(const Column &column, QStringList *) const
{
    if (column.autoIncrement && column.type.isInteger())
        return QStringLiteral(".primaryKey({ autoIncrement: true })");
    return QStringLiteral(".primaryKey()");
}

QString DrizzleSqliteGenerator::autoIncrementCall(const Column &column, bool soleKey,
                                                  QStringList *notes) const
{
    if (soleKey && column.type.isInteger())
        return {}; // written by primaryKeyCall()
    *notes << tr("SQLite auto-increments only a table's single INTEGER PRIMARY KEY column; "
                 "\"%1\" is written without it.")
                  .arg(column.name);
    return {};
}
