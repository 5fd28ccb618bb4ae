#include "schemareader.h"
#include "filebytes.h"
#include "integritycheck.h"
#include "schemawriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
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

} // namespace

void SchemaReader::failed()
{
    m_schema = Schema();
    m_tree = JsonTree();
}

bool SchemaReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("\"%1\" is a folder, not a Joinery file.").arg(path));
    FileBytes file; // freed on return: the tree that points into it is emptied by then
    if (!file.read(path, m_maximumFileSize)) {
        if (file.tooLarge())
            return fail(tr("\"%1\" is %2 bytes, more than the %3 bytes a Joinery file may have; "
                           "it was not read.")
                            .arg(path)
                            .arg(file.size())
                            .arg(m_maximumFileSize));
        return fail(tr("Cannot open \"%1\": %2.").arg(path, file.error()));
    }
    if (!read(file.bytes())) {
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
    m_ids.clear();
    m_repeatedId = false;
    m_types.clear();
    // About one id per 1.2 KB of a .joinery file: reserved, the set is not rehashed ten times.
    m_ids.reserve(data.size() / 1200 + 64);

    // Without copying the data (a large schema is tens of megabytes).
    if (std::all_of(data.cbegin(), data.cend(), [](char c) { return isspace(uchar(c)); }))
        return fail(tr("The file is empty."));
    if (data.size() > m_maximumFileSize)
        return fail(
            tr("The data is larger than %1 bytes; it was not read.").arg(m_maximumFileSize));
    const int nul = data.indexOf('\0');
    if (nul >= 0)
        return fail(tr("This is not a Joinery file: it holds binary data (a zero byte at offset "
                       "%1).")
                        .arg(nul));
    // Without decoding it (QStringDecoder's check, at a fraction of the cost).
    if (!data.isValidUtf8())
        return fail(tr("This is not a Joinery file: it is not UTF-8 text."));

    // The fast tree first; what it refuses, QJsonDocument parses (see JsonTree).
    if (!m_tree.parse(data)) {
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
        m_tree.adopt(document.object());
    }
    const JsonNode root = m_tree.root();

    const JsonNode format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return fail(tr("This is not a Joinery file: it has no \"format\" version."));
    if (!format.isDouble() || format.toDouble() != std::floor(format.toDouble())
        || format.toDouble() < 1)
        return fail(
            tr("\"format\" must be a whole number from 1, not %1.")
                .arg(format.isDouble() ? QString::number(format.toDouble()) : typeName(format)));
    if (format.toInt() > SchemaWriter::FormatVersion)
        return fail(tr("This file was written by a newer Joinery (format %1); this version reads "
                       "format %2 and older. Nothing was loaded.")
                        .arg(format.toInt())
                        .arg(SchemaWriter::FormatVersion));

    const JsonNode schema = root.value(QLatin1String("schema"));
    if (!schema.isObject())
        return fail(tr("\"schema\" must be an object, not %1.").arg(typeName(schema)));
    enter(QLatin1String("schema"));
    if (!readSchema(schema.toObject())) {
        if (m_repeatedId && !m_recordClaimSites) {
            m_recordClaimSites = true; // for the message: where the id was met first
            const bool ok = read(data);
            m_recordClaimSites = false;
            return ok;
        }
        return false;
    }
    m_path.clear();

    const QStringList broken = IntegrityCheck::check(m_schema);
    if (!broken.isEmpty())
        return fail(tr("The schema is inconsistent: %1.").arg(broken.first()));

    for (int i = 0; i < root.memberCount(); ++i) {
        const QString key = root.keyAt(i);
        if (key != QLatin1String("schema") && key != QLatin1String("format")
            && key != QLatin1String("application"))
            m_extra.insert(key, root.valueAt(i).toJsonValue());
    }
    m_tree = JsonTree();
    return true;
}

