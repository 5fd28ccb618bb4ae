#pragma once

#include <QString>
#include <QStringList>

// The logical types Joinery models. Generators map each one to a dialect's own type; Custom
// carries a type string that is passed through to every dialect untouched.
enum class LogicalType {
    SmallInt,
    Integer,
    BigInt,
    Decimal,
    Real,
    Double,
    Boolean,
    Char,
    Varchar,
    Text,
    Date,
    Time,
    Timestamp,
    TimestampTz,
    Uuid,
    Json,
    Blob,
    Custom,
};

class DataType
{
public:
    DataType() = default;
    explicit DataType(LogicalType kind, int length = -1, int scale = -1);
    static DataType custom(const QString &text);

    // Reads "varchar(255)", "decimal(12,2)", "timestamp with time zone", "bigint" ...; any other
    // non-empty text becomes a Custom type holding that text.
    static DataType parse(const QString &text);

    // The canonical spelling that parse() reads back.
    QString toString() const;

    LogicalType kind() const { return m_kind; }
    // For Char/Varchar the length, for Decimal the precision; -1 when not given.
    int length() const { return m_length; }
    // For Decimal only; -1 when not given.
    int scale() const { return m_scale; }
    QString customText() const { return m_custom; }

    bool isInteger() const;
    bool isNumeric() const;
    bool isString() const;
    bool isTemporal() const;
    bool hasLength() const { return m_kind == LogicalType::Char || m_kind == LogicalType::Varchar; }
    bool hasPrecision() const { return m_kind == LogicalType::Decimal; }

    // Types in one family can be compared in every engine (integers with integers, strings
    // with strings ...). Different families make a foreign key an error.
    QString family() const;

    static QString keyword(LogicalType kind);
    static QStringList logicalNames();

    bool operator==(const DataType &other) const;
    bool operator!=(const DataType &other) const { return !(*this == other); }

private:
    LogicalType m_kind = LogicalType::Integer;
    int m_length = -1;
    int m_scale = -1;
    QString m_custom;
};
