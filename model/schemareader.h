#pragma once

#include "schema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reads the .joinery format. It never half-loads: either the whole schema is read and passes
// IntegrityCheck, or nothing is returned and error() says what is wrong and where (line and
// column for bad JSON, a path such as `tables[3] "orders" › columns[2] › type` otherwise).
class SchemaReader
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
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    QString where() const;
    bool readSchema(const QJsonObject &object);
    bool readTable(const QJsonObject &object, Table *table);
    bool readColumn(const QJsonObject &object, Column *column);
    bool readKey(const QJsonObject &object, ForeignKey *key);
    bool readId(const QJsonObject &object, const char *member, Id *id);
    bool readIdList(const QJsonObject &object, const char *member, QVector<Id> *ids,
                    bool required = true);
    bool readString(const QJsonObject &object, const char *member, QString *value,
                    bool required = false);
    bool readBool(const QJsonObject &object, const char *member, bool *value);
    bool readArray(const QJsonObject &object, const char *member, QJsonArray *value,
                   bool required = false);
    bool claimId(Id id);

    Schema m_schema;
    QJsonObject m_extra;
    QString m_error;
    QStringList m_path;
    QHash<Id, QString> m_claimed;
    qint64 m_maximumFileSize = DefaultMaximumFileSize;
};