bool SchemaReader::readSchema(const JsonNode &object)
{
    if (!readString(object, "name", &m_schema.name)
        || !readString(object, "targetDialect", &m_schema.targetDialect)
        || !readString(object, "sourceDialect", &m_schema.sourceDialect)
        || !readStringList(object, "extensions", &m_schema.extensions))
        return false;

    JsonNode types;
    if (!readArray(object, "userTypes", &types))
        return false;
    for (int i = 0; i < types.size(); ++i) {
        enter(QLatin1String("userTypes"), i);
        if (!types.at(i).isObject())
            return fail(tr("expected a type object, found %1").arg(typeName(types.at(i))));
        UserType type;
        if (!readUserType(types.at(i).toObject(), &type))
            return false;
        leave();
        m_schema.userTypes << type;
        m_schema.reserveIdsUpTo(type.id);
    }

    JsonNode tables;
    if (!readArray(object, "tables", &tables, true))
        return false;
    for (int i = 0; i < tables.size(); ++i) {
        enter(QLatin1String("tables"), i);
        if (!tables.at(i).isObject())
            return fail(tr("expected a table object, found %1").arg(typeName(tables.at(i))));
        Table table;
        if (!readTable(tables.at(i).toObject(), &table))
            return false;
        leave();
        m_schema.insertTable(-1, table);
    }

    JsonNode keys;
    if (!readArray(object, "foreignKeys", &keys))
        return false;
    for (int i = 0; i < keys.size(); ++i) {
        enter(QLatin1String("foreignKeys"), i);
        if (!keys.at(i).isObject())
            return fail(tr("expected a foreign key object, found %1").arg(typeName(keys.at(i))));
        ForeignKey key;
        if (!readKey(keys.at(i).toObject(), &key))
            return false;
        leave();
        m_schema.insertForeignKey(-1, key);
    }

    // Sequences last: OWNED BY names a column, so the tables must be known.
    JsonNode sequences;
    if (!readArray(object, "sequences", &sequences))
        return false;
    for (int i = 0; i < sequences.size(); ++i) {
        enter(QLatin1String("sequences"), i);
        if (!sequences.at(i).isObject())
            return fail(tr("expected a sequence object, found %1").arg(typeName(sequences.at(i))));
        Sequence sequence;
        if (!readSequence(sequences.at(i).toObject(), &sequence))
            return false;
        leave();
        m_schema.sequences << sequence;
        m_schema.reserveIdsUpTo(sequence.id);
    }

    JsonNode areas;
    if (!readArray(object, "subjectAreas", &areas))
        return false;
    for (int i = 0; i < areas.size(); ++i) {
        enter(QLatin1String("subjectAreas"), i);
        if (!areas.at(i).isObject())
            return fail(tr("expected a subject area object, found %1").arg(typeName(areas.at(i))));
        SubjectArea area;
        if (!readSubjectArea(areas.at(i).toObject(), &area))
            return false;
        leave();
        m_schema.subjectAreas << area;
        m_schema.reserveIdsUpTo(area.id);
    }
    return checkTableReferences();
}

bool SchemaReader::readTable(const JsonNode &object, Table *table)
{
    if (!readId(object, "id", &table->id) || !readString(object, "name", &table->name, true))
        return false;
    nameStep(table->name);
    if (!claimId(table->id) || !readString(object, "comment", &table->comment)
        || !readString(object, "schema", &table->schemaName))
        return false;

    QString color;
    if (!readString(object, "color", &color))
        return false;
    if (!color.isEmpty()) {
        table->color = QColor(color);
        if (!table->color.isValid())
            return fail(
                tr("\"color\" must be a colour such as \"#4a90d9\", not \"%1\"").arg(color));
    }
    const JsonNode position = object.value(QLatin1String("position"));
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

    JsonNode columns;
    if (!readArray(object, "columns", &columns, true))
        return false;
    table->columns.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i) {
        enter(QLatin1String("columns"), i);
        if (!columns.at(i).isObject())
            return fail(tr("expected a column object, found %1").arg(typeName(columns.at(i))));
        Column column;
        if (!readColumn(columns.at(i).toObject(), &column))
            return false;
        leave();
        table->columns << std::move(column);
    }

    auto checkColumns = [&](const QVector<Id> &ids) {
        for (Id id : ids) {
            if (!table->column(id))
                return fail(tr("column id %1 is not a column of this table").arg(id));
        }
        return true;
    };

    const JsonNode primaryKey = object.value(QLatin1String("primaryKey"));
    if (!primaryKey.isUndefined()) {
        enter(QLatin1String("primaryKey"));
        if (!primaryKey.isObject())
            return fail(tr("expected an object, found %1").arg(typeName(primaryKey)));
        if (!readString(primaryKey.toObject(), "name", &table->primaryKeyName)
            || !readIdList(primaryKey.toObject(), "columns", &table->primaryKey)
            || !checkColumns(table->primaryKey))
            return false;
        leave();
    }

    JsonNode uniques;
    if (!readArray(object, "uniqueConstraints", &uniques))
        return false;
    for (int i = 0; i < uniques.size(); ++i) {
        enter(QLatin1String("uniqueConstraints"), i);
        const JsonNode u = uniques.at(i).toObject();
        if (!uniques.at(i).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(uniques.at(i))));
        UniqueConstraint constraint;
        QString deferrable;
        if (!readId(u, "id", &constraint.id) || !claimId(constraint.id)
            || !readString(u, "name", &constraint.name)
            || !readIdList(u, "columns", &constraint.columns) || !checkColumns(constraint.columns)
            || !readString(u, "deferrable", &deferrable)
            || !readBool(u, "nullsNotDistinct", &constraint.nullsNotDistinct))
            return false;
        if (!deferrable.isEmpty()
            && !ActionNames::fromFileName(deferrable, &constraint.deferrability))
            return fail(tr("\"deferrable\" must be not-deferrable, deferrable-initially-immediate "
                           "or deferrable-initially-deferred, not \"%1\"")
                            .arg(deferrable));
        if (constraint.columns.isEmpty())
            return fail(tr("a unique constraint needs at least one column"));
        leave();
        table->uniqueConstraints << constraint;
    }

    JsonNode indexes;
    if (!readArray(object, "indexes", &indexes))
        return false;
    for (int i = 0; i < indexes.size(); ++i) {
        enter(QLatin1String("indexes"), i);
        const JsonNode x = indexes.at(i).toObject();
        if (!indexes.at(i).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(indexes.at(i))));
        TableIndex index;
        if (!readIndex(x, *table, &index))
            return false;
        leave();
        table->indexes << index;
    }

    if (!readChecks(object, table, &table->checks))
        return false;

    JsonNode triggers;
    if (!readArray(object, "triggers", &triggers))
        return false;
    for (int i = 0; i < triggers.size(); ++i) {
        enter(QLatin1String("triggers"), i);
        const JsonNode t = triggers.at(i).toObject();
        if (!triggers.at(i).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(triggers.at(i))));
        Trigger trigger;
        if (!readId(t, "id", &trigger.id) || !claimId(trigger.id)
            || !readString(t, "name", &trigger.name) || !readString(t, "sql", &trigger.sql, true))
            return false;
        leave();
        table->triggers << trigger;
    }

    const JsonNode options = object.value(QLatin1String("options"));
    if (!options.isUndefined()) {
        enter(QLatin1String("options"));
        if (!options.isObject())
            return fail(tr("expected an object, found %1").arg(typeName(options)));
        if (!readTableOptions(options.toObject(), &table->options))
            return false;
        leave();
    }
    return true;
}

