#include "datatype.h"

#include <QRegularExpression>

#include <optional>

namespace {

struct TypeName
{
    LogicalType kind;
    const char *keyword;
};

// Canonical keywords first; parse() also accepts the aliases further down.
const TypeName canonicalNames[] = {
    {LogicalType::SmallInt, "smallint"},
    {LogicalType::Integer, "integer"},
    {LogicalType::BigInt, "bigint"},
    {LogicalType::Decimal, "decimal"},
    {LogicalType::Real, "real"},
    {LogicalType::Double, "double"},
    {LogicalType::Boolean, "boolean"},
    {LogicalType::Char, "char"},
    {LogicalType::Varchar, "varchar"},
    {LogicalType::Text, "text"},
    {LogicalType::Date, "date"},
    {LogicalType::Time, "time"},
    {LogicalType::Timestamp, "timestamp"},
    {LogicalType::TimestampTz, "timestamp with time zone"},
    {LogicalType::Uuid, "uuid"},
    {LogicalType::Json, "json"},
    {LogicalType::Blob, "blob"},
};

const TypeName aliases[] = {
    {LogicalType::Integer, "int"},
    {LogicalType::Decimal, "numeric"},
    {LogicalType::Double, "double precision"},
    {LogicalType::Boolean, "bool"},
    {LogicalType::Char, "character"},
    {LogicalType::Varchar, "character varying"},
    {LogicalType::TimestampTz, "timestamptz"},
};

} // namespace

DataType::DataType(LogicalType kind, int length, int scale)
    : m_kind(kind)
    , m_length(length)
    , m_scale(scale)
{}

DataType DataType::custom(const QString &text)
{
    DataType type(LogicalType::Custom);
    type.m_custom = text;
    return type;
}

DataType DataType::parse(const QString &input)
{
    const QString text = input.simplified();
    static const QRegularExpression shape(
        QStringLiteral("^([a-z ]+?)\\s*(?:\\(\\s*(\\d{1,9})\\s*(?:,\\s*(\\d{1,9})\\s*)?\\))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(text);
    if (match.hasMatch()) {
        const QString word = match.captured(1).toLower();
        const bool hasFirst = match.capturedLength(2) > 0;
        const bool hasSecond = match.capturedLength(3) > 0;
        auto build = [&](LogicalType kind) -> std::optional<DataType> {
            const bool sized = kind == LogicalType::Char || kind == LogicalType::Varchar;
            // A length or precision of 0 is no type of ours (the importers keep "varchar(0)" as
            // written too): reading it as one would turn a custom type into another on reload.
            if (hasFirst && match.captured(2).toInt() == 0
                && (sized || kind == LogicalType::Decimal))
                return std::nullopt;
            if (kind == LogicalType::Decimal)
                return DataType(kind, hasFirst ? match.captured(2).toInt() : -1,
                                hasSecond ? match.captured(3).toInt() : -1);
            if (sized && !hasSecond)
                return DataType(kind, hasFirst ? match.captured(2).toInt() : -1);
            if (!hasFirst)
                return DataType(kind);
            return std::nullopt; // e.g. "integer(5)": not ours, keep it as written
        };
        for (const TypeName &name : canonicalNames) {
            if (word == QLatin1String(name.keyword))
                if (auto type = build(name.kind))
                    return *type;
        }
        for (const TypeName &name : aliases) {
            if (word == QLatin1String(name.keyword))
                if (auto type = build(name.kind))
                    return *type;
        }
    }
    return custom(input.trimmed());
}

QString DataType::keyword(LogicalType kind)
{
    for (const TypeName &name : canonicalNames) {
        if (name.kind == kind)
            return QLatin1String(name.keyword);
    }
    return {};
}

QStringList DataType::logicalNames()
{
    QStringList names;
    for (const TypeName &name : canonicalNames)
        names << QLatin1String(name.keyword);
    return names;
}

QString DataType::toString() const
{
    if (m_kind == LogicalType::Custom)
        return m_custom;
    QString text = keyword(m_kind);
    if (m_kind == LogicalType::Decimal && m_length >= 0) {
        text += m_scale >= 0 ? QStringLiteral("(%1,%2)").arg(m_length).arg(m_scale)
                             : QStringLiteral("(%1)").arg(m_length);
    } else if (hasLength() && m_length >= 0) {
        text += QStringLiteral("(%1)").arg(m_length);
    }
    return text;
}

bool DataType::isInteger() const
{
    return m_kind == LogicalType::SmallInt || m_kind == LogicalType::Integer
           || m_kind == LogicalType::BigInt;
}

bool DataType::isNumeric() const
{
    return isInteger() || m_kind == LogicalType::Decimal || m_kind == LogicalType::Real
           || m_kind == LogicalType::Double;
}

bool DataType::isString() const
{
    return m_kind == LogicalType::Char || m_kind == LogicalType::Varchar
           || m_kind == LogicalType::Text;
}

bool DataType::isTemporal() const
{
    return m_kind == LogicalType::Date || m_kind == LogicalType::Time
           || m_kind == LogicalType::Timestamp || m_kind == LogicalType::TimestampTz;
}

QString DataType::family() const
{
    if (isInteger())
        return QStringLiteral("integer");
    if (isNumeric())
        return QStringLiteral("number");
    if (isString())
        return QStringLiteral("string");
    if (m_kind == LogicalType::Custom) {
        // Integer types the logical types do not name ("TINYINT UNSIGNED", "tinyint(4)",
        // "mediumint(8) unsigned"): every engine that has them compares them with integers,
        // and SQLite gives them INTEGER affinity.
        static const QRegularExpression integer(
            QStringLiteral("^(tiny|small|medium|big)?int(eger)?[0-9]*(\\s*\\(\\s*\\d+\\s*\\))?"
                           "(\\s+(unsigned|signed|zerofill))*$"),
            QRegularExpression::CaseInsensitiveOption);
        if (integer.match(m_custom.trimmed()).hasMatch())
            return QStringLiteral("integer");
        return QStringLiteral("custom:") + m_custom.toLower();
    }
    return keyword(m_kind);
}

bool DataType::operator==(const DataType &other) const
{
    return m_kind == other.m_kind && m_length == other.m_length && m_scale == other.m_scale
           && m_custom == other.m_custom;
}
