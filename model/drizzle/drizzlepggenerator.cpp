#include "drizzlepggenerator.h"

#include "column.h"

QString DrizzlePgGenerator::tableFunction() const
{
    return QStringLiteral("pgTable");
}

QString DrizzlePgGenerator::anyColumnType() const
{
    return QStringLiteral("AnyPgColumn");
}

QString DrizzlePgGenerator::extraConfigType() const
{
    return QStringLiteral("PgTableExtraConfigValue");
}

QStringList DrizzlePgGenerator::moduleIdentifiers() const
{
    return {
        QStringLiteral("smallint"),  QStringLiteral("integer"), QStringLiteral("bigint"),
        QStringLiteral("numeric"),   QStringLiteral("real"),    QStringLiteral("doublePrecision"),
        QStringLiteral("boolean"),   QStringLiteral("char"),    QStringLiteral("varchar"),
        QStringLiteral("text"),      QStringLiteral("date"),    QStringLiteral("time"),
        QStringLiteral("timestamp"), QStringLiteral("uuid"),    QStringLiteral("jsonb")};
}

QString DrizzlePgGenerator::columnBuilder(const Column &column, Imports *imports,
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
        function = QStringLiteral("integer");
        break;
    case LogicalType::BigInt:
        // JavaScript numbers hold ids up to 2^53, which is what schemas use bigint keys for.
        function = QStringLiteral("bigint");
        options = QStringLiteral("mode: 'number'");
        break;
    case LogicalType::Decimal:
        function = QStringLiteral("numeric");
        if (type.length() >= 0)
            options = type.scale() >= 0
                ? QStringLiteral("precision: %1, scale: %2").arg(type.length()).arg(type.scale())
                : QStringLiteral("precision: %1").arg(type.length());
        break;
    case LogicalType::Real:
        function = QStringLiteral("real");
        break;
    case LogicalType::Double:
        function = QStringLiteral("doublePrecision");
        break;
    case LogicalType::Boolean:
        function = QStringLiteral("boolean");
        break;
    case LogicalType::Char:
    case LogicalType::Varchar:
        function
            = type.kind() == LogicalType::Char ? QStringLiteral("char") : QStringLiteral("varchar");
        if (type.length() >= 0)
            options = QStringLiteral("length: %1").arg(type.length());
        break;
    case LogicalType::Text:
        function = QStringLiteral("text");
        break;
    case LogicalType::Date:
        function = QStringLiteral("date");
        break;
    case LogicalType::Time:
        function = QStringLiteral("time");
        break;
    case LogicalType::Timestamp:
        function = QStringLiteral("timestamp");
        break;
    case LogicalType::TimestampTz:
        function = QStringLiteral("timestamp");
        options = QStringLiteral("withTimezone: true");
        break;
    case LogicalType::Uuid:
        function = QStringLiteral("uuid");
        break;
    case LogicalType::Json:
        function = QStringLiteral("jsonb");
        break;
    case LogicalType::Blob:
        // drizzle-orm 0.45's pg-core has no bytea builder.
        return customBuilder(column.name, QStringLiteral("bytea"), QStringLiteral("Uint8Array"),
                             imports);
    case LogicalType::Custom:
        return customBuilder(column.name, type.customText(), QStringLiteral("unknown"), imports);
    }
    imports->values.insert(function);
    return call(function, column.name, options);
}

QString DrizzlePgGenerator::autoIncrementCall(const Column &column, bool, QStringList *notes) const
{
    if (column.type.isInteger())
        return QStringLiteral(".generatedByDefaultAsIdentity()");
    *notes << tr("PostgreSQL identity columns must be integers; \"%1\" is written without "
                 "auto-increment.")
                  .arg(column.name);
    return {};
}
