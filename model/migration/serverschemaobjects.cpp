// ServerMigrationWriter's PostgreSQL schema objects: extensions, enum and domain types,
// sequences. Created and altered ones go before the table work that uses them; OWNED BY and the
// drops come after the tables that used them are altered or dropped.
#include "servermigrationwriter.h"

#include "schemamatch.h"

#include <algorithm>

using Kind = SchemaChange::Kind;

namespace {

QString pgObjectsLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The counterpart of `object` among `others`: by id when both sides come from one document,
// else (and then) by schema and name. Imported scripts number their objects from 1, so an equal
// id alone proves nothing there.
template<typename T>
int pgObjectCounterpart(const T &object, const QVector<T> &others, bool byId)
{
    if (byId) {
        for (int i = 0; i < others.size(); ++i) {
            if (others.at(i).id == object.id)
                return i;
        }
    }
    for (int i = 0; i < others.size(); ++i) {
        if (others.at(i).schemaName == object.schemaName && others.at(i).name == object.name)
            return i;
    }
    return -1;
}

// Old index → new index for every old object that has a counterpart.
template<typename T>
QHash<int, int> pgObjectPairs(const QVector<T> &oldObjects, const QVector<T> &newObjects, bool byId)
{
    QHash<int, int> pairs;
    QSet<int> taken;
    for (int i = 0; i < oldObjects.size(); ++i) {
        const int j = pgObjectCounterpart(oldObjects.at(i), newObjects, byId);
        if (j >= 0 && !taken.contains(j)) {
            pairs.insert(i, j);
            taken.insert(j);
        }
    }
    return pairs;
}

bool sameCheckList(const CheckConstraint &a, const CheckConstraint &b)
{
    return a.name == b.name && a.expression.trimmed() == b.expression.trimmed();
}

} // namespace

int ServerMigrationWriter::schemaObjectsChange() const
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        if (m_diff.changes().at(i).kind == Kind::ChangeSchemaObjects)
            return i;
    }
    return -1;
}

QString ServerMigrationWriter::qualifiedObjectName(const QString &schemaName,
                                                   const QString &objectName) const
{
    return schemaName.isEmpty() ? name(objectName)
                                : name(schemaName) + QLatin1Char('.') + name(objectName);
}

QString ServerMigrationWriter::createdStatement(Id object, const QString &start) const
{
    for (const DdlStatement &statement : m_created.statements) {
        if (statement.objects.value(0) == object && statement.sql.startsWith(start))
            return statement.sql;
    }
    return {};
}

void ServerMigrationWriter::writeSchemaObjectsBefore(MigrationScript *script)
{
    const int change = schemaObjectsChange();
    if (change < 0 || m_dialect != Dialect::PostgreSQL)
        return;
    for (const QString &extension : m_new.extensions) {
        if (!m_old.extensions.contains(extension))
            script->add(QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1").arg(name(extension)),
                        {change});
    }
    const bool byId = SchemaMatch::sharesLineage(m_old, m_new);
    const QHash<int, int> typePairs = pgObjectPairs(m_old.userTypes, m_new.userTypes, byId);
    QSet<int> keptTypes;
    for (auto it = typePairs.cbegin(); it != typePairs.cend(); ++it)
        keptTypes.insert(it.value());
    for (int i = 0; i < m_new.userTypes.size(); ++i) {
        if (!keptTypes.contains(i))
            script->add(createdStatement(m_new.userTypes.at(i).id, QStringLiteral("CREATE ")),
                        {change});
    }
    for (int i = 0; i < m_old.userTypes.size(); ++i) {
        if (typePairs.contains(i))
            writeTypeChange(script, m_old.userTypes.at(i), m_new.userTypes.at(typePairs.value(i)),
                            change);
    }
    const QHash<int, int> sequencePairs = pgObjectPairs(m_old.sequences, m_new.sequences, byId);
    QSet<int> keptSequences;
    for (auto it = sequencePairs.cbegin(); it != sequencePairs.cend(); ++it)
        keptSequences.insert(it.value());
    for (int i = 0; i < m_new.sequences.size(); ++i) {
        if (!keptSequences.contains(i))
            script->add(
                createdStatement(m_new.sequences.at(i).id, QStringLiteral("CREATE SEQUENCE")),
                {change});
    }
    for (int i = 0; i < m_old.sequences.size(); ++i) {
        if (sequencePairs.contains(i))
            writeSequenceChange(script, m_old.sequences.at(i),
                                m_new.sequences.at(sequencePairs.value(i)), change);
    }
}