bool SchemaReader::readColumn(const JsonNode &object, Column *column)
{
    if (!readId(object, "id", &column->id) || !readString(object, "name", &column->name, true))
        return false;
    nameStep(column->name);
    QString type;
    if (!claimId(column->id) || !readString(object, "type", &type, true))
        return false;
    column->typeDeclared = object.contains(QLatin1String("declaredType"));
    if (!readString(object, "declaredType", &column->declaredType))
        return false;
    // A SQLite column may be declared without a type; every other column needs one.
    if (type.trimmed().isEmpty() && !(column->typeDeclared && column->declaredType.isEmpty()))
        return fail(tr("\"type\" is empty"));
    auto known = m_types.constFind(type);
    if (known == m_types.constEnd())
        known = m_types.insert(type, DataType::parse(type));
    column->type = *known;
    QString identity;
    if (!readBool(object, "unsigned", &column->isUnsigned)
        || !readString(object, "collation", &column->collation)
        || !readBool(object, "nullable", &column->nullable)
        || !readString(object, "default", &column->defaultValue)
        || !readString(object, "onUpdate", &column->onUpdateValue)
        || !readBool(object, "autoIncrement", &column->autoIncrement)
        || !readString(object, "identity", &identity)
        || !readString(object, "identityOptions", &column->identityOptions)
        || !readString(object, "generated", &column->generatedExpression)
        || !readBool(object, "generatedStored", &column->generatedStored)
        || !readString(object, "comment", &column->comment))
        return false;
    if (identity == QLatin1String("always"))
        column->identity = IdentityGeneration::Always;
    else if (identity == QLatin1String("by-default"))
        column->identity = IdentityGeneration::ByDefault;
    else if (!identity.isEmpty())
        return fail(tr("\"identity\" must be always or by-default, not \"%1\"").arg(identity));
    return true;
}

bool SchemaReader::readKey(const JsonNode &object, ForeignKey *key)
{
    if (!readId(object, "id", &key->id) || !readString(object, "name", &key->name))
        return false;
    nameStep(key->name);
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
            return fail(
                tr("child column id %1 is not a column of table \"%2\"").arg(id).arg(child->name));
    }
    for (Id id : key->parentColumns) {
        if (!parent->column(id))
            return fail(tr("parent column id %1 is not a column of table \"%2\"")
                            .arg(id)
                            .arg(parent->name));
    }

    struct ActionField
    {
        const char *member;
        ReferentialAction *target;
    };
    for (const ActionField &field :
         {ActionField{"onDelete", &key->onDelete}, ActionField{"onUpdate", &key->onUpdate}}) {
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
    if (!readIdList(object, "deleteSetColumns", &key->deleteSetColumns, false))
        return false;
    for (Id id : key->deleteSetColumns) {
        if (!key->childColumns.contains(id))
            return fail(tr("\"deleteSetColumns\" names column id %1, which is not a child column "
                           "of the key")
                            .arg(id));
    }
    return true;
}

