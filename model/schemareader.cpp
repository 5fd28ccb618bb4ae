#include "schemareader.h"
#include "integritycheck.h"
#include "schemawriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cmath>

namespace {

// Line and column (both from 1) of a byte offset, for parse errors.
QPair<int, int> lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(data.at(i)) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("SchemaReader", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("SchemaReader", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("SchemaReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("SchemaReader", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("SchemaReader", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("SchemaReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("SchemaReader", "nothing");
}

} // namespace

bool SchemaReader::fail(const QString &message)
{
    m_error = m_path.isEmpty() ? message : where() + QStringLiteral(": ") + message;
    m_schema = Schema();
    return false;
}

QString SchemaReader::where() const
{
    return m_path.join(QStringLiteral(" › "));
}

bool SchemaReader::readFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("\"%1\" is a folder, not a Joinery file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open \"%1\": %2.").arg(path, file.errorString()));
    if (file.size() > m_maximumFileSize)
        return fail(tr("\"%1\" is %2 bytes, more than the %3 bytes a Joinery file may have; it "
                       "was not read.")
                        .arg(path)
                        .arg(file.size())
                        .arg(m_maximumFileSize));
    if (!read(file.readAll())) {
        m_error = tr("%1: %2").arg(QFileInfo(path).fileName(), m_error);
        return false;
    }
    return true;
}

bool SchemaReader::read(const QByteArray &data)
{
    m_schema = Schema();
    m_extra = {};
    m_error.clear();
    m_path.clear();
    m_claimed.clear();

    if (data.trimmed().isEmpty())
        return fail(tr("The file is empty."));
    if (data.size() > m_maximumFileSize)
        return fail(tr("The data is larger than %1 bytes; it was not read.").arg(m_maximumFileSize));
    const int nul = data.indexOf('\0');
    if (nul >= 0)
        return fail(tr("This is not a Joinery file: it holds binary data (a zero byte at offset "
                       "%1).")
                        .arg(nul));
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(data);
        if (decoder.hasError())
            return fail(tr("This is not a Joinery file: it is not UTF-8 text."));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return fail(tr("Invalid JSON at line %1, column %2: %3.")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(tr("This is not a Joinery file: the top level is not a JSON object."));
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return fail(tr("This is not a Joinery file: it has no \"format\" version."));
    if (!format.isDouble() || format.toDouble() != std::floor(format.toDouble())
        || format.toDouble() < 1)
        return fail(tr("\"format\" must be a whole number from 1, not %1.")
                        .arg(format.isDouble() ? QString::number(format.toDouble())
                                               : typeName(format)));
    if (format.toInt() > SchemaWriter::FormatVersion)
        return fail(tr("This file was written by a newer Joinery (format %1); this version reads "
                       "format %2 and older. Nothing was loaded.")
                        .arg(format.toInt())
                        .arg(SchemaWriter::FormatVersion));

    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (!schema.isObject())
        return fail(tr("\"schema\" must be an object, not %1.").arg(typeName(schema)));
    m_path << QStringLiteral("schema");
    if (!readSchema(schema.toObject()))
        return false;
    m_path.clear();

    const QStringList broken = IntegrityCheck::check(m_schema);
    if (!broken.isEmpty())
        return fail(tr("The schema is inconsistent: %1.").arg(broken.first()));

    m_extra = root;
    m_extra.remove(QStringLiteral("schema"));
    m_extra.remove(QStringLiteral("format"));
    m_extra.remove(QStringLiteral("application"));
    return true;
}

bool SchemaReader::readSchema(const QJsonObject &object)
{
    if (!readString(object, "name", &m_schema.name)
        || !readString(object, "targetDialect", &m_schema.targetDialect))
        return false;

    QJsonArray tables;
    if (!readArray(object, "tables", &tables, true))
        return false;
    for (int i = 0; i < tables.size(); ++i) {
        m_path << QStringLiteral("tables[%1]").arg(i);
        if (!tables.at(i).isObject())
            return fail(tr("expected a table object, found %1").arg(typeName(tables.at(i))));
        Table table;
        if (!readTable(tables.at(i).toObject(), &table))
            return false;
        m_path.removeLast();
        m_schema.insertTable(-1, table);
    }

    QJsonArray keys;
    if (!readArray(object, "foreignKeys", &keys))
        return false;
    for (int i = 0; i < keys.size(); ++i) {
        m_path << QStringLiteral("foreignKeys[%1]").arg(i);
        if (!keys.at(i).isObject())
            return fail(tr("expected a foreign key object, found %1").arg(typeName(keys.at(i))));
        ForeignKey key;
        if (!readKey(keys.at(i).toObject(), &key))
            return false;
        m_path.removeLast();
        m_schema.insertForeignKey(-1, key);
    }
    return true;
}

bool SchemaReader::readTable(const QJsonObject &object, Table *table)
{
    if (!readId(object, "id", &table->id) || !readString(object, "name", &table->name, true))
        return false;
    m_path.last() += QStringLiteral(" \"%1\"").arg(table->name);
    if (!claimId(table->id) || !readString(object, "comment", &table->comment))
        return false;

    QString color;
    if (!readString(object, "color", &color))
        return false;
    if (!color.isEmpty()) {
        table->color = QColor(color);
        if (!table->color.isValid())
            return fail(tr("\"color\" must be a colour such as \"#4a90d9\", not \"%1\"").arg(color));
    }
    const QJsonValue position = object.value(QLatin1String("position"));
    if (!position.isUndefined()) {
        if (!position.isObject() || !position[QLatin1String("x")].isDouble()
            || !position[QLatin1String("y")].isDouble())
            return fail(tr("\"position\" must be an object with numbers \"x\" and \"y\""));
        const double x = position[QLatin1String("x")].toDouble();
        const double y = position[QLatin1String("y")].toDouble();
        if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 1e7 || std::abs(y) > 1e7)
            return fail(tr("\"position\" is out of range"));
        table->position = QPointF(x, y);
    }

    QJsonArray columns;
    if (!readArray(object, "columns", &columns, true))
        return false;
    for (int i = 0; i < columns.size(); ++i) {
        m_path << QStringLiteral("columns[%1]").arg(i);
        if (!columns.at(i).isObject())
            return fail(tr("expected a column object, found %1").arg(typeName(columns.at(i))));
        Column column;
        if (!readColumn(columns.at(i).toObject(), &column))
            return false;
        m_path.removeLast();
        table->columns << column;
    }

    auto checkColumns = [&](const QVector<Id> &ids) {
        for (Id id : ids) {
            if (!table->column(id))
                return fail(tr("column id %1 is not a column of this table").arg(id));
        }
        return true;
    };

    const QJsonValue primaryKey = object.value(QLatin1String("primaryKey"));
    if (!primaryKey.isUndefined()) {
        m_path << QStringLiteral("primaryKey");
        if (!primaryKey.isObject())
            return fail(tr("expected an object, found %1").arg(typeName(primaryKey)));
        if (!readString(primaryKey.toObject(), "name", &table->primaryKeyName)
            || !readIdList(primaryKey.toObject(), "columns", &table->primaryKey)
            || !checkColumns(table->primaryKey))
            return false;
        m_path.removeLast();
    }

    QJsonArray uniques;
    if (!readArray(object, "uniqueConstraints", &uniques))
        return false;
    for (int i = 0; i < uniques.size(); ++i) {
        m_path << QStringLiteral("uniqueConstraints[%1]").arg(i);
        const QJsonObject u = uniques.at(i).toObject();
        if (!uniques.at(i).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(uniques.at(i))));
        UniqueConstraint constraint;
        if (!readId(u, "id", &constraint.id) || !claimId(constraint.id)
            || !readString(u, "name", &constraint.name)
            || !readIdList(u, "columns", &constraint.columns) || !checkColumns(constraint.columns))
            return false;
        if (constraint.columns.isEmpty())
            return fail(tr("a unique constraint needs at least one column"));
        m_path.removeLast();
        table->uniqueConstraints << constraint;
    }

    QJsonArray indexes;
    if (!readArray(object, "indexes", &indexes))
        return false;
    for (int i = 0; i < indexes.size(); ++i) {
        m_path << QStringLiteral("indexes[%1]").arg(i);
        const QJsonObject x = indexes.at(i).toObject();
        if (!indexes.at(i).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(indexes.at(i))));
        TableIndex index;
        if (!readId(x, "id", &index.id) || !claimId(index.id) || !readString(x, "name", &index.name)
            || !readIdList(x, "columns", &index.columns) || !readBool(x, "unique", &index.unique)
            || !checkColumns(index.columns))
            return false;
        if (index.columns.isEmpty())
            return fail(tr("an index needs at least one column"));
        m_path.removeLast();
        table->indexes << index;
    }
    return true;
}

