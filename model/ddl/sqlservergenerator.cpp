#include "sqlservergenerator.h"

#include "reservedwords.h"

#include "../column.h"
#include "../schema.h"

#include <QRegularExpression>

QString SqlServerGenerator::typeName(const Column &column) const
{
    const DataType &type = column.type;
    switch (type.kind()) {
    case LogicalType::SmallInt:
        return QStringLiteral("SMALLINT");
    case LogicalType::Integer:
        return QStringLiteral("INT");
    case LogicalType::BigInt:
        return QStringLiteral("BIGINT");
    case LogicalType::Decimal:
        if (type.length() < 0)
            return QStringLiteral("DECIMAL");
        return type.scale() < 0
            ? QStringLiteral("DECIMAL(%1)").arg(type.length())
            : QStringLiteral("DECIMAL(%1,%2)").arg(type.length()).arg(type.scale());
    case LogicalType::Real:
        return QStringLiteral("REAL");
    case LogicalType::Double:
        return QStringLiteral("FLOAT");
    case LogicalType::Boolean:
        return QStringLiteral("BIT");
    case LogicalType::Char:
        return type.length() < 0 ? QStringLiteral("NCHAR")
                                 : QStringLiteral("NCHAR(%1)").arg(type.length());
    case LogicalType::Varchar:
        // NVARCHAR without a length is NVARCHAR(1); 255 as for MySQL.
        return QStringLiteral("NVARCHAR(%1)").arg(type.length() < 0 ? 255 : type.length());
    case LogicalType::Text:
    case LogicalType::Json:
        return QStringLiteral("NVARCHAR(MAX)");
    case LogicalType::Date:
        return QStringLiteral("DATE");
    case LogicalType::Time:
        return QStringLiteral("TIME");
    case LogicalType::Timestamp:
        return QStringLiteral("DATETIME2(7)");
    case LogicalType::TimestampTz:
        return QStringLiteral("DATETIMEOFFSET");
    case LogicalType::Uuid:
        return QStringLiteral("UNIQUEIDENTIFIER");
    case LogicalType::Blob:
        return QStringLiteral("VARBINARY(MAX)");
    case LogicalType::Custom:
        return type.customText();
    }
    return {};
}

QString SqlServerGenerator::actionClause(ReferentialAction action) const
{
    // RESTRICT is not in SQL Server's grammar; NO ACTION (the default) is the nearest.
    if (action == ReferentialAction::Restrict)
        return {};
    return BaseDdlGenerator::actionClause(action);
}

const QSet<QString> &SqlServerGenerator::reservedWords() const
{
    return ReservedWords::sqlServer();
}

QString SqlServerGenerator::autoIncrementClause(const Context &context, const Column &column) const
{
    // IDENTITY(seed, increment) as written when the schema is SQL Server's own.
    if (context.native && !column.identityOptions.trimmed().isEmpty())
        return QStringLiteral("IDENTITY(%1)").arg(column.identityOptions.trimmed());
    return QStringLiteral("IDENTITY(1,1)");
}

QString SqlServerGenerator::defaultExpression(const Context &context, const Column &column) const
{
    // BIT has no TRUE/FALSE literals, and T-SQL has no CURRENT_DATE / CURRENT_TIME.
    const QString value = BaseDdlGenerator::defaultExpression(context, column);
    if (context.native)
        return value;
    if (value.compare(QLatin1String("CURRENT_DATE"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CAST(GETDATE() AS DATE)");
    if (value.compare(QLatin1String("CURRENT_TIME"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CAST(GETDATE() AS TIME)");
    if (column.type.kind() == LogicalType::Boolean) {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("1");
        if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("0");
    }
    return value;
}

QVector<DdlStatement> SqlServerGenerator::schemaObjectStatements(const Context &context) const
{
    QVector<DdlStatement> statements;
    if (!context.native)
        return statements; // another dialect's columns get the base type (TypeTranslator)
    for (const UserType &type : context.schema.userTypes) {
        if (type.kind != UserType::Kind::Domain)
            continue;
        DdlStatement statement;
        const QString name = type.schemaName.isEmpty() ? quoted(type.name, context.options)
                                                       : quoted(type.schemaName, context.options)
                + QLatin1Char('.') + quoted(type.name, context.options);
        statement.sql
            = QStringLiteral("CREATE TYPE %1 FROM %2%3")
                  .arg(name, type.baseType, type.notNull ? QStringLiteral(" NOT NULL") : QString());
        statement.objects << type.id;
        statements << statement;
    }
    return statements;
}

QString SqlServerGenerator::generatedClause(const Context &context, const Column &column) const
{
    // The base writes GENERATED ALWAYS AS (…) STORED|VIRTUAL, translated where needed; T-SQL
    // spells it AS (…) [PERSISTED].
    static const QRegularExpression standard(
        QStringLiteral("^GENERATED ALWAYS AS \\((.*)\\) (STORED|VIRTUAL)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString clause = BaseDdlGenerator::generatedClause(context, column);
    const QRegularExpressionMatch m = standard.match(clause);
    if (!m.hasMatch())
        return clause;
    return QStringLiteral("AS (%1)%2")
        .arg(m.captured(1), column.generatedStored ? QStringLiteral(" PERSISTED") : QString());
}
