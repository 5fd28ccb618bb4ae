#include "schemareader.h"

#include <cmath>

// The parts of a table other than its columns (indexes, CHECKs, options) and the checks of
// what tables say about other tables, split from schemareader.cpp for its size.

bool SchemaReader::readIndex(const JsonNode &x, const Table &table, TableIndex *index)
{
    if (!readId(x, "id", &index->id) || !claimId(index->id) || !readString(x, "name", &index->name)
        || !readIdList(x, "columns", &index->columns, true, true)
        || !readBool(x, "unique", &index->unique) || !readString(x, "method", &index->method)
        || !readString(x, "kind", &index->kind) || !readString(x, "where", &index->predicate)
        || !readIdList(x, "include", &index->includeColumns, false)
        || !readString(x, "options", &index->options))
        return false;
    if (index->columns.isEmpty())
        return fail(tr("an index needs at least one column"));
    JsonNode parts;
    if (!readArray(x, "parts", &parts))
        return false;
    if (parts.size() > index->columns.size())
        return fail(tr("\"parts\" has %1 entries for %2 columns")
                        .arg(parts.size())
                        .arg(index->columns.size()));
    for (int p = 0; p < parts.size(); ++p) {
        enter(QLatin1String("parts"), p);
        if (!parts.at(p).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(parts.at(p))));
        const JsonNode o = parts.at(p).toObject();
        IndexPart part;
        if (!readString(o, "expression", &part.expression)
            || !readString(o, "collation", &part.collation)
            || !readString(o, "operatorClass", &part.operatorClass)
            || !readBool(o, "descending", &part.descending)
            || !readString(o, "nulls", &part.nullsOrder)
            || !readInt(o, "prefixLength", &part.prefixLength, 0, 65535))
            return false;
        if (!part.nullsOrder.isEmpty() && part.nullsOrder != QLatin1String("FIRST")
            && part.nullsOrder != QLatin1String("LAST"))
            return fail(tr("\"nulls\" must be FIRST or LAST, not \"%1\"").arg(part.nullsOrder));
        leave();
        index->parts << part;
    }
    // Column id 0 stands for an expression part, which must then have its expression.
    for (int c = 0; c < index->columns.size(); ++c) {
        const Id id = index->columns.at(c);
        if (id == 0 && index->part(c).expression.trimmed().isEmpty())
            return fail(
                tr("columns[%1] is 0 (an expression) but parts[%1] has no expression").arg(c));
        if (id != 0 && !table.column(id))
            return fail(tr("column id %1 is not a column of this table").arg(id));
    }
    for (Id id : index->includeColumns) {
        if (!table.column(id))
            return fail(tr("column id %1 is not a column of this table").arg(id));
    }
    return true;
}

bool SchemaReader::readChecks(const JsonNode &object, const Table *table,
                              QVector<CheckConstraint> *checks)
{
    JsonNode array;
    if (!readArray(object, "checks", &array))
        return false;
    for (int i = 0; i < array.size(); ++i) {
        enter(QLatin1String("checks"), i);
        if (!array.at(i).isObject())
            return fail(tr("expected an object, found %1").arg(typeName(array.at(i))));
        CheckConstraint check;
        if (!readCheck(array.at(i).toObject(), table, &check))
            return false;
        leave();
        *checks << check;
    }
    return true;
}

bool SchemaReader::readCheck(const JsonNode &object, const Table *table, CheckConstraint *check)
{
    if (table && (!readId(object, "id", &check->id) || !claimId(check->id)))
        return false;
    if (!readString(object, "name", &check->name)
        || !readString(object, "expression", &check->expression, true)
        || !readBool(object, "noInherit", &check->noInherit))
        return false;
    if (check->expression.trimmed().isEmpty())
        return fail(tr("\"expression\" is empty"));
    if (table && object.contains(QLatin1String("column"))) {
        if (!readId(object, "column", &check->column))
            return false;
        if (!table->column(check->column))
            return fail(tr("column id %1 is not a column of this table").arg(check->column));
    }
    return true;
}

bool SchemaReader::readTableOptions(const JsonNode &o, TableOptions *options)
{
    if (!readBool(o, "withoutRowid", &options->withoutRowid)
        || !readBool(o, "strict", &options->strict) || !readString(o, "engine", &options->engine)
        || !readString(o, "charset", &options->charset)
        || !readString(o, "collation", &options->collation)
        || !readString(o, "rowFormat", &options->rowFormat)
        || !readString(o, "autoIncrement", &options->autoIncrementStart)
        || !readString(o, "other", &options->otherOptions)
        || !readBool(o, "unlogged", &options->unlogged)
        || !readString(o, "partitionBy", &options->partitionBy)
        || !readString(o, "partitionBound", &options->partitionBound)
        || !readIdList(o, "inherits", &options->inherits, false)
        || !readString(o, "storage", &options->storageParameters)
        || !readString(o, "tablespace", &options->tablespace))
        return false;
    if (o.contains(QLatin1String("partitionOf"))
        && !readId(o, "partitionOf", &options->partitionOf))
        return false;
    return true;
}

// Partitions and inheritance name other tables by id; they can only be checked once every table
// has been read.
bool SchemaReader::checkTableReferences()
{
    for (Id tableId : m_schema.tableIds()) {
        const Table &table = *m_schema.table(tableId);
        const Id parent = table.options.partitionOf;
        const bool parentMissing = parent && (!m_schema.table(parent) || parent == tableId);
        Id missingInherited = 0;
        for (Id inherited : table.options.inherits) {
            if (!m_schema.table(inherited) || inherited == tableId) {
                missingInherited = inherited;
                break;
            }
        }
        if (!parentMissing && !missingInherited)
            continue;
        // The path only for the message: tableIndex() is a search.
        m_path.clear();
        enter(QLatin1String("schema"));
        enter(QLatin1String("tables"), m_schema.tableIndex(tableId));
        nameStep(table.name);
        enter(QLatin1String("options"));
        if (parentMissing)
            return fail(tr("\"partitionOf\" %1 is not the id of another table").arg(parent));
        return fail(tr("\"inherits\" names %1, which is not the id of another table")
                        .arg(missingInherited));
    }
    m_path.clear();
    return true;
}
