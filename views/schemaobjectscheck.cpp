#include "schemaobjectscheck.h"

#include "schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
// Types, sequences and tables in one namespace per schema; names compared without case, as
// the rest of Joinery compares them.
QString key(const QString &schemaName, const QString &name)
{
    return schemaName.toLower() + QLatin1Char('.') + name.trimmed().toLower();
}

bool isInteger(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    return text.isEmpty() || integer.match(text.trimmed()).hasMatch();
}
} // namespace

bool SchemaObjectsCheck::declaresType(const QString &declaredType, const QString &typeName)
{
    QString text = declaredType.trimmed();
    while (text.endsWith(QLatin1Char(']'))) {
        const int open = text.lastIndexOf(QLatin1Char('['));
        if (open < 0)
            break;
        text = text.left(open).trimmed();
    }
    text.remove(QLatin1Char('"'));
    const int dot = text.lastIndexOf(QLatin1Char('.'));
    const QString bare = dot >= 0 ? text.mid(dot + 1) : text;
    return !typeName.isEmpty() && bare.compare(typeName.trimmed(), Qt::CaseInsensitive) == 0;
}

QStringList SchemaObjectsCheck::columnsUsing(const Schema &schema, const QString &typeName)
{
    QStringList names;
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        for (const Column &column : table.columns) {
            if (column.typeDeclared && declaresType(column.declaredType, typeName))
                names << table.name + QLatin1Char('.') + column.name;
        }
    }
    return names;
}

QString SchemaObjectsCheck::typeProblem(const UserType &type)
{
    const QString name = type.name.trimmed();
    if (name.isEmpty())
        return tr("A type has no name.");
    switch (type.kind) {
    case UserType::Kind::Enum: {
        if (type.values.isEmpty())
            return tr("The enum type %1 has no values: give it at least one.").arg(name);
        QSet<QString> seen;
        for (const QString &value : type.values) {
            if (value.isEmpty())
                return tr("The enum type %1 has an empty value.").arg(name);
            // Exactly as written: 'a' and 'A ' are different values to the engine.
            if (seen.contains(value))
                return tr("The enum type %1 has the value '%2' twice.").arg(name, value);
            seen.insert(value);
        }
        break;
    }
    case UserType::Kind::Domain:
        if (type.baseType.trimmed().isEmpty())
            return tr("The domain %1 has no base type.").arg(name);
        for (const CheckConstraint &check : type.checks) {
            if (check.expression.trimmed().isEmpty())
                return tr("The domain %1 has a CHECK constraint without a condition.").arg(name);
        }
        break;
    case UserType::Kind::Other:
        if (type.definition.trimmed().isEmpty())
            return tr("The type %1 has no definition.").arg(name);
        break;
    }
    return QString();
}

QString SchemaObjectsCheck::sequenceProblem(const Sequence &sequence)
{
    const QString name = sequence.name.trimmed();
    if (name.isEmpty())
        return tr("A sequence has no name.");
    for (const QString &number : {sequence.start, sequence.increment, sequence.minValue,
                                  sequence.maxValue, sequence.cache}) {
        if (!isInteger(number))
            return tr("The sequence %1: '%2' is not a whole number.").arg(name, number);
    }
    if (!sequence.increment.isEmpty() && sequence.increment.trimmed().toLongLong() == 0)
        return tr("The sequence %1 has an increment of 0.").arg(name);
    return QString();
}

