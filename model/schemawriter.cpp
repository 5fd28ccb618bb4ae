#include "schemawriter.h"
#include "schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QJsonArray idArray(const QVector<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(qint64(id));
    return array;
}

QJsonObject columnObject(const Column &c)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(c.id)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("type"), c.type.toString()},
        {QStringLiteral("unsigned"), c.isUnsigned},
        {QStringLiteral("collation"), c.collation},
        {QStringLiteral("nullable"), c.nullable},
        {QStringLiteral("default"), c.defaultValue},
        {QStringLiteral("autoIncrement"), c.autoIncrement},
        {QStringLiteral("comment"), c.comment},
    };
}

QJsonObject tableObject(const Table &t)
{
    QJsonArray columns;
    for (const Column &c : t.columns)
        columns.append(columnObject(c));
    QJsonArray uniques;
    for (const UniqueConstraint &u : t.uniqueConstraints) {
        uniques.append(QJsonObject{{QStringLiteral("id"), qint64(u.id)},
                                   {QStringLiteral("name"), u.name},
                                   {QStringLiteral("columns"), idArray(u.columns)}});
    }
    QJsonArray indexes;
    for (const TableIndex &i : t.indexes) {
        indexes.append(QJsonObject{{QStringLiteral("id"), qint64(i.id)},
                                   {QStringLiteral("name"), i.name},
                                   {QStringLiteral("columns"), idArray(i.columns)},
                                   {QStringLiteral("unique"), i.unique}});
    }
    return QJsonObject{
        {QStringLiteral("id"), qint64(t.id)},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("comment"), t.comment},
        {QStringLiteral("color"), t.color.isValid() ? t.color.name() : QString()},
        {QStringLiteral("position"),
         QJsonObject{{QStringLiteral("x"), t.position.x()}, {QStringLiteral("y"), t.position.y()}}},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("primaryKey"),
         QJsonObject{{QStringLiteral("name"), t.primaryKeyName},
                     {QStringLiteral("columns"), idArray(t.primaryKey)}}},
        {QStringLiteral("uniqueConstraints"), uniques},
        {QStringLiteral("indexes"), indexes},
    };
}

QJsonObject keyObject(const ForeignKey &k)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(k.id)},
        {QStringLiteral("name"), k.name},
        {QStringLiteral("childTable"), qint64(k.childTable)},
        {QStringLiteral("childColumns"), idArray(k.childColumns)},
        {QStringLiteral("parentTable"), qint64(k.parentTable)},
        {QStringLiteral("parentColumns"), idArray(k.parentColumns)},
        {QStringLiteral("onDelete"), ActionNames::fileName(k.onDelete)},
        {QStringLiteral("onUpdate"), ActionNames::fileName(k.onUpdate)},
        {QStringLiteral("deferrable"), ActionNames::fileName(k.deferrability)},
        {QStringLiteral("match"), ActionNames::fileName(k.match)},
    };
}

} // namespace

namespace SchemaWriter {

QByteArray toJson(const Schema &schema, const QJsonObject &extra)
{
    QJsonArray tables;
    for (Id id : schema.tableIds())
        tables.append(tableObject(*schema.table(id)));
    QJsonArray keys;
    for (Id id : schema.foreignKeyIds())
        keys.append(keyObject(*schema.foreignKey(id)));
    QJsonObject root = extra;
    root.insert(QStringLiteral("application"), QStringLiteral("Joinery"));
    root.insert(QStringLiteral("format"), FormatVersion);
    root.insert(QStringLiteral("schema"),
                QJsonObject{{QStringLiteral("name"), schema.name},
                            {QStringLiteral("targetDialect"), schema.targetDialect},
                            {QStringLiteral("tables"), tables},
                            {QStringLiteral("foreignKeys"), keys}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool save(const Schema &schema, const QString &path, QString *error, const QJsonObject &extra)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("SchemaWriter", "Cannot write \"%1\": %2")
                     .arg(path, file.errorString());
        return false;
    }
    const QByteArray data = toJson(schema, extra);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("SchemaWriter",
                                             "Saving \"%1\" failed: %2. The previous file is "
                                             "unchanged.")
                     .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace SchemaWriter