void ServerMigrationWriter::writeTypeChange(MigrationScript *script, const UserType &old,
                                            const UserType &now, int change)
{
    if (old == now)
        return;
    const bool domain = now.kind == UserType::Kind::Domain;
    const QString keyword = domain ? QStringLiteral("DOMAIN") : QStringLiteral("TYPE");
    QString typeName = qualifiedObjectName(old.schemaName, old.name);
    if (old.kind != now.kind
        || (now.kind == UserType::Kind::Other
            && old.definition.trimmed() != now.definition.trimmed())
        || (domain && (old.baseType != now.baseType || old.collation != now.collation))) {
        script->addProblem(MigrationProblem::Kind::Refused, -1,
                           tr("type %1: PostgreSQL cannot change a type's kind, definition, base "
                              "type or collation in place; it would have to be dropped with the "
                              "columns that use it.")
                               .arg(now.name));
        return;
    }
    if (old.name != now.name) {
        script->add(
            QStringLiteral("ALTER %1 %2 RENAME TO %3").arg(keyword, typeName, name(now.name)),
            {change});
        typeName = qualifiedObjectName(old.schemaName, now.name);
    }
    if (old.schemaName != now.schemaName) {
        script->add(
            QStringLiteral("ALTER %1 %2 SET SCHEMA %3")
                .arg(keyword, typeName,
                     name(now.schemaName.isEmpty() ? QStringLiteral("public") : now.schemaName)),
            {change});
        typeName = qualifiedObjectName(now.schemaName, now.name);
    }
    if (now.kind == UserType::Kind::Enum)
        writeEnumChange(script, typeName, old, now, change);
    if (!domain)
        return;
    if (old.defaultValue != now.defaultValue)
        script->add(
            now.defaultValue.isEmpty()
                ? QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT").arg(typeName)
                : QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2").arg(typeName, now.defaultValue),
            {change});
    if (old.notNull != now.notNull)
        script->add(
            QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL")
                .arg(typeName, now.notNull ? QStringLiteral("SET") : QStringLiteral("DROP")),
            {change});
    for (const CheckConstraint &check : old.checks) {
        const bool kept
            = std::any_of(now.checks.cbegin(), now.checks.cend(),
                          [&](const CheckConstraint &c) { return sameCheckList(c, check); });
        if (kept)
            continue;
        if (check.name.isEmpty())
            script->addProblem(MigrationProblem::Kind::Refused, -1,
                               tr("domain %1: a CHECK without a name cannot be dropped by name; "
                                  "name it in the old schema (as the engine named it).")
                                   .arg(now.name));
        else
            script->add(QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2")
                            .arg(typeName, name(check.name)),
                        {change});
    }
    for (const CheckConstraint &check : now.checks) {
        const bool existed
            = std::any_of(old.checks.cbegin(), old.checks.cend(),
                          [&](const CheckConstraint &c) { return sameCheckList(c, check); });
        if (!existed)
            script->add(QStringLiteral("ALTER DOMAIN %1 ADD %2")
                            .arg(typeName, m_generator->checkSql(m_new, check)),
                        {change});
    }
}

void ServerMigrationWriter::writeEnumChange(MigrationScript *script, const QString &typeName,
                                            const UserType &old, const UserType &now, int change)
{
    // Renamed values: both lists equally long and every difference at one position is a value
    // that left and a value that came (the only evidence enum values have, being without ids).
    bool renamesOnly = old.values.size() == now.values.size();
    for (int i = 0; renamesOnly && i < old.values.size(); ++i) {
        if (old.values.at(i) != now.values.at(i))
            renamesOnly
                = !now.values.contains(old.values.at(i)) && !old.values.contains(now.values.at(i));
    }
    if (renamesOnly) {
        for (int i = 0; i < old.values.size(); ++i) {
            if (old.values.at(i) != now.values.at(i))
                script->add(QStringLiteral("ALTER TYPE %1 RENAME VALUE %2 TO %3")
                                .arg(typeName, pgObjectsLiteral(old.values.at(i)),
                                     pgObjectsLiteral(now.values.at(i))),
                            {change});
        }
        return;
    }
    QStringList kept;
    for (const QString &value : old.values) {
        if (!now.values.contains(value)) {
            script->addProblem(MigrationProblem::Kind::Refused, -1,
                               tr("type %1: PostgreSQL cannot drop the enum value '%2'; "
                                  "recreate the type by hand after updating the rows that use "
                                  "it.")
                                   .arg(now.name, value));
            return;
        }
        kept << value;
    }
    QStringList keptInNewOrder;
    for (const QString &value : now.values) {
        if (old.values.contains(value))
            keptInNewOrder << value;
    }
    if (kept != keptInNewOrder) {
        script->addProblem(MigrationProblem::Kind::Refused, -1,
                           tr("type %1: PostgreSQL cannot reorder enum values.").arg(now.name));
        return;
    }
    // New values in the new order, each placed after its predecessor (already there by then),
    // or before the first value.
    for (int i = 0; i < now.values.size(); ++i) {
        if (old.values.contains(now.values.at(i)))
            continue;
        QString sql = QStringLiteral("ALTER TYPE %1 ADD VALUE %2")
                          .arg(typeName, pgObjectsLiteral(now.values.at(i)));
        if (i > 0)
            sql += QStringLiteral(" AFTER ") + pgObjectsLiteral(now.values.at(i - 1));
        else if (now.values.size() > 1)
            sql += QStringLiteral(" BEFORE ") + pgObjectsLiteral(now.values.at(1));
        script->add(sql, {change});
    }
}