bool SchemaReader::claimId(Id id)
{
    if (!m_recordClaimSites) {
        const qsizetype before = m_ids.size();
        m_ids.insert(id);
        if (m_ids.size() == before) {
            m_repeatedId = true; // read() reads again, noting where each id is met
            return fail(QString());
        }
        return true;
    }
    const auto it = m_claimed.constFind(id);
    if (it != m_claimed.constEnd())
        return fail(
            tr("id %1 is already used by %2").arg(id).arg(it.value().join(QStringLiteral(" › "))));
    m_claimed.insert(id, pathSteps());
    return true;
}

bool SchemaReader::readUserType(const JsonNode &object, UserType *type)
{
    QString kind;
    if (!readId(object, "id", &type->id) || !readString(object, "name", &type->name, true))
        return false;
    nameStep(type->name);
    if (!claimId(type->id) || !readString(object, "kind", &kind, true)
        || !readString(object, "schema", &type->schemaName)
        || !readStringList(object, "values", &type->values)
        || !readString(object, "baseType", &type->baseType)
        || !readString(object, "collation", &type->collation)
        || !readString(object, "default", &type->defaultValue)
        || !readBool(object, "notNull", &type->notNull)
        || !readString(object, "definition", &type->definition)
        || !readString(object, "comment", &type->comment))
        return false;
    if (kind == QLatin1String("enum"))
        type->kind = UserType::Kind::Enum;
    else if (kind == QLatin1String("domain"))
        type->kind = UserType::Kind::Domain;
    else if (kind == QLatin1String("other"))
        type->kind = UserType::Kind::Other;
    else
        return fail(tr("\"kind\" must be enum, domain or other, not \"%1\"").arg(kind));
    if (type->kind == UserType::Kind::Domain && type->baseType.trimmed().isEmpty())
        return fail(tr("a domain needs a \"baseType\""));
    if (!readChecks(object, nullptr, &type->checks))
        return false;
    return true;
}

bool SchemaReader::readSubjectArea(const JsonNode &object, SubjectArea *area)
{
    if (!readId(object, "id", &area->id) || !readString(object, "name", &area->name, true))
        return false;
    nameStep(area->name);
    if (area->name.trimmed().isEmpty())
        return fail(tr("\"name\" is empty"));
    QString color;
    JsonNode tables;
    if (!claimId(area->id) || !readString(object, "color", &color)
        || !readArray(object, "tables", &tables))
        return false;
    if (!color.isEmpty()) {
        area->color = QColor(color);
        if (!area->color.isValid())
            return fail(
                tr("\"color\" must be a colour such as \"#4a90d9\", not \"%1\"").arg(color));
    }
    QSet<Id> seen;
    for (int i = 0; i < tables.size(); ++i) {
        const double number = tables.at(i).toDouble(-1);
        if (!tables.at(i).isDouble() || number < 1 || number != std::floor(number))
            return fail(
                tr("\"tables\"[%1] must be a table id, not %2").arg(i).arg(typeName(tables.at(i))));
        const Id id = Id(number);
        const Table *table = m_schema.table(id);
        if (!table)
            return fail(tr("\"tables\"[%1] is %2, which is not the id of a table").arg(i).arg(id));
        if (seen.contains(id))
            return fail(
                tr("\"tables\"[%1] names table \"%2\" a second time").arg(i).arg(table->name));
        seen.insert(id);
        area->tables << id;
    }
    return true;
}

bool SchemaReader::readSequence(const JsonNode &object, Sequence *sequence)
{
    if (!readId(object, "id", &sequence->id) || !readString(object, "name", &sequence->name, true))
        return false;
    nameStep(sequence->name);
    if (!claimId(sequence->id) || !readString(object, "schema", &sequence->schemaName)
        || !readString(object, "dataType", &sequence->dataType)
        || !readString(object, "start", &sequence->start)
        || !readString(object, "increment", &sequence->increment)
        || !readString(object, "minValue", &sequence->minValue)
        || !readString(object, "maxValue", &sequence->maxValue)
        || !readString(object, "cache", &sequence->cache)
        || !readBool(object, "cycle", &sequence->cycle))
        return false;
    if (object.contains(QLatin1String("ownedBy"))) {
        if (!readId(object, "ownedBy", &sequence->ownedBy))
            return false;
        if (!m_schema.column(sequence->ownedBy))
            return fail(tr("\"ownedBy\" %1 is not the id of a column").arg(sequence->ownedBy));
    }
    return true;
}
