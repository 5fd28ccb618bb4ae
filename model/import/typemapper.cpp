#include "typemapper.h"

#include <QHash>
#include <QStringList>

namespace {

struct Shape
{
    QString base; // lower case, words joined by one space: "character varying"
    QStringList args; // the arguments in parentheses, trimmed
    bool hasArgs = false;
    bool isUnsigned = false;
    QString rest; // anything after the parentheses other than unsigned/zerofill
};

Shape split(const QString &text)
{
    Shape shape;
    QString t = text.simplified().toLower();
    const int open = t.indexOf(QLatin1Char('('));
    QString after;
    if (open >= 0) {
        const int close = t.indexOf(QLatin1Char(')'), open);
        if (close > open) {
            shape.hasArgs = true;
            for (const QString &arg : t.mid(open + 1, close - open - 1).split(QLatin1Char(',')))
                shape.args << arg.trimmed();
            after = t.mid(close + 1).trimmed();
            t = t.left(open).trimmed();
        }
    }
    // "int unsigned", "int(10) unsigned zerofill", "double precision unsigned"
    QStringList words = (t + QLatin1Char(' ') + after).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList baseWords;
    QStringList restWords;
    bool afterArgs = false;
    const int baseCount = t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        afterArgs = i >= baseCount;
        if (word == QLatin1String("unsigned"))
            shape.isUnsigned = true;
        else if (word == QLatin1String("zerofill") || word == QLatin1String("signed"))
            continue;
        else if (afterArgs)
            restWords << word;
        else
            baseWords << word;
    }
    shape.base = baseWords.join(QLatin1Char(' '));
    shape.rest = restWords.join(QLatin1Char(' '));
    return shape;
}

int argument(const Shape &shape, int index)
{
    bool ok = false;
    const int value = shape.args.value(index).toInt(&ok);
    return ok ? value : -1;
}

} // namespace