bool SchemaReader::readColumn(const QJsonObject &object, Column *column)
{
    if (!readId(object, "id", &column->id) || !readString(object, "name", &column->name, true))
        return false;
    m_path.last() += QStringLiteral(" \"%1\"").arg(column->name);
    QString type;
    if (!claimId(column->id) || !readString(object, "type", &type, true))
        return false;
    if (type.trimmed().isEmpty())
        return fail(tr("\"type\" is empty"));
    column->type = DataType::parse(type);
    return readBool(object, "unsigned", &column->isUnsigned)
           && readString(object, "collation", &column->collation)
           && readBool(object, "nullable", &column->nullable)
           && readString(object, "default", &column->defaultValue)
           && readBool(object, "autoIncrement", &column->autoIncrement)
           && readString(object, "comment", &column->comment);
}

bool SchemaReader::readKey(const QJsonObject &object, ForeignKey *key)
{
    if (!readId(object, "id", &key->id) || !readString(object, "name", &key->name, true))
        return false;
    m_path.last() += QStringLiteral(" \"%1\"").arg(key->name);
    if (!claimId(key->id) || !readId(object, "childTable", &key->childTable)
        || !readIdList(object, "childColumns", &key->childColumns)
        || !readId(object, "parentTable", &key->parentTable)
        || !readIdList(object, "parentColumns", &key->parentColumns))
        return false;

    const Table *child = m_schema.table(key->childTable);
    const Table *parent = m_schema.table(key->parentTable);
    if (!child)
        return fail(tr("\"childTable\" %1 is not the id of a table").arg(key->childTable));
    if (!parent)
        return fail(tr("\"parentTable\" %1 is not the id of a table").arg(key->parentTable));
    if (key->childColumns.isEmpty())
        return fail(tr("\"childColumns\" is empty"));
    if (key->childColumns.size() != key->parentColumns.size())
        return fail(tr("%1 child columns but %2 parent columns; they must pair up")
                        .arg(key->childColumns.size())
                        .arg(key->parentColumns.size()));
    for (Id id : key->childColumns) {
        if (!child->column(id))
            return fail(tr("child column id %1 is not a column of table \"%2\"").arg(id).arg(child->name));
    }
    for (Id id : key->parentColumns) {
        if (!parent->column(id))
            return fail(tr("parent column id %1 is not a column of table \"%2\"").arg(id).arg(parent->name));
    }

    struct ActionField
    {
        const char *member;
        ReferentialAction *target;
    };
    for (const ActionField &field : {ActionField{"onDelete", &key->onDelete},
                                     ActionField{"onUpdate", &key->onUpdate}}) {
        QString text;
        if (!readString(object, field.member, &text))
            return false;
        if (!text.isEmpty() && !ActionNames::fromFileName(text, field.target))
            return fail(tr("\"%1\" must be one of no-action, restrict, cascade, set-null, "
                           "set-default, not \"%2\"")
                            .arg(QLatin1String(field.member), text));
    }
    QString deferrable;
    if (!readString(object, "deferrable", &deferrable))
        return false;
    if (!deferrable.isEmpty() && !ActionNames::fromFileName(deferrable, &key->deferrability))
        return fail(tr("\"deferrable\" must be not-deferrable, deferrable-initially-immediate or "
                       "deferrable-initially-deferred, not \"%1\"")
                        .arg(deferrable));
    QString match;
    if (!readString(object, "match", &match))
        return false;
    if (!match.isEmpty() && !ActionNames::fromFileName(match, &key->match))
        return fail(tr("\"match\" must be simple or full, not \"%1\"").arg(match));
    return true;
}

