#pragma once

#include "jsonobjectreader.h"
#include "jsontree.h"
#include "schema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Reads the .joinery format, versions 1 and 2. A field missing from a file means its default;
// version 1 wrote every field, so its files read as they always did. It never half-loads: either
// the whole schema is read and passes IntegrityCheck, or nothing is returned and error() says
// what is wrong and where (line and column for bad JSON, a path such as
// `tables[3] "orders" › columns[2] › type` otherwise).
class SchemaReader : public JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(SchemaReader)
public:
    // Files bigger than this are refused before parsing: a schema of 5,000 tables is ~10 MB.
    static constexpr qint64 DefaultMaximumFileSize = 512ll * 1024 * 1024;
    void setMaximumFileSize(qint64 bytes) { m_maximumFileSize = bytes; }

    bool read(const QByteArray &data);
    bool readFile(const QString &path);

    const Schema &schema() const { return m_schema; }
    // Top-level members other than the schema (e.g. sample data), kept for the caller.
    const QJsonObject &extra() const { return m_extra; }

private:
    void failed() override;
    bool readSchema(const JsonNode &object);
    bool readTable(const JsonNode &object, Table *table);
    bool readColumn(const JsonNode &object, Column *column);
    bool readKey(const JsonNode &object, ForeignKey *key);
    bool readIndex(const JsonNode &object, const Table &table, TableIndex *index);
    // `table` null: a domain's CHECK, which has neither id nor column.
    // The "checks" array of a table or (table null) of a domain.
    bool readChecks(const JsonNode &object, const Table *table, QVector<CheckConstraint> *checks);
    bool readCheck(const JsonNode &object, const Table *table, CheckConstraint *check);
    bool readTableOptions(const JsonNode &object, TableOptions *options);
    bool checkTableReferences();
    bool readUserType(const JsonNode &object, UserType *type);
    bool readSequence(const JsonNode &object, Sequence *sequence);
    bool readSubjectArea(const JsonNode &object, SubjectArea *area);
    bool claimId(Id id);

    Schema m_schema;
    QJsonObject m_extra;
    JsonTree m_tree; // the file being read; emptied when done
    // Ids met so far. Where each was met (the path, for the message about a repeated id) is
    // noted only when a repeated id sends read() over the data again: ~70,000 paths in a
    // 5,000-table file cost more than the rest of reading its tables.
    QSet<Id> m_ids;
    QHash<Id, QStringList> m_claimed;
    bool m_recordClaimSites = false;
    bool m_repeatedId = false;
    // DataType::parse() of each spelling met: a few dozen spellings serve thousands of columns,
    // which then share their text too.
    QHash<QString, DataType> m_types;
    qint64 m_maximumFileSize = DefaultMaximumFileSize;
};