QStringList SchemaObjectsCheck::columnsUsingSequence(const Schema &schema,
                                                     const QString &sequenceName)
{
    // DEFAULT nextval('name'), nextval('public.name'::regclass), nextval('"Name"').
    static const QRegularExpression nextval(QStringLiteral("nextval\\s*\\(\\s*'([^']*)'"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        for (const Column &column : table.columns) {
            auto it = nextval.globalMatch(column.defaultValue);
            while (it.hasNext()) {
                if (declaresType(it.next().captured(1), sequenceName)) {
                    names << table.name + QLatin1Char('.') + column.name;
                    break;
                }
            }
        }
    }
    return names;
}

QString SchemaObjectsCheck::removedSequenceProblem(const Schema &schema,
                                                   const QVector<Sequence> &sequences)
{
    QHash<Id, QString> kept;
    for (const Sequence &sequence : sequences)
        kept.insert(sequence.id, sequence.name);
    for (const Sequence &old : schema.sequences) {
        const auto it = kept.constFind(old.id);
        if (it != kept.constEnd() && it->trimmed().compare(old.name, Qt::CaseInsensitive) == 0)
            continue;
        const QStringList users = columnsUsingSequence(schema, old.name);
        if (users.isEmpty())
            continue;
        const QString list = users.join(QStringLiteral(", "));
        if (it == kept.constEnd())
            return tr("The sequence %1 cannot be removed: it is still used by %2.")
                .arg(old.name, list);
        return tr("The sequence %1 cannot be renamed while it is used by %2.").arg(old.name, list);
    }
    return QString();
}

QString SchemaObjectsCheck::removedTypeProblem(const Schema &schema, const QVector<UserType> &types)
{
    QHash<Id, QString> kept;
    for (const UserType &type : types)
        kept.insert(type.id, type.name);
    for (const UserType &old : schema.userTypes) {
        const auto it = kept.constFind(old.id);
        if (it != kept.constEnd() && it->trimmed().compare(old.name, Qt::CaseInsensitive) == 0)
            continue;
        QStringList users = columnsUsing(schema, old.name);
        for (const UserType &other : types) {
            if (other.id != old.id && other.kind == UserType::Kind::Domain
                && declaresType(other.baseType, old.name))
                users << tr("the domain %1").arg(other.name);
        }
        if (users.isEmpty())
            continue;
        const QString list = users.join(QStringLiteral(", "));
        if (it == kept.constEnd())
            return tr("The type %1 cannot be removed: it is still used by %2.").arg(old.name, list);
        return tr("The type %1 cannot be renamed while it is used by %2.").arg(old.name, list);
    }
    return QString();
}

QString SchemaObjectsCheck::problem(const Schema &schema, const QStringList &extensions,
                                    const QVector<UserType> &types,
                                    const QVector<Sequence> &sequences)
{
    QSet<QString> seenExtensions;
    for (const QString &extension : extensions) {
        if (extension.trimmed().isEmpty())
            return tr("An extension has no name.");
        if (seenExtensions.contains(extension.trimmed().toLower()))
            return tr("The extension %1 is listed twice.").arg(extension.trimmed());
        seenExtensions.insert(extension.trimmed().toLower());
    }

    QHash<QString, QString> taken; // key -> what holds it, for the message
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        taken.insert(key(table.schemaName, table.name), tr("the table %1").arg(table.name));
    }
    for (const UserType &type : types) {
        const QString problem = typeProblem(type);
        if (!problem.isEmpty())
            return problem;
        const QString k = key(type.schemaName, type.name);
        if (taken.contains(k))
            return tr("The name %1 is already used by %2.")
                .arg(type.name.trimmed(), taken.value(k));
        taken.insert(k, tr("the type %1").arg(type.name.trimmed()));
    }
    for (const Sequence &sequence : sequences) {
        const QString problem = sequenceProblem(sequence);
        if (!problem.isEmpty())
            return problem;
        const QString k = key(sequence.schemaName, sequence.name);
        if (taken.contains(k))
            return tr("The name %1 is already used by %2.")
                .arg(sequence.name.trimmed(), taken.value(k));
        taken.insert(k, tr("the sequence %1").arg(sequence.name.trimmed()));
    }
    const QString removedType = removedTypeProblem(schema, types);
    return removedType.isEmpty() ? removedSequenceProblem(schema, sequences) : removedType;
}
