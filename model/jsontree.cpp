#include "jsontree.h"

#include <QJsonArray>
#include <QVariant>

#include <charconv>
#include <cmath>
#include <cstring>

namespace {

// QJsonDocument refuses deeper nesting; this stays below its limit and leaves the rest to it.
constexpr int JsonTreeMaximumDepth = 512;

void appendUtf8CodePoint(QByteArray *out, char32_t c)
{
    if (c < 0x80) {
        out->append(char(c));
    } else if (c < 0x800) {
        out->append(char(0xC0 | (c >> 6)));
        out->append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->append(char(0xE0 | (c >> 12)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    } else {
        out->append(char(0xF0 | (c >> 18)));
        out->append(char(0x80 | ((c >> 12) & 0x3F)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    }
}

int jsonTreeHexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void JsonTree::clear()
{
    m_data.clear();
    m_nodes.clear();
    m_members.clear();
    m_elements.clear();
    m_numbers.clear();
    m_integers.clear();
    m_decoded.clear();
    m_adopted.clear();
    m_memberStack.clear();
    m_elementStack.clear();
}

bool JsonTree::parse(const QByteArray &data)
{
    clear();
    // Offsets are 32-bit; SchemaReader refuses files far smaller than this anyway.
    if (data.size() >= qsizetype(0xFFFFFFF0))
        return false;
    m_data = data;
    m_at = m_data.constData();
    m_end = m_at + m_data.size();
    // About one value per 12 bytes of an indented .joinery file.
    m_nodes.reserve(size_t(data.size() / 12 + 16));
    // Two thirds of them are members of objects; reserving spares the copies of growing.
    m_members.reserve(size_t(data.size() / 18 + 16));
    skipSpace();
    bool ok = m_at < m_end && *m_at == '{' && parseValue(0) == 0;
    if (ok) {
        skipSpace();
        ok = m_at == m_end;
    }
    m_memberStack = {};
    m_elementStack = {};
    if (!ok)
        clear();
    return ok;
}

void JsonTree::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool JsonTree::parseLiteral(const char *word, int size)
{
    if (m_end - m_at < size || std::memcmp(m_at, word, size_t(size)) != 0)
        return false;
    m_at += size;
    return true;
}

// Strict RFC 8259 numbers. A whole number that fits in 64 bits is converted from the integer,
// as QJsonDocument does (so "-0" is 0); one that is out of range is refused.
bool JsonTree::parseNumber(double *number, qint64 *integer, bool *isInteger)
{
    const char *start = m_at;
    const char *p = m_at;
    if (p < m_end && *p == '-')
        ++p;
    if (p >= m_end)
        return false;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
    } else {
        return false;
    }
    bool whole = true;
    if (p < m_end && *p == '.') {
        whole = false;
        ++p;
        if (p >= m_end || *p < '0' || *p > '9')
            return false;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        whole = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || *p < '0' || *p > '9')
            return false;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    m_at = p;
    *isInteger = false;
    if (whole) {
        const auto [end, error] = std::from_chars(start, p, *integer);
        if (error == std::errc() && end == p) {
            *number = double(*integer);
            *isInteger = true;
            return true;
        }
    }
    const auto [end, error] = std::from_chars(start, p, *number);
    return error == std::errc() && end == p && std::isfinite(*number);
}

// The string at m_at (its opening quote): its text's place in m_data when it has no escapes,
// else decoded into m_decoded.
bool JsonTree::parseString(quint32 *a, quint32 *b, quint8 *flags)
{
    ++m_at; // "
    const char *start = m_at;
    while (m_at < m_end && *m_at != '"' && *m_at != '\\')
        ++m_at;
    if (m_at >= m_end)
        return false;
    if (*m_at == '"') {
        *a = quint32(start - m_data.constData());
        *b = quint32(m_at - start);
        *flags = 0;
        ++m_at;
        return true;
    }
    QByteArray decoded(start, m_at - start);
    while (m_at < m_end && *m_at != '"') {
        if (*m_at != '\\') {
            decoded.append(*m_at++);
            continue;
        }
        if (++m_at >= m_end)
            return false;
        const char escape = *m_at++;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            decoded.append(escape);
            break;
        case 'b':
            decoded.append('\b');
            break;
        case 'f':
            decoded.append('\f');
            break;
        case 'n':
            decoded.append('\n');
            break;
        case 'r':
            decoded.append('\r');
            break;
        case 't':
            decoded.append('\t');
            break;
        case 'u': {
            auto readUnit = [this](char32_t *unit) {
                if (m_end - m_at < 4)
                    return false;
                *unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = jsonTreeHexDigit(m_at[i]);
                    if (digit < 0)
                        return false;
                    *unit = *unit * 16 + char32_t(digit);
                }
                m_at += 4;
                return true;
            };
            char32_t unit = 0;
            if (!readUnit(&unit))
                return false;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return false; // a lone low surrogate: QJsonDocument's own reading decides
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                    return false;
                m_at += 2;
                if (!readUnit(&low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8CodePoint(&decoded, unit);
            break;
        }
        default:
            return false;
        }
    }
    if (m_at >= m_end)
        return false;
    ++m_at;
    *a = storeDecoded(std::move(decoded));
    *b = 0;
    *flags = Decoded;
    return true;
}

quint32 JsonTree::storeDecoded(QByteArray &&text)
{
    m_decoded.push_back(std::move(text));
    return quint32(m_decoded.size() - 1);
}

int JsonTree::parseValue(int depth)
{
    if (depth > JsonTreeMaximumDepth)
        return -1;
    skipSpace();
    if (m_at >= m_end)
        return -1;
    const int index = int(m_nodes.size());
    Node node{JsonNode::Type::Null, 0, 0, 0};
    switch (*m_at) {
    case '{': {
        ++m_at;
        m_nodes.push_back({JsonNode::Type::Object, 0, 0, 0});
        const size_t base = m_memberStack.size();
        skipSpace();
        if (m_at < m_end && *m_at == '}') {
            ++m_at;
        } else {
            for (;;) {
                skipSpace();
                if (m_at >= m_end || *m_at != '"')
                    return -1;
                Member member{0, 0, 0, 0};
                if (!parseString(&member.keyOffset, &member.keySize, &member.keyFlags))
                    return -1;
                skipSpace();
                if (m_at >= m_end || *m_at != ':')
                    return -1;
                ++m_at;
                const int value = parseValue(depth + 1);
                if (value < 0)
                    return -1;
                member.value = quint32(value);
                m_memberStack.push_back(member);
                skipSpace();
                if (m_at < m_end && *m_at == ',') {
                    ++m_at;
                    continue;
                }
                if (m_at < m_end && *m_at == '}') {
                    ++m_at;
                    break;
                }
                return -1;
            }
        }
        Node &object = m_nodes[size_t(index)];
        object.a = quint32(m_members.size());
        object.b = quint32(m_memberStack.size() - base);
        m_members.insert(m_members.end(), m_memberStack.begin() + qsizetype(base),
                         m_memberStack.end());
        m_memberStack.resize(base);
        return index;
    }
    case '[': {
        ++m_at;
        m_nodes.push_back({JsonNode::Type::Array, 0, 0, 0});
        const size_t base = m_elementStack.size();
        skipSpace();
        if (m_at < m_end && *m_at == ']') {
            ++m_at;
        } else {
            for (;;) {
                const int value = parseValue(depth + 1);
                if (value < 0)
                    return -1;
                m_elementStack.push_back(quint32(value));
                skipSpace();
                if (m_at < m_end && *m_at == ',') {
                    ++m_at;
                    continue;
                }
                if (m_at < m_end && *m_at == ']') {
                    ++m_at;
                    break;
                }
                return -1;
            }
        }
        Node &array = m_nodes[size_t(index)];
        array.a = quint32(m_elements.size());
        array.b = quint32(m_elementStack.size() - base);
        m_elements.insert(m_elements.end(), m_elementStack.begin() + qsizetype(base),
                          m_elementStack.end());
        m_elementStack.resize(base);
        return index;
    }
    case '"':
        node.type = JsonNode::Type::String;
        if (!parseString(&node.a, &node.b, &node.flags))
            return -1;
        break;
    case 't':
        node.type = JsonNode::Type::Bool;
        node.a = 1;
        if (!parseLiteral("true", 4))
            return -1;
        break;
    case 'f':
        node.type = JsonNode::Type::Bool;
        if (!parseLiteral("false", 5))
            return -1;
        break;
    case 'n':
        if (!parseLiteral("null", 4))
            return -1;
        break;
    default: {
        double number = 0;
        qint64 integer = 0;
        bool isInteger = false;
        if (!parseNumber(&number, &integer, &isInteger))
            return -1;
        node.type = JsonNode::Type::Double;
        node.flags = isInteger ? Integer : 0;
        node.a = quint32(m_numbers.size());
        m_numbers.push_back(number);
        m_integers.push_back(integer);
        break;
    }
    }
    m_nodes.push_back(node);
    return index;
}

void JsonTree::adopt(const QJsonObject &root)
{
    clear();
    adoptValue(root);
}

int JsonTree::adoptValue(const QJsonValue &value)
{
    const int index = int(m_nodes.size());
    m_nodes.push_back({JsonNode::Type::Null, 0, 0, 0});
    Node node{JsonNode::Type::Null, 0, 0, 0};
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Bool:
        node = {JsonNode::Type::Bool, 0, value.toBool() ? 1u : 0u, 0};
        break;
    case QJsonValue::Double: {
        const bool integer = value.toVariant().typeId() == QMetaType::LongLong;
        node
            = {JsonNode::Type::Double, quint8(integer ? Integer : 0), quint32(m_numbers.size()), 0};
        m_numbers.push_back(value.toDouble());
        m_integers.push_back(integer ? value.toInteger() : 0);
        break;
    }
    case QJsonValue::String:
        m_adopted.push_back(value.toString());
        node = {JsonNode::Type::String, Adopted, quint32(m_adopted.size() - 1), 0};
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        std::vector<quint32> children;
        for (const QJsonValue &element : array)
            children.push_back(quint32(adoptValue(element)));
        node = {JsonNode::Type::Array, 0, quint32(m_elements.size()), quint32(children.size())};
        m_elements.insert(m_elements.end(), children.begin(), children.end());
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        std::vector<Member> children;
        for (auto it = object.begin(); it != object.end(); ++it) {
            m_adopted.push_back(it.key());
            const quint32 key = quint32(m_adopted.size() - 1);
            children.push_back({key, 0, quint32(adoptValue(it.value())), Adopted});
        }
        node = {JsonNode::Type::Object, 0, quint32(m_members.size()), quint32(children.size())};
        m_members.insert(m_members.end(), children.begin(), children.end());
        break;
    }
    }
    m_nodes[size_t(index)] = node;
    return index;
}

QString JsonTree::string(quint32 a, quint32 b, quint8 flags) const
{
    if (flags & Adopted)
        return m_adopted[a];
    if (flags & Decoded)
        return QString::fromUtf8(m_decoded[a]);
    return QString::fromUtf8(m_data.constData() + a, qsizetype(b));
}

bool JsonTree::equals(quint32 a, quint32 b, quint8 flags, QLatin1String key) const
{
    if (flags & Adopted)
        return m_adopted[a] == key;
    const QByteArrayView text = flags & Decoded ? QByteArrayView(m_decoded[a])
                                                : QByteArrayView(m_data.constData() + a, b);
    // Member names the reader asks for are ASCII, the same in Latin-1 and UTF-8.
    return text.size() == key.size()
        && std::memcmp(text.data(), key.data(), size_t(key.size())) == 0;
}
