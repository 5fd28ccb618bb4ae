#include "jsonobjectreader.h"

#include <cmath>

bool JsonObjectReader::fail(const QString &message)
{
    m_error = m_path.isEmpty() ? message : where() + QStringLiteral(": ") + message;
    failed();
    return false;
}

QString JsonObjectReader::typeName(const JsonNode &value)
{
    switch (value.type()) {
    case JsonNode::Type::Null:
        return QCoreApplication::translate("JsonObjectReader", "null");
    case JsonNode::Type::Bool:
        return QCoreApplication::translate("JsonObjectReader", "true/false");
    case JsonNode::Type::Double:
        return QCoreApplication::translate("JsonObjectReader", "a number");
    case JsonNode::Type::String:
        return QCoreApplication::translate("JsonObjectReader", "text");
    case JsonNode::Type::Array:
        return QCoreApplication::translate("JsonObjectReader", "a list");
    case JsonNode::Type::Object:
        return QCoreApplication::translate("JsonObjectReader", "an object");
    case JsonNode::Type::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonObjectReader", "nothing");
}

bool JsonObjectReader::readId(const JsonNode &object, const char *member, Id *id)
{
    const JsonNode value = object.value(QLatin1String(member));
    if (value.isUndefined())
        return fail(tr("\"%1\" is missing").arg(QLatin1String(member)));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 9007199254740991.0
        || number != std::floor(number))
        return fail(tr("\"%1\" must be a whole number from 1, not %2")
                        .arg(QLatin1String(member),
                             value.isDouble() ? QString::number(number) : typeName(value)));
    *id = Id(number);
    return true;
}

bool JsonObjectReader::readIdList(const JsonNode &object, const char *member, QVector<Id> *ids,
                                  bool required, bool allowExpressions)
{
    JsonNode array;
    if (!readArray(object, member, &array, required))
        return false;
    ids->clear();
    for (int i = 0; i < array.size(); ++i) {
        const double number = array.at(i).toDouble(-1);
        if (allowExpressions && array.at(i).isDouble() && number == 0) {
            ids->append(0); // an index's expression part; several may appear
            continue;
        }
        // Above 2^53 a double no longer holds every whole number, and far above it the
        // conversion to an id is undefined: the same bound as readId().
        if (!array.at(i).isDouble() || number < 1 || number > 9007199254740991.0
            || number != std::floor(number))
            return fail(
                tr("\"%1\"[%2] must be a column id, not %3")
                    .arg(QLatin1String(member))
                    .arg(i)
                    .arg(array.at(i).isDouble() ? QString::number(number) : typeName(array.at(i))));
        if (ids->contains(Id(number)))
            return fail(
                tr("\"%1\" names column id %2 twice").arg(QLatin1String(member)).arg(Id(number)));
        ids->append(Id(number));
    }
    return true;
}

bool JsonObjectReader::readString(const JsonNode &object, const char *member, QString *value,
                                  bool required)
{
    const JsonNode v = object.value(QLatin1String(member));
    if (v.isUndefined()) {
        if (required)
            return fail(tr("\"%1\" is missing").arg(QLatin1String(member)));
        return true;
    }
    if (!v.isString())
        return fail(tr("\"%1\" must be text, not %2").arg(QLatin1String(member), typeName(v)));
    *value = v.toString();
    return true;
}

bool JsonObjectReader::readBool(const JsonNode &object, const char *member, bool *value)
{
    const JsonNode v = object.value(QLatin1String(member));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(
            tr("\"%1\" must be true or false, not %2").arg(QLatin1String(member), typeName(v)));
    *value = v.toBool();
    return true;
}

bool JsonObjectReader::readArray(const JsonNode &object, const char *member, JsonNode *value,
                                 bool required)
{
    const JsonNode v = object.value(QLatin1String(member));
    if (v.isUndefined()) {
        if (required)
            return fail(tr("\"%1\" is missing").arg(QLatin1String(member)));
        *value = {};
        return true;
    }
    if (!v.isArray())
        return fail(tr("\"%1\" must be a list, not %2").arg(QLatin1String(member), typeName(v)));
    *value = v.toArray();
    return true;
}

bool JsonObjectReader::readInt(const JsonNode &object, const char *member, int *value, int minimum,
                               int maximum)
{
    const JsonNode v = object.value(QLatin1String(member));
    if (v.isUndefined())
        return true;
    const double number = v.toDouble(-1);
    if (!v.isDouble() || number != std::floor(number) || number < minimum || number > maximum)
        return fail(tr("\"%1\" must be a whole number from %2 to %3, not %4")
                        .arg(QLatin1String(member))
                        .arg(minimum)
                        .arg(maximum)
                        .arg(v.isDouble() ? QString::number(number) : typeName(v)));
    *value = int(number);
    return true;
}

bool JsonObjectReader::readStringList(const JsonNode &object, const char *member,
                                      QStringList *values)
{
    JsonNode array;
    if (!readArray(object, member, &array))
        return false;
    values->clear();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(tr("\"%1\"[%2] must be text, not %3")
                            .arg(QLatin1String(member))
                            .arg(i)
                            .arg(typeName(array.at(i))));
        values->append(array.at(i).toString());
    }
    return true;
}

QStringList JsonObjectReader::pathSteps() const
{
    QStringList steps;
    for (const PathStep &step : m_path) {
        QString text = step.label;
        if (step.index >= 0)
            text += QStringLiteral("[%1]").arg(step.index);
        if (step.named)
            text += QStringLiteral(" \"%1\"").arg(step.name);
        steps << text;
    }
    return steps;
}

QString JsonObjectReader::where() const
{
    return pathSteps().join(QStringLiteral(" › "));
}
