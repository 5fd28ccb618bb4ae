#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QStringList>

// Readers of libpg_query's JSON nodes shared by PostgresTreeReader's source files.
namespace PgTreeJson {

inline QString str(const QJsonValue &value)
{
    return value.toObject()
        .value(QLatin1String("String"))
        .toObject()
        .value(QLatin1String("sval"))
        .toString();
}

inline QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list << str(value);
    return list;
}

// The first (and only) member of a node: {"CreateStmt": {...}} → ("CreateStmt", {...}).
inline QPair<QString, QJsonObject> unwrap(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.isEmpty())
        return {};
    return {object.begin().key(), object.begin().value().toObject()};
}

} // namespace PgTreeJson
