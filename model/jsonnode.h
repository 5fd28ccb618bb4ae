#pragma once

#include <QJsonValue>
#include <QLatin1String>
#include <QString>

class JsonTree;

// One value of a JsonTree, with the part of QJsonValue's, QJsonObject's and QJsonArray's
// interface the reader uses, meaning the same: value() of a missing member (or of something
// that is not an object) is undefined, size() of what is not an array is 0, toDouble() of what
// is not a number is the default. Valid while its tree lives.
class JsonNode
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Double, String, Array, Object };

    JsonNode() = default;
    JsonNode(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {
    }

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isDouble() const { return type() == Type::Double; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    // As QJsonValue::toInt(): the default unless a whole number within int's range.
    int toInt(int defaultValue = 0) const;
    QString toString() const;
    // This node when it is one, else an undefined node (whose members and elements are none).
    JsonNode toObject() const { return isObject() ? *this : JsonNode(); }
    JsonNode toArray() const { return isArray() ? *this : JsonNode(); }

    // Objects.
    JsonNode value(QLatin1String key) const;
    JsonNode operator[](QLatin1String key) const { return value(key); }
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    int memberCount() const;
    QString keyAt(int i) const;
    JsonNode valueAt(int i) const;

    // Arrays.
    int size() const;
    JsonNode at(int i) const;

    // The same value as Qt's types, e.g. for members the reader keeps for others.
    QJsonValue toJsonValue() const;

private:
    const JsonTree *m_tree = nullptr;
    quint32 m_index = 0;
};