TypeMapper::Mapped TypeMapper::map(const QString &engineType, const QString &dialect)
{
    Mapped result;
    const QString trimmed = engineType.trimmed();
    const Shape shape = split(trimmed);
    result.isUnsigned = shape.isUnsigned;
    const QString &b = shape.base;
    const bool plain = shape.rest.isEmpty();

    // Integers: a display width ("int(11)") says nothing about the range, so it is dropped.
    static const QHash<QString, LogicalType> integers = {
        {QStringLiteral("smallint"), LogicalType::SmallInt},
        {QStringLiteral("int2"), LogicalType::SmallInt},
        {QStringLiteral("integer"), LogicalType::Integer},
        {QStringLiteral("int"), LogicalType::Integer},
        {QStringLiteral("int4"), LogicalType::Integer},
        {QStringLiteral("mediumint"), LogicalType::Integer},
        {QStringLiteral("bigint"), LogicalType::BigInt},
        {QStringLiteral("int8"), LogicalType::BigInt},
    };
    static const QHash<QString, LogicalType> serials = {
        {QStringLiteral("smallserial"), LogicalType::SmallInt},
        {QStringLiteral("serial2"), LogicalType::SmallInt},
        {QStringLiteral("serial"), LogicalType::Integer},
        {QStringLiteral("serial4"), LogicalType::Integer},
        {QStringLiteral("bigserial"), LogicalType::BigInt},
        {QStringLiteral("serial8"), LogicalType::BigInt},
    };
    static const QHash<QString, LogicalType> simple = {
        {QStringLiteral("real"), LogicalType::Real},
        {QStringLiteral("float4"), LogicalType::Real},
        {QStringLiteral("double"), LogicalType::Double},
        {QStringLiteral("double precision"), LogicalType::Double},
        {QStringLiteral("float8"), LogicalType::Double},
        {QStringLiteral("boolean"), LogicalType::Boolean},
        {QStringLiteral("bool"), LogicalType::Boolean},
        {QStringLiteral("text"), LogicalType::Text},
        {QStringLiteral("ntext"), LogicalType::Text},
        {QStringLiteral("clob"), LogicalType::Text},
        {QStringLiteral("mediumtext"), LogicalType::Text},
        {QStringLiteral("longtext"), LogicalType::Text},
        {QStringLiteral("date"), LogicalType::Date},
        {QStringLiteral("time"), LogicalType::Time},
        {QStringLiteral("time without time zone"), LogicalType::Time},
        {QStringLiteral("timestamp"), LogicalType::Timestamp},
        {QStringLiteral("timestamp without time zone"), LogicalType::Timestamp},
        {QStringLiteral("datetime"), LogicalType::Timestamp},
        {QStringLiteral("datetime2"), LogicalType::Timestamp},
        {QStringLiteral("timestamp with time zone"), LogicalType::TimestampTz},
        {QStringLiteral("timestamptz"), LogicalType::TimestampTz},
        {QStringLiteral("datetimeoffset"), LogicalType::TimestampTz},
        {QStringLiteral("uuid"), LogicalType::Uuid},
        {QStringLiteral("uniqueidentifier"), LogicalType::Uuid},
        {QStringLiteral("json"), LogicalType::Json},
        {QStringLiteral("jsonb"), LogicalType::Json},
        {QStringLiteral("blob"), LogicalType::Blob},
        {QStringLiteral("bytea"), LogicalType::Blob},
        {QStringLiteral("longblob"), LogicalType::Blob},
        {QStringLiteral("mediumblob"), LogicalType::Blob},
        {QStringLiteral("varbinary(max)"), LogicalType::Blob},
    };
    static const QHash<QString, LogicalType> strings = {
        {QStringLiteral("char"), LogicalType::Char},
        {QStringLiteral("character"), LogicalType::Char},
        {QStringLiteral("nchar"), LogicalType::Char},
        {QStringLiteral("bpchar"), LogicalType::Char},
        {QStringLiteral("varchar"), LogicalType::Varchar},
        {QStringLiteral("character varying"), LogicalType::Varchar},
        {QStringLiteral("nvarchar"), LogicalType::Varchar},
        {QStringLiteral("varchar2"), LogicalType::Varchar},
        {QStringLiteral("nvarchar2"), LogicalType::Varchar},
        {QStringLiteral("varying character"), LogicalType::Varchar},
        {QStringLiteral("native character"), LogicalType::Char},
        {QStringLiteral("nvarying character"), LogicalType::Varchar},
    };

    if (plain) {
        if (integers.contains(b) && shape.args.size() <= 1) {
            result.type = DataType(integers.value(b));
            return result;
        }
        if (serials.contains(b) && !shape.hasArgs) {
            result.type = DataType(serials.value(b));
            result.autoIncrement = true;
            return result;
        }
        if (b == QLatin1String("tinyint") && dialect == QLatin1String("mysql")
            && shape.args == QStringList{QStringLiteral("1")} && !shape.isUnsigned) {
            result.type = DataType(LogicalType::Boolean); // MySQL's own spelling of BOOLEAN
            return result;
        }
        if (b == QLatin1String("bit") && dialect == QLatin1String("sqlserver") && !shape.hasArgs) {
            result.type = DataType(LogicalType::Boolean);
            return result;
        }
        if (simple.contains(b) && !shape.hasArgs) {
            result.type = DataType(simple.value(b));
            return result;
        }
        if ((b == QLatin1String("varchar") || b == QLatin1String("nvarchar")
             || b == QLatin1String("varbinary"))
            && shape.args == QStringList{QStringLiteral("max")}) {
            result.type
                = DataType(b == QLatin1String("varbinary") ? LogicalType::Blob : LogicalType::Text);
            return result;
        }
        if (strings.contains(b) && shape.args.size() <= 1) {
            const int length = shape.hasArgs ? argument(shape, 0) : -1;
            if (!shape.hasArgs || length > 0) {
                result.type = DataType(strings.value(b), length);
                return result;
            }
        }
        if ((b == QLatin1String("decimal") || b == QLatin1String("numeric")
             || b == QLatin1String("dec"))
            && shape.args.size() <= 2) {
            const int precision = shape.hasArgs ? argument(shape, 0) : -1;
            const int scale = shape.args.size() == 2 ? argument(shape, 1) : -1;
            if ((!shape.hasArgs || precision > 0) && (shape.args.size() < 2 || scale >= 0)) {
                result.type = DataType(LogicalType::Decimal, precision, scale);
                return result;
            }
        }
        if (b == QLatin1String("float") && !shape.hasArgs) {
            // SQL Server's and PostgreSQL's FLOAT is double precision; MySQL's is single.
            result.type = DataType(dialect == QLatin1String("mysql") ? LogicalType::Real
                                                                     : LogicalType::Double);
            return result;
        }
    }
    // Timestamp precision and "time zone" spellings with arguments: "timestamp(6) with time zone".
    if ((b == QLatin1String("timestamp") || b == QLatin1String("datetime2")
         || b == QLatin1String("datetime") || b == QLatin1String("time"))
        && shape.args.size() == 1) {
        const QString zone = shape.rest;
        if (zone.isEmpty() || zone == QLatin1String("without time zone")) {
            result.type
                = DataType(b == QLatin1String("time") ? LogicalType::Time : LogicalType::Timestamp);
            return result;
        }
        if (zone == QLatin1String("with time zone") && b == QLatin1String("timestamp")) {
            result.type = DataType(LogicalType::TimestampTz);
            return result;
        }
    }
    result.type = trimmed.isEmpty() ? DataType::custom(QString()) : DataType::custom(trimmed);
    return result;
}
