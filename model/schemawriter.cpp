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

// Format 2 writes a field only when it differs from its default.
void put(QJsonObject *object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object->insert(QLatin1String(key), value);
}

void put(QJsonObject *object, const char *key, bool value, bool defaultValue = false)
{
    if (value != defaultValue)
        object->insert(QLatin1String(key), value);
}

void put(QJsonObject *object, const char *key, const QVector<Id> &ids)
{
    if (!ids.isEmpty())
        object->insert(QLatin1String(key), idArray(ids));
}

void put(QJsonObject *object, const char *key, const QJsonArray &array)
{
    if (!array.isEmpty())
        object->insert(QLatin1String(key), array);
}

QString identityName(IdentityGeneration identity)
{
    switch (identity) {
    case IdentityGeneration::None:
        break;
    case IdentityGeneration::Always:
        return QStringLiteral("always");
    case IdentityGeneration::ByDefault:
        return QStringLiteral("by-default");
    }
    return {};
}

QJsonObject columnObject(const Column &c)
{
    QJsonObject o{{QStringLiteral("id"), qint64(c.id)},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("type"), c.type.toString()}};
    if (c.typeDeclared) // written even when empty: a SQLite column declared without a type
        o.insert(QStringLiteral("declaredType"), c.declaredType);
    put(&o, "unsigned", c.isUnsigned);
    put(&o, "collation", c.collation);
    put(&o, "nullable", c.nullable, true);
    put(&o, "default", c.defaultValue);
    put(&o, "onUpdate", c.onUpdateValue);
    put(&o, "autoIncrement", c.autoIncrement);
    put(&o, "identity", identityName(c.identity));
    put(&o, "identityOptions", c.identityOptions);
    put(&o, "generated", c.generatedExpression);
    put(&o, "generatedStored", c.generatedStored);
    put(&o, "comment", c.comment);
    return o;
}

QJsonObject checkObject(const CheckConstraint &c, bool withId)
{
    QJsonObject o{{QStringLiteral("expression"), c.expression}};
    if (withId)
        o.insert(QStringLiteral("id"), qint64(c.id));
    put(&o, "name", c.name);
    if (c.column)
        o.insert(QStringLiteral("column"), qint64(c.column));
    put(&o, "noInherit", c.noInherit);
    return o;
}

QJsonObject indexObject(const TableIndex &i)
{
    QJsonObject o{{QStringLiteral("id"), qint64(i.id)},
                  {QStringLiteral("columns"), idArray(i.columns)}};
    put(&o, "name", i.name);
    put(&o, "unique", i.unique);
    QJsonArray parts;
    for (const IndexPart &part : i.normalizedParts()) {
        QJsonObject p;
        put(&p, "expression", part.expression);
        put(&p, "collation", part.collation);
        put(&p, "operatorClass", part.operatorClass);
        put(&p, "descending", part.descending);
        put(&p, "nulls", part.nullsOrder);
        if (part.prefixLength > 0)
            p.insert(QStringLiteral("prefixLength"), part.prefixLength);
        parts.append(p);
    }
    put(&o, "parts", parts);
    put(&o, "method", i.method);
    put(&o, "kind", i.kind);
    put(&o, "where", i.predicate);
    put(&o, "include", i.includeColumns);
    put(&o, "options", i.options);
    return o;
}

QJsonObject optionsObject(const TableOptions &t)
{
    QJsonObject o;
    put(&o, "withoutRowid", t.withoutRowid);
    put(&o, "strict", t.strict);
    put(&o, "engine", t.engine);
    put(&o, "charset", t.charset);
    put(&o, "collation", t.collation);
    put(&o, "rowFormat", t.rowFormat);
    put(&o, "autoIncrement", t.autoIncrementStart);
    put(&o, "other", t.otherOptions);
    put(&o, "unlogged", t.unlogged);
    put(&o, "partitionBy", t.partitionBy);
    if (t.partitionOf)
        o.insert(QStringLiteral("partitionOf"), qint64(t.partitionOf));
    put(&o, "partitionBound", t.partitionBound);
    put(&o, "inherits", t.inherits);
    put(&o, "storage", t.storageParameters);
    put(&o, "tablespace", t.tablespace);
    return o;
}

QJsonObject tableObject(const Table &t)
{
    QJsonArray columns;
    for (const Column &c : t.columns)
        columns.append(columnObject(c));
    QJsonArray uniques;
    for (const UniqueConstraint &u : t.uniqueConstraints) {
        QJsonObject o{{QStringLiteral("id"), qint64(u.id)},
                      {QStringLiteral("columns"), idArray(u.columns)}};
        put(&o, "name", u.name);
        if (u.deferrability != Deferrability::NotDeferrable)
            o.insert(QStringLiteral("deferrable"), ActionNames::fileName(u.deferrability));
        put(&o, "nullsNotDistinct", u.nullsNotDistinct);
        uniques.append(o);
    }
    QJsonArray indexes;
    for (const TableIndex &i : t.indexes)
        indexes.append(indexObject(i));
    QJsonArray checks;
    for (const CheckConstraint &c : t.checks)
        checks.append(checkObject(c, true));
    QJsonArray triggers;
    for (const Trigger &trigger : t.triggers) {
        triggers.append(QJsonObject{{QStringLiteral("id"), qint64(trigger.id)},
                                    {QStringLiteral("name"), trigger.name},
                                    {QStringLiteral("sql"), trigger.sql}});
    }
    QJsonObject o{
        {QStringLiteral("id"), qint64(t.id)},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("position"),
         QJsonObject{{QStringLiteral("x"), t.position.x()}, {QStringLiteral("y"), t.position.y()}}},
        {QStringLiteral("columns"), columns},
    };
    put(&o, "schema", t.schemaName);
    put(&o, "comment", t.comment);
    put(&o, "color", t.color.isValid() ? t.color.name() : QString());
    if (!t.primaryKey.isEmpty() || !t.primaryKeyName.isEmpty()) {
        QJsonObject pk{{QStringLiteral("columns"), idArray(t.primaryKey)}};
        put(&pk, "name", t.primaryKeyName);
        o.insert(QStringLiteral("primaryKey"), pk);
    }
    put(&o, "uniqueConstraints", uniques);
    put(&o, "indexes", indexes);
    put(&o, "checks", checks);
    put(&o, "triggers", triggers);
    const QJsonObject options = optionsObject(t.options);
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), options);
    return o;
}

