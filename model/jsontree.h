#pragma once

#include "hugepageallocator.h"
#include "jsonnode.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

// A read-only JSON tree for the .joinery reader, built in one pass over the file's bytes: about
// five times faster than QJsonDocument on a 5,000-table document, and it converts a string to
// QString only when the reader asks for it. It parses strict JSON (RFC 8259) whose top level is
// an object and refuses anything else (bad JSON, but also what QJsonDocument accepts beyond the
// RFC, such as "1." or a lone surrogate); the caller then parses with QJsonDocument, for its
// error message or its lenient reading, and adopts that result, so that every file means what
// QJsonDocument makes of it. As in QJsonObject, the last of repeated member names counts.
class JsonTree
{
public:
    // `data` must be UTF-8 (the reader checks it first); the tree shares it, not copies it.
    bool parse(const QByteArray &data);
    // The tree of a document QJsonDocument has parsed.
    void adopt(const QJsonObject &root);
    JsonNode root() const { return m_nodes.empty() ? JsonNode() : JsonNode(this, 0); }

private:
    friend class JsonNode;
    // Decoded: the text is in m_decoded, not in m_data. Integer: a number written without
    // fraction or exponent that fits in 64 bits, kept exactly (in m_integers) as Qt keeps it.
    // Adopted: a string from QJsonDocument, kept as its QString (in m_adopted), which may hold
    // what UTF-8 cannot (a lone surrogate).
    enum Flag : quint8 { Decoded = 1, Integer = 2, Adopted = 4 };
    struct Node
    {
        JsonNode::Type type;
        quint8 flags;
        // String: offset and size of its UTF-8 (in m_data, or index in m_decoded and 0);
        // number: index in m_numbers; bool: 0 or 1; array, object: first of its `b` children.
        quint32 a;
        quint32 b;
    };
    struct Member
    {
        quint32 keyOffset; // in m_data, or an index in m_decoded or m_adopted (keyFlags)
        quint32 keySize;
        quint32 value;
        quint8 keyFlags; // Decoded or Adopted
    };

    void clear();
    int parseValue(int depth);
    bool parseString(quint32 *a, quint32 *b, quint8 *flags);
    bool parseNumber(double *number, qint64 *integer, bool *isInteger);
    bool parseLiteral(const char *word, int size);
    void skipSpace();
    int adoptValue(const QJsonValue &value);
    quint32 storeDecoded(QByteArray &&text);
    QString string(quint32 a, quint32 b, quint8 flags) const;
    bool equals(quint32 a, quint32 b, quint8 flags, QLatin1String key) const;

    QByteArray m_data;
    const char *m_at = nullptr;
    const char *m_end = nullptr;
    template<typename T>
    using Vector = std::vector<T, HugePageAllocator<T>>;
    Vector<Node> m_nodes;
    Vector<Member> m_members; // each object's members one after another
    Vector<quint32> m_elements; // each array's elements one after another
    Vector<double> m_numbers;
    Vector<qint64> m_integers; // beside m_numbers
    std::vector<QByteArray> m_decoded; // strings with escapes
    std::vector<QString> m_adopted;
    // Children of the containers being parsed, moved to m_members / m_elements when they close.
    std::vector<Member> m_memberStack;
    std::vector<quint32> m_elementStack;
};
