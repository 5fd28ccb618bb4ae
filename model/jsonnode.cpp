#include "jsonnode.h"
#include "jsontree.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstring>

JsonNode::Type JsonNode::type() const
{
    return m_tree ? m_tree->m_nodes[m_index].type : Type::Undefined;
}

bool JsonNode::toBool(bool defaultValue) const
{
    return isBool() ? m_tree->m_nodes[m_index].a != 0 : defaultValue;
}

double JsonNode::toDouble(double defaultValue) const
{
    return isDouble() ? m_tree->m_numbers[m_tree->m_nodes[m_index].a] : defaultValue;
}

int JsonNode::toInt(int defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    const double number = toDouble();
    if (!(number >= -2147483648.0 && number <= 2147483647.0) || number != std::floor(number))
        return defaultValue;
    return int(number);
}

QString JsonNode::toString() const
{
    if (!isString())
        return QString();
    const JsonTree::Node &node = m_tree->m_nodes[m_index];
    return m_tree->string(node.a, node.b, node.flags);
}

JsonNode JsonNode::value(QLatin1String key) const
{
    if (!isObject())
        return JsonNode();
    const JsonTree::Node &node = m_tree->m_nodes[m_index];
    // The last of repeated names counts, as in QJsonObject.
    const JsonTree::Member *members = m_tree->m_members.data() + node.a;
    const char *data = m_tree->m_data.constData();
    const quint32 size = quint32(key.size());
    for (quint32 i = node.b; i-- > 0;) {
        const JsonTree::Member &member = members[i];
        // Most names are plain text in the file: compared there, size first.
        if (member.keyFlags == 0) {
            const char *name = data + member.keyOffset;
            if (member.keySize == size && (size == 0 || name[0] == key.data()[0])
                && std::memcmp(name, key.data(), size) == 0)
                return JsonNode(m_tree, member.value);
        } else if (m_tree->equals(member.keyOffset, member.keySize, member.keyFlags, key)) {
            return JsonNode(m_tree, member.value);
        }
    }
    return JsonNode();
}

int JsonNode::memberCount() const
{
    return isObject() ? int(m_tree->m_nodes[m_index].b) : 0;
}

QString JsonNode::keyAt(int i) const
{
    const JsonTree::Member &member = m_tree->m_members[m_tree->m_nodes[m_index].a + quint32(i)];
    return m_tree->string(member.keyOffset, member.keySize, member.keyFlags);
}

JsonNode JsonNode::valueAt(int i) const
{
    return JsonNode(m_tree, m_tree->m_members[m_tree->m_nodes[m_index].a + quint32(i)].value);
}

int JsonNode::size() const
{
    return isArray() ? int(m_tree->m_nodes[m_index].b) : 0;
}

JsonNode JsonNode::at(int i) const
{
    if (i < 0 || i >= size())
        return JsonNode();
    return JsonNode(m_tree, m_tree->m_elements[m_tree->m_nodes[m_index].a + quint32(i)]);
}

QJsonValue JsonNode::toJsonValue() const
{
    switch (type()) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return toBool();
    case Type::Double: {
        // Whole numbers written as such stay exact integers, as QJsonDocument keeps them.
        const JsonTree::Node &node = m_tree->m_nodes[m_index];
        if (node.flags & JsonTree::Integer)
            return m_tree->m_integers[node.a];
        return toDouble();
    }
    case Type::String:
        return toString();
    case Type::Array: {
        QJsonArray array;
        for (int i = 0; i < size(); ++i)
            array.append(at(i).toJsonValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (int i = 0; i < memberCount(); ++i)
            object.insert(keyAt(i), valueAt(i).toJsonValue());
        return object;
    }
    }
    return QJsonValue();
}
