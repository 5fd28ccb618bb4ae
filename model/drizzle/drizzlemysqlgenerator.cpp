#include "drizzlemysqlgenerator.h"

#include "column.h"

QString DrizzleMySqlGenerator::tableFunction() const
{
    return QStringLiteral("mysqlTable");
}

QString DrizzleMySqlGenerator::anyColumnType() const
{
    return QStringLiteral("AnyMySqlColumn");
}

QString DrizzleMySqlGenerator::extraConfigType() const
{
    return QStringLiteral("MySqlTableExtraConfigValue");
}

QStringList DrizzleMySqlGenerator::moduleIdentifiers() const
{
    return {QStringLiteral("smallint"), QStringLiteral("int"),       QStringLiteral("bigint"),
            QStringLiteral("decimal"),  QStringLiteral("float"),     QStringLiteral("double"),
            QStringLiteral("boolean"),  QStringLiteral("char"),      QStringLiteral("varchar"),
            QStringLiteral("text"),     QStringLiteral("date"),      QStringLiteral("time"),
            QStringLiteral("datetime"), QStringLiteral("timestamp"), QStringLiteral("json")};
}

QString DrizzleMySqlGenerator::columnBuilder(const Column &column, Imports *imports,
                                             QStringList *notes) const
{
    const DataType &type = column.type;
    QString function;
    QStringList options;
    switch (type.kind()) {
    case LogicalType::SmallInt:
        function = QStringLiteral("smallint");
        break;
    case LogicalType::Integer:
        function = QStringLiteral("int");
        break;
    case LogicalType::BigInt:
        function = QStringLiteral("bigint");
        options << QStringLiteral("mode: 'number'");
        break;
    case LogicalType::Decimal:
        function = QStringLiteral("decimal");
        if (type.length() >= 0)
            options << QStringLiteral("precision: %1").arg(type.length());
        if (type.length() >= 0 && type.scale() >= 0)
            options << QStringLiteral("scale: %1").arg(type.scale());
        break;
    case LogicalType::Real:
        function = QStringLiteral("float");
        break;
    case LogicalType::Double:
        function = QStringLiteral("double");
        break;
    case LogicalType::Boolean:
        function = QStringLiteral("boolean");
        break;
    case LogicalType::Char:
        function = QStringLiteral("char");
        if (type.length() >= 0)
            options << QStringLiteral("length: %1").arg(type.length());
        break;
    case LogicalType::Varchar:
        function = QStringLiteral("varchar");
        if (type.length() >= 0) {
            options << QStringLiteral("length: %1").arg(type.length());
        } else {
            options << QStringLiteral("length: 255");
            *notes << tr("MySQL needs a length for VARCHAR; \"%1\" has none and gets 255.")
                          .arg(column.name);
        }
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
        // Microseconds, as Joinery's SQL export and the other engines keep them.
        function = QStringLiteral("datetime");
        options << QStringLiteral("fsp: 6");
        break;
    case LogicalType::TimestampTz:
        // TIMESTAMP is stored in UTC and converted to the session's time zone.
        function = QStringLiteral("timestamp");
        options << QStringLiteral("fsp: 6");
        break;
    case LogicalType::Uuid:
        function = QStringLiteral("char");
        options << QStringLiteral("length: 36");
        break;
    case LogicalType::Json:
        function = QStringLiteral("json");
        break;
    case LogicalType::Blob:
        // drizzle-orm 0.45's mysql-core has no blob builder.
        return customBuilder(column.name, QStringLiteral("longblob"), QStringLiteral("Uint8Array"),
                             imports);
    case LogicalType::Custom:
        return customBuilder(column.name, type.customText(), QStringLiteral("unknown"), imports);
    }
    if (column.isUnsigned && type.isInteger())
        options << QStringLiteral("unsigned: true");
    imports->values.insert(function);
    return call(function, column.name, options.join(QLatin1String(", ")));
}

QString DrizzleMySqlGenerator::autoIncrementCall(const Column &, bool, QStringList *) const
{
    return QStringLiteral(".autoincrement()");
}

QString DrizzleMySqlGenerator::sqlDefault(const Column &column) const
{
    // MySQL 8 takes CURRENT_TIMESTAMP bare, other expressions only in parentheses (which
    // MariaDB accepts too); drizzle-kit writes the expression as it is given.
    const QString value = DrizzleGenerator::sqlDefault(column);
    if (value.compare(QLatin1String("CURRENT_DATE"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("CURRENT_TIME"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('(') + value + QLatin1Char(')');
    return value;
}

QString DrizzleMySqlGenerator::actionSpelling(ReferentialAction action, const QString &event,
                                              QStringList *notes) const
{
    if (action == ReferentialAction::SetDefault) {
        *notes << tr("ON %1 SET DEFAULT: InnoDB rejects it (MariaDB stores it as RESTRICT); "
                     "written as NO ACTION.")
                      .arg(event);
        return {};
    }
    return DrizzleGenerator::actionSpelling(action, event, notes);
}