QJsonObject keyObject(const ForeignKey &k)
{
    QJsonObject o{
        {QStringLiteral("id"), qint64(k.id)},
        {QStringLiteral("childTable"), qint64(k.childTable)},
        {QStringLiteral("childColumns"), idArray(k.childColumns)},
        {QStringLiteral("parentTable"), qint64(k.parentTable)},
        {QStringLiteral("parentColumns"), idArray(k.parentColumns)},
    };
    put(&o, "name", k.name);
    if (k.onDelete != ReferentialAction::NoAction)
        o.insert(QStringLiteral("onDelete"), ActionNames::fileName(k.onDelete));
    if (k.onUpdate != ReferentialAction::NoAction)
        o.insert(QStringLiteral("onUpdate"), ActionNames::fileName(k.onUpdate));
    if (k.deferrability != Deferrability::NotDeferrable)
        o.insert(QStringLiteral("deferrable"), ActionNames::fileName(k.deferrability));
    if (k.match != MatchType::Simple)
        o.insert(QStringLiteral("match"), ActionNames::fileName(k.match));
    put(&o, "deleteSetColumns", k.deleteSetColumns);
    return o;
}

QString userTypeKindName(UserType::Kind kind)
{
    switch (kind) {
    case UserType::Kind::Enum:
        return QStringLiteral("enum");
    case UserType::Kind::Domain:
        return QStringLiteral("domain");
    case UserType::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QJsonObject userTypeObject(const UserType &t)
{
    QJsonObject o{{QStringLiteral("id"), qint64(t.id)},
                  {QStringLiteral("kind"), userTypeKindName(t.kind)},
                  {QStringLiteral("name"), t.name}};
    put(&o, "schema", t.schemaName);
    if (t.kind == UserType::Kind::Enum)
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(t.values));
    put(&o, "baseType", t.baseType);
    put(&o, "collation", t.collation);
    put(&o, "default", t.defaultValue);
    put(&o, "notNull", t.notNull);
    QJsonArray checks;
    for (const CheckConstraint &c : t.checks)
        checks.append(checkObject(c, false));
    put(&o, "checks", checks);
    put(&o, "definition", t.definition);
    put(&o, "comment", t.comment);
    return o;
}

QJsonObject sequenceObject(const Sequence &s)
{
    QJsonObject o{{QStringLiteral("id"), qint64(s.id)}, {QStringLiteral("name"), s.name}};
    put(&o, "schema", s.schemaName);
    put(&o, "dataType", s.dataType);
    put(&o, "start", s.start);
    put(&o, "increment", s.increment);
    put(&o, "minValue", s.minValue);
    put(&o, "maxValue", s.maxValue);
    put(&o, "cache", s.cache);
    put(&o, "cycle", s.cycle);
    if (s.ownedBy)
        o.insert(QStringLiteral("ownedBy"), qint64(s.ownedBy));
    return o;
}

QJsonObject subjectAreaObject(const SubjectArea &area)
{
    QJsonObject o{{QStringLiteral("id"), qint64(area.id)}, {QStringLiteral("name"), area.name}};
    put(&o, "color", area.color.isValid() ? area.color.name() : QString());
    put(&o, "tables", area.tables);
    return o;
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
    QJsonArray types;
    for (const UserType &type : schema.userTypes)
        types.append(userTypeObject(type));
    QJsonArray sequences;
    for (const Sequence &sequence : schema.sequences)
        sequences.append(sequenceObject(sequence));

    QJsonArray areas;
    for (const SubjectArea &area : schema.subjectAreas)
        areas.append(subjectAreaObject(area));

    QJsonObject object{{QStringLiteral("tables"), tables}};
    put(&object, "name", schema.name);
    put(&object, "targetDialect", schema.targetDialect);
    put(&object, "sourceDialect", schema.sourceDialect);
    put(&object, "extensions", QJsonArray::fromStringList(schema.extensions));
    put(&object, "userTypes", types);
    put(&object, "sequences", sequences);
    put(&object, "foreignKeys", keys);
    put(&object, "subjectAreas", areas); // left out when there are none: older files unchanged

    QJsonObject root = extra;
    root.insert(QStringLiteral("application"), QStringLiteral("Joinery"));
    root.insert(QStringLiteral("format"), FormatVersion);
    root.insert(QStringLiteral("schema"), object);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool save(const Schema &schema, const QString &path, QString *error, const QJsonObject &extra)
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile commits a truncated file when a buffered write fails only
    // at the final flush (a disk that fills up under a file smaller than the buffer); written
    // straight through, a short write is seen here and the previous file is kept.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
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
