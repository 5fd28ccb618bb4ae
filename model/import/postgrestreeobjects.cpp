// PostgresTreeReader's schema objects: sequences (CREATE/ALTER SEQUENCE and their options),
// enums and domains.
#include "ddlcollector.h"
#include "importreport.h"
#include "pgtreejson.h"
#include "postgrestreereader.h"

using namespace PgTreeJson;

// A DefElem's argument as text: a number (big ones come as Float), a word, a type.
QString PostgresTreeReader::optionText(const QJsonValue &argument) const
{
    const auto [node, body] = unwrap(argument);
    if (node == QLatin1String("Integer"))
        return QString::number(body.value(QLatin1String("ival")).toInteger());
    if (node == QLatin1String("Float"))
        return body.value(QLatin1String("fval")).toString();
    if (node == QLatin1String("String"))
        return body.value(QLatin1String("sval")).toString();
    if (node == QLatin1String("Boolean"))
        return body.value(QLatin1String("boolval")).toBool() ? QStringLiteral("true")
                                                             : QStringLiteral("false");
    if (node == QLatin1String("TypeName"))
        return typeText(body);
    return {};
}

void PostgresTreeReader::createSequence(const QJsonObject &node)
{
    const QJsonObject relation = node.value(QLatin1String("sequence")).toObject();
    ImportedSequence imported;
    imported.sequence.name = relation.value(QLatin1String("relname")).toString();
    imported.sequence.schemaName = relation.value(QLatin1String("schemaname")).toString();
    applySequenceOptions(node.value(QLatin1String("options")).toArray(), &imported);
    auto &sequences = m_collector->schema().sequences;
    for (const ImportedSequence &existing : std::as_const(sequences)) {
        if (existing.sequence.name.compare(imported.sequence.name, Qt::CaseInsensitive) == 0)
            return; // CREATE SEQUENCE IF NOT EXISTS of one already there
    }
    sequences.append(imported);
}

// ALTER SEQUENCE of a sequence the script created: pg_dump writes every serial column's
// sequence so, CREATE SEQUENCE then ALTER SEQUENCE ... OWNED BY. False when there is no such
// sequence (the statement is then reported as skipped).
bool PostgresTreeReader::alterSequence(const QJsonObject &node)
{
    const QString name = node.value(QLatin1String("sequence"))
                             .toObject()
                             .value(QLatin1String("relname"))
                             .toString();
    for (ImportedSequence &existing : m_collector->schema().sequences) {
        if (existing.sequence.name.compare(name, Qt::CaseInsensitive) == 0) {
            applySequenceOptions(node.value(QLatin1String("options")).toArray(), &existing);
            return true;
        }
    }
    return false;
}

void PostgresTreeReader::applySequenceOptions(const QJsonArray &options,
                                              ImportedSequence *imported) const
{
    Sequence &sequence = imported->sequence;
    for (const QJsonValue &value : options) {
        const QJsonObject option = value.toObject().value(QLatin1String("DefElem")).toObject();
        const QString name = option.value(QLatin1String("defname")).toString();
        const QString text = optionText(option.value(QLatin1String("arg")));
        if (name == QLatin1String("as"))
            sequence.dataType = text;
        else if (name == QLatin1String("start"))
            sequence.start = text;
        else if (name == QLatin1String("increment"))
            sequence.increment = text;
        else if (name == QLatin1String("minvalue"))
            sequence.minValue = text;
        else if (name == QLatin1String("maxvalue"))
            sequence.maxValue = text;
        else if (name == QLatin1String("cache"))
            sequence.cache = text;
        else if (name == QLatin1String("cycle"))
            sequence.cycle = text != QLatin1String("false") && text != QLatin1String("0");
        else if (name == QLatin1String("owned_by")) {
            const QStringList parts = strings(option.value(QLatin1String("arg"))
                                                  .toObject()
                                                  .value(QLatin1String("List"))
                                                  .toObject()
                                                  .value(QLatin1String("items"))
                                                  .toArray());
            // OWNED BY NONE is the one-part list ["none"].
            imported->ownedByTable = parts.size() >= 2 ? parts.at(parts.size() - 2) : QString();
            imported->ownedByColumn = parts.size() >= 2 ? parts.last() : QString();
        }
    }
}

void PostgresTreeReader::createEnum(const QJsonObject &node)
{
    const QStringList name = strings(node.value(QLatin1String("typeName")).toArray());
    if (name.isEmpty())
        return;
    UserType type;
    type.kind = UserType::Kind::Enum;
    type.name = name.last();
    if (name.size() > 1)
        type.schemaName = name.at(name.size() - 2);
    type.values = strings(node.value(QLatin1String("vals")).toArray());
    m_collector->schema().userTypes.append(type);
}

void PostgresTreeReader::createDomain(const QJsonObject &node)
{
    const QStringList name = strings(node.value(QLatin1String("domainname")).toArray());
    if (name.isEmpty())
        return;
    UserType type;
    type.kind = UserType::Kind::Domain;
    type.name = name.last();
    if (name.size() > 1)
        type.schemaName = name.at(name.size() - 2);
    type.baseType = typeText(node.value(QLatin1String("typeName")).toObject());
    const QStringList collation = strings(node.value(QLatin1String("collClause"))
                                              .toObject()
                                              .value(QLatin1String("collname"))
                                              .toArray());
    if (!collation.isEmpty())
        type.collation = collation.last();
    for (const QJsonValue &value : node.value(QLatin1String("constraints")).toArray()) {
        const QJsonObject c = value.toObject().value(QLatin1String("Constraint")).toObject();
        const QString kind = c.value(QLatin1String("contype")).toString();
        if (kind == QLatin1String("CONSTR_NOTNULL")) {
            type.notNull = true;
        } else if (kind == QLatin1String("CONSTR_DEFAULT")) {
            type.defaultValue = expressionText(c.value(QLatin1String("raw_expr")));
        } else if (kind == QLatin1String("CONSTR_CHECK")) {
            CheckConstraint check;
            check.name = c.value(QLatin1String("conname")).toString();
            check.expression = checkText(c);
            type.checks.append(check);
        }
    }
    m_collector->schema().userTypes.append(type);
}