bool SchemaReader::readId(const QJsonObject &object, const char *member, Id *id)
{
    const QJsonValue value = object.value(QLatin1String(member));
    if (value.isUndefined())
        return fail(tr("\"%1\" is missing").arg(QLatin1String(member)));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 9007199254740991.0
        || number != std::floor(number))
        return fail(tr("\"%1\" must be a whole number from 1, not %2")
                        .arg(QLatin1String(member),
                             value.isDouble() ? QString::number(number) : typeName(value)));
    *id = Id(number);
    return true;
}

bool SchemaReader::claimId(Id id)
{
    const auto it = m_claimed.constFind(id);
    if (it != m_claimed.constEnd())
        return fail(tr("id %1 is already used by %2").arg(id).arg(it.value()));
    m_claimed.insert(id, where());
    return true;
}

bool SchemaReader::readIdList(const QJsonObject &object, const char *member, QVector<Id> *ids,
                              bool required)
{
    QJsonArray array;
    if (!readArray(object, member, &array, required))
        return false;
    ids->clear();
    for (int i = 0; i < array.size(); ++i) {
        const double number = array.at(i).toDouble(-1);
        if (!array.at(i).isDouble() || number < 1 || number != std::floor(number))
            return fail(tr("\"%1\"[%2] must be a column id, not %3")
                            .arg(QLatin1String(member))
                            .arg(i)
                            .arg(typeName(array.at(i))));
        if (ids->contains(Id(number)))
            return fail(tr("\"%1\" names column id %2 twice").arg(QLatin1String(member)).arg(Id(number)));
        ids->append(Id(number));
    }
    return true;
}

bool SchemaReader::readString(const QJsonObject &object, const char *member, QString *value,
                              bool required)
{
    const QJsonValue v = object.value(QLatin1String(member));
    if (v.isUndefined()) {
        if (required)
            return fail(tr("\"%1\" is missing").arg(QLatin1String(member)));
        return true;
    }
    if (!v.isString())
        return fail(tr("\"%1\" must be text, not %2").arg(QLatin1String(member), typeName(v)));
    *value = v.toString();
    return true;
}

bool SchemaReader::readBool(const QJsonObject &object, const char *member, bool *value)
{
    const QJsonValue v = object.value(QLatin1String(member));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(tr("\"%1\" must be true or false, not %2").arg(QLatin1String(member), typeName(v)));
    *value = v.toBool();
    return true;
}

bool SchemaReader::readArray(const QJsonObject &object, const char *member, QJsonArray *value,
                             bool required)
{
    const QJsonValue v = object.value(QLatin1String(member));
    if (v.isUndefined()) {
        if (required)
            return fail(tr("\"%1\" is missing").arg(QLatin1String(member)));
        *value = {};
        return true;
    }
    if (!v.isArray())
        return fail(tr("\"%1\" must be a list, not %2").arg(QLatin1String(member), typeName(v)));
    *value = v.toArray();
    return true;
}
