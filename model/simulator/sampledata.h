#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QVariant>
#include <QVector>

class Schema;

// The rows of one table. `columns` names the column ids the values belong to, so that renames
// and reordering in the schema break nothing; each row is parallel to `columns`.
struct SampleTable
{
    QVector<Id> columns;
    QVector<QVector<QVariant>> rows;

    bool operator==(const SampleTable &other) const;
    bool operator!=(const SampleTable &other) const { return !(*this == other); }
};

// The sample data kept with a document (saved under "sampleData" in the .joinery file). A null
// QVariant is SQL NULL; other values are qlonglong, double, QString or QByteArray (a BLOB), the
// storage classes SQLite hands back.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
public:
    QMap<Id, SampleTable> tables; // by table id; tables without rows may be absent

    bool isEmpty() const;
    int rowCount() const;
    bool operator==(const SampleData &other) const;
    bool operator!=(const SampleData &other) const { return !(*this == other); }

    // The "sampleData" member. Table and column names are written next to the ids for a
    // reader of the file; the ids decide on reading.
    QJsonObject toJson(const Schema &schema) const;
    static bool fromJson(const QJsonValue &value, SampleData *data, QString *error);

    static constexpr const char *JsonMember = "sampleData";
};

Q_DECLARE_METATYPE(SampleData)