void ServerMigrationWriter::writeSequenceChange(MigrationScript *script, const Sequence &old,
                                                const Sequence &now, int change)
{
    QString sequenceName = qualifiedObjectName(old.schemaName, old.name);
    if (old.name != now.name) {
        script->add(
            QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2").arg(sequenceName, name(now.name)),
            {change});
        sequenceName = qualifiedObjectName(old.schemaName, now.name);
    }
    if (old.schemaName != now.schemaName) {
        script->add(
            QStringLiteral("ALTER SEQUENCE %1 SET SCHEMA %2")
                .arg(sequenceName,
                     name(now.schemaName.isEmpty() ? QStringLiteral("public") : now.schemaName)),
            {change});
        sequenceName = qualifiedObjectName(now.schemaName, now.name);
    }
    // Empty means the engine's default: restated as such. START WITH only records where a later
    // RESTART goes; the sequence's current value stays (no RESTART is written).
    QStringList clauses;
    if (old.dataType != now.dataType)
        clauses << QStringLiteral("AS ")
                + (now.dataType.isEmpty() ? QStringLiteral("bigint") : now.dataType);
    if (old.increment != now.increment)
        clauses << QStringLiteral("INCREMENT BY ")
                + (now.increment.isEmpty() ? QStringLiteral("1") : now.increment);
    if (old.minValue != now.minValue)
        clauses << (now.minValue.isEmpty() ? QStringLiteral("NO MINVALUE")
                                           : QStringLiteral("MINVALUE ") + now.minValue);
    if (old.maxValue != now.maxValue)
        clauses << (now.maxValue.isEmpty() ? QStringLiteral("NO MAXVALUE")
                                           : QStringLiteral("MAXVALUE ") + now.maxValue);
    if (old.start != now.start && !now.start.isEmpty())
        clauses << QStringLiteral("START WITH ") + now.start;
    if (old.cache != now.cache)
        clauses << QStringLiteral("CACHE ")
                + (now.cache.isEmpty() ? QStringLiteral("1") : now.cache);
    if (old.cycle != now.cycle)
        clauses << (now.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
    // A column that owned the sequence and goes would take the sequence with it: ownership is
    // given up first and set again once the columns are in place.
    if (old.ownedBy && m_diff.match().toNew(old.ownedBy) != now.ownedBy)
        clauses << QStringLiteral("OWNED BY NONE");
    if (!clauses.isEmpty())
        script->add(QStringLiteral("ALTER SEQUENCE %1 %2")
                        .arg(sequenceName, clauses.join(QLatin1Char(' '))),
                    {change});
}

void ServerMigrationWriter::writeSchemaObjectsAfter(MigrationScript *script)
{
    const int change = schemaObjectsChange();
    if (change < 0 || m_dialect != Dialect::PostgreSQL)
        return;
    const bool byId = SchemaMatch::sharesLineage(m_old, m_new);
    const QHash<int, int> sequencePairs = pgObjectPairs(m_old.sequences, m_new.sequences, byId);
    QHash<int, int> oldOfNew;
    for (auto it = sequencePairs.cbegin(); it != sequencePairs.cend(); ++it)
        oldOfNew.insert(it.value(), it.key());
    for (int i = 0; i < m_new.sequences.size(); ++i) {
        const Sequence &now = m_new.sequences.at(i);
        const Sequence *old
            = oldOfNew.contains(i) ? &m_old.sequences.at(oldOfNew.value(i)) : nullptr;
        if (now.ownedBy && (!old || m_diff.match().toNew(old->ownedBy) != now.ownedBy))
            script->add(createdStatement(now.id, QStringLiteral("ALTER SEQUENCE")), {change});
    }
    for (int i = 0; i < m_old.sequences.size(); ++i) {
        if (sequencePairs.contains(i))
            continue;
        const Sequence &old = m_old.sequences.at(i);
        // An owned sequence went with its column or table already.
        script->add(QStringLiteral("DROP SEQUENCE %1%2")
                        .arg(old.ownedBy ? QStringLiteral("IF EXISTS ") : QString(),
                             qualifiedObjectName(old.schemaName, old.name)),
                    {change});
    }
    const QHash<int, int> typePairs = pgObjectPairs(m_old.userTypes, m_new.userTypes, byId);
    for (int i = m_old.userTypes.size() - 1; i >= 0; --i) {
        if (typePairs.contains(i))
            continue;
        const UserType &old = m_old.userTypes.at(i);
        script->add(QStringLiteral("DROP %1 %2")
                        .arg(old.kind == UserType::Kind::Domain ? QStringLiteral("DOMAIN")
                                                                : QStringLiteral("TYPE"),
                             qualifiedObjectName(old.schemaName, old.name)),
                    {change});
    }
    for (const QString &extension : m_old.extensions) {
        if (!m_new.extensions.contains(extension))
            script->add(QStringLiteral("DROP EXTENSION IF EXISTS %1").arg(name(extension)),
                        {change});
    }
}
