#pragma once

#include "jsonobjectreader.h"
#include "schema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
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
    bool readSchema(const QJsonObject &object);
    bool readTable(const QJsonObject &object, Table *table);
    bool readColumn(const QJsonObject &object, Column *column);
    bool readKey(const QJsonObject &object, ForeignKey *key);
    bool readIndex(const QJsonObject &object, const Table &table, TableIndex *index);
    // `table` null: a domain's CHECK, which has neither id nor column.
    // The "checks" array of a table or (table null) of a domain.
    bool readChecks(const QJsonObject &object, const Table *table, QVector<CheckConstraint> *checks);
    bool readCheck(const QJsonObject &object, const Table *table, CheckConstraint *check);
    bool readTableOptions(const QJsonObject &object, TableOptions *options);
    bool checkTableReferences();
    bool readUserType(const QJsonObject &object, UserType *type);
    bool readSequence(const QJsonObject &object, Sequence *sequence);
    bool readSubjectArea(const QJsonObject &object, SubjectArea *area);
    bool claimId(Id id);

    Schema m_schema;
    QJsonObject m_extra;
    QHash<Id, QString> m_claimed;
    qint64 m_maximumFileSize = DefaultMaximumFileSize;
};
