#include "drizzlemssqlgenerator.h"

#include "column.h"

QString DrizzleMsSqlGenerator::tableFunction() const
{
    return QStringLiteral("mssqlTable");
}

QString DrizzleMsSqlGenerator::anyColumnType() const
{
    return QStringLiteral("AnyMsSqlColumn");
}

QString DrizzleMsSqlGenerator::extraConfigType() const
{
    return QStringLiteral("MsSqlTableExtraConfigValue");
}

QStringList DrizzleMsSqlGenerator::moduleIdentifiers() const
{
    return {QStringLiteral("smallint"),
            QStringLiteral("int"),
            QStringLiteral("bigint"),
            QStringLiteral("decimal"),
            QStringLiteral("real"),
            QStringLiteral("float"),
            QStringLiteral("bit"),
            QStringLiteral("nchar"),
            QStringLiteral("nvarchar"),
            QStringLiteral("date"),
            QStringLiteral("time"),
            QStringLiteral("datetime2"),
            QStringLiteral("datetimeoffset"),
            QStringLiteral("varbinary")};
}

QString DrizzleMsSqlGenerator::columnBuilder(const Column &column, Imports *imports,
                                             QStringList *) const
{
    const DataType &type = column.type;
    QString function;
    QString options;
    switch (type.kind()) {
    case LogicalType::SmallInt:
        function = QStringLiteral("smallint");
        break;
    case LogicalType::Integer:
        function = QStringLiteral("int");
        break;
    case LogicalType::BigInt:
        function = QStringLiteral("bigint");
        options = QStringLiteral("mode: 'number'"); // mssql-core requires a mode
        break;
    case LogicalType::Decimal:
        function = QStringLiteral("decimal");
        if (type.length() >= 0)
            options = type.scale() >= 0
                ? QStringLiteral("precision: %1, scale: %2").arg(type.length()).arg(type.scale())
                : QStringLiteral("precision: %1").arg(type.length());
        break;
    case LogicalType::Real:
        function = QStringLiteral("real");
        break;
    case LogicalType::Double:
        function = QStringLiteral("float");
        break;
    case LogicalType::Boolean:
        function = QStringLiteral("bit");
        break;
    case LogicalType::Char:
    case LogicalType::Varchar:
        // Unicode text, as SQL Server schemas are usually written.
        function = type.kind() == LogicalType::Char ? QStringLiteral("nchar")
                                                    : QStringLiteral("nvarchar");
        if (type.length() >= 0)
            options = QStringLiteral("length: %1").arg(type.length());
        break;
    case LogicalType::Text:
    case LogicalType::Json:
        function = QStringLiteral("nvarchar");
        options = QStringLiteral("length: 'max'");
        break;
    case LogicalType::Date:
        function = QStringLiteral("date");
        break;
    case LogicalType::Time:
        function = QStringLiteral("time");
        break;
    case LogicalType::Timestamp:
        function = QStringLiteral("datetime2");
        break;
    case LogicalType::TimestampTz:
        function = QStringLiteral("datetimeoffset");
        break;
    case LogicalType::Uuid:
        return customBuilder(column.name, QStringLiteral("uniqueidentifier"),
                             QStringLiteral("string"), imports);
    case LogicalType::Blob:
        function = QStringLiteral("varbinary");
        options = QStringLiteral("length: 'max'");
        break;
    case LogicalType::Custom:
        return customBuilder(column.name, type.customText(), QStringLiteral("unknown"), imports);
    }
    imports->values.insert(function);
    return call(function, column.name, options);
}

QString DrizzleMsSqlGenerator::autoIncrementCall(const Column &column, bool,
                                                 QStringList *notes) const
{
    if (column.type.isInteger())
        return QStringLiteral(".identity()");
    *notes << tr("SQL Server identity columns must be integers; \"%1\" is written without "
                 "auto-increment.")
                  .arg(column.name);
    return {};
}

QString DrizzleMsSqlGenerator::sqlDefault(const Column &column) const
{
    // T-SQL has no CURRENT_DATE / CURRENT_TIME.
    const QString value = DrizzleGenerator::sqlDefault(column);
    if (value.compare(QLatin1String("CURRENT_DATE"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CAST(GETDATE() AS DATE)");
    if (value.compare(QLatin1String("CURRENT_TIME"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CAST(GETDATE() AS TIME)");
    return value;
}

QString DrizzleMsSqlGenerator::actionSpelling(ReferentialAction action, const QString &event,
                                              QStringList *notes) const
{
    if (action == ReferentialAction::Restrict) {
        *notes << tr("ON %1 RESTRICT: SQL Server (and mssql-core) has no RESTRICT; written as "
                     "NO ACTION, which also refuses the change while child rows exist.")
                      .arg(event);
        return {};
    }
    return DrizzleGenerator::actionSpelling(action, event, notes);
}
