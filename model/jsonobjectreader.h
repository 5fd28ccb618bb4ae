#pragma once

#include "id.h"
#include "jsonnode.h"

#include <QCoreApplication>
#include <QLatin1String>
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
    // The path, one step at a time; a step is formatted only for a message (a 5,000-table file
    // has ~100,000 columns, and formatting each step up front cost a tenth of reading it).
    void enter(QLatin1String label, int index = -1) { m_path.append({label, index, {}, false}); }
    void leave() { m_path.removeLast(); }
    // Adds the object's name to the innermost step: `tables[3] "orders"`.
    void nameStep(const QString &name)
    {
        m_path.last().name = name;
        m_path.last().named = true;
    }
    QStringList pathSteps() const;
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
    struct PathStep
    {
        QLatin1String label;
        int index;
        QString name;
        bool named;
    };
    QVector<PathStep> m_path;
};
