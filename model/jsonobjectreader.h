#pragma once

#include "id.h"
#include "jsonnode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Typed, strict reading of JSON members with a path for messages: every read names what was
// expected and where (`schema › tables[3] "orders" › columns[2]: "type" is missing`). A member
// that is absent and not required leaves the target at its default. The first failure sets
// error() and makes every read return false, so callers simply chain them with &&.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)
public:
    virtual ~JsonObjectReader() = default;
    QString error() const { return m_error; }

protected:
    bool fail(const QString &message);
    // Called once on failure, e.g. to drop what was half-read.
    virtual void failed() { }
    QString where() const;
    static QString typeName(const JsonNode &value);

    bool readId(const JsonNode &object, const char *member, Id *id);
    // `allowExpressions`: 0 is accepted too (an index's expression part).
    bool readIdList(const JsonNode &object, const char *member, QVector<Id> *ids,
                    bool required = true, bool allowExpressions = false);
    bool readString(const JsonNode &object, const char *member, QString *value,
                    bool required = false);
    bool readBool(const JsonNode &object, const char *member, bool *value);
    bool readArray(const JsonNode &object, const char *member, JsonNode *value,
                   bool required = false);
    bool readInt(const JsonNode &object, const char *member, int *value, int minimum, int maximum);
    bool readStringList(const JsonNode &object, const char *member, QStringList *values);

    QString m_error;
    QStringList m_path;
};
