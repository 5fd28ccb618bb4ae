#include "servermigrationwriter.h"

#include "../ddl/dialectchecker.h"

using Kind = SchemaChange::Kind;

ServerMigrationWriter::ServerMigrationWriter(const SchemaDiff &diff, Dialect dialect)
    : m_diff(diff)
    , m_old(diff.oldSchema())
    , m_new(diff.newSchema())
    , m_dialect(dialect)
{
    m_generator.reset(static_cast<BaseDdlGenerator *>(DdlGenerator::create(dialect).release()));
    DdlOptions options;
    options.includeHeader = false;
    m_created = m_generator->createScript(m_new, options);
    for (int i = 0; i < diff.changes().size(); ++i) {
        const SchemaChange &c = diff.changes().at(i);
        if (c.kind == Kind::AlterColumnType || c.kind == Kind::AlterColumnNullability
            || c.kind == Kind::AlterColumnDefault || c.kind == Kind::AlterColumnOther)
            m_columnAlterations[c.newId] << i;
    }
}

QString ServerMigrationWriter::oldTableName(Id oldTable) const
{
    return m_generator->qualifiedTableName(m_old, *m_old.table(oldTable));
}

QString ServerMigrationWriter::newTableName(Id newTable) const
{
    return m_generator->qualifiedTableName(m_new, *m_new.table(newTable));
}

QString ServerMigrationWriter::keyName(const Schema &schema, const ForeignKey &key) const
{
    return key.name.isEmpty() ? m_generator->engineForeignKeyName(schema, key) : key.name;
}

QString ServerMigrationWriter::dropConstraint(const QString &table, const QString &kind,
                                              const QString &constraint) const
{
    if (isMySql() && kind == QLatin1String("unique"))
        return QStringLiteral("ALTER TABLE %1 DROP INDEX %2").arg(table, name(constraint));
    if (m_dialect == Dialect::MySQL && kind == QLatin1String("check"))
        return QStringLiteral("ALTER TABLE %1 DROP CHECK %2").arg(table, name(constraint));
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name(constraint));
}

void ServerMigrationWriter::write(MigrationScript *script)
{
    writeNotes(script);
    writeSchemaObjectsBefore(script);
    writeKeyDrops(script);
    writeConstraintDrops(script);
    writeTableDrops(script);
    writeRenames(script);
    writeColumns(script);
    writeTableOptions(script);
    writeColumnOrder(script);
    writeConstraintAdds(script);
    writeNewTables(script);
    writeKeyAdds(script);
    writeSchemaObjectsAfter(script);
    if (m_dialect == Dialect::SqlServer) {
        for (const Problem &p : DialectChecker::check(m_new, Dialect::SqlServer)) {
            if (p.code == QLatin1String("sqlserver-cascade-paths"))
                script->addProblem(MigrationProblem::Kind::Refused, -1, p.message);
        }
    }
}

void ServerMigrationWriter::writeNotes(MigrationScript *script)
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        QString what;
        if (c.kind == Kind::ChangeSchemaObjects && m_dialect != Dialect::PostgreSQL)
            what = tr("user types, sequences and extensions are not migrated");
        else if (c.kind == Kind::ChangeTableOptions && m_dialect == Dialect::SqlServer)
            what = tr("%1: table options are not migrated").arg(m_new.table(c.newTable)->name);
        else if (c.kind == Kind::ChangeTriggers)
            what = tr("%1: triggers are not migrated").arg(m_new.table(c.newTable)->name);
        else if (c.kind == Kind::AlterForeignKey && m_dialect != Dialect::PostgreSQL
                 && onlyDeferrability(c))
            what = tr("%1: %2 checks every key at once; deferrability does not apply")
                       .arg(c.description, Dialects::displayName(m_dialect));
        else if (c.kind == Kind::MoveColumn && !isMySql())
            what = tr("%1: the column order is not migrated: %2 cannot reorder the columns of a "
                      "table in place (new columns go last)")
                       .arg(m_new.table(c.newTable)->name, Dialects::displayName(m_dialect));
        else if (c.kind == Kind::AlterColumnOther && m_dialect == Dialect::SqlServer)
            what = tr("%1: identity, generation, collation and comment changes are not migrated")
                       .arg(c.description);
        if (!what.isEmpty())
            script->addProblem(MigrationProblem::Kind::Note, -1, what);
    }
}

bool ServerMigrationWriter::onlyDeferrability(const SchemaChange &change) const
{
    const ForeignKey *old = m_old.foreignKey(change.oldId);
    const ForeignKey *now = m_new.foreignKey(change.newId);
    if (!old || !now)
        return false;
    ForeignKey same = *old;
    same.deferrability = now->deferrability;
    return same.onDelete == now->onDelete && same.onUpdate == now->onUpdate
        && same.match == now->match && same.deleteSetColumns.size() == now->deleteSetColumns.size();
}

void ServerMigrationWriter::writeKeyDrops(MigrationScript *script)
{
    // Columns whose type changes and parents whose key or unique constraint is redone: the keys
    // over them go first and come back at the end.
    QHash<Id, int> touchedColumns; // new column id → change
    QHash<Id, int> redoneParents; // new table id → change
    QHash<Id, int> indexedChildren; // first column of a dropped index or UNIQUE → change (MySQL)
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind == Kind::AlterColumnType)
            touchedColumns.insert(c.newId, i);
        if (c.kind == Kind::ChangePrimaryKey || c.kind == Kind::DropUnique)
            redoneParents.insert(c.newTable, i);
        const Table *oldTable = m_old.table(c.oldTable);
        if (c.kind == Kind::DropUnique && isMySql() && oldTable) {
            // To InnoDB a UNIQUE is an index, which a key over its first column may be using.
            for (const UniqueConstraint &unique : oldTable->uniqueConstraints) {
                if (unique.id == c.oldId && !unique.columns.isEmpty())
                    indexedChildren.insert(m_diff.match().toNew(unique.columns.first()), i);
            }
        }
        if (c.kind != Kind::DropIndex || !oldTable)
            continue;
        for (const TableIndex &index : oldTable->indexes) {
            if (index.id != c.oldId)
                continue;
            if (index.unique)
                redoneParents.insert(c.newTable, i);
            // MySQL refuses to drop the index a key uses (ER 1553): the key goes first.
            if (isMySql() && !index.columns.isEmpty())
                indexedChildren.insert(m_diff.match().toNew(index.columns.first()), i);
        }
    }
    for (Id newId : m_new.foreignKeyIds()) {
        const Id oldId = m_diff.match().toOld(newId);
        if (!oldId)
            continue;
        bool changed = false;
        for (const SchemaChange &c : m_diff.changes())
            changed = changed || (c.oldId == oldId && c.kind == Kind::DropForeignKey)
                || (c.newId == newId && c.kind == Kind::AlterForeignKey);
        if (changed)
            continue;
        const ForeignKey &key = *m_new.foreignKey(newId);
        int reason = redoneParents.value(key.parentTable, -1);
        for (Id column : key.childColumns + key.parentColumns)
            reason = touchedColumns.value(column, reason);
        if (!key.childColumns.isEmpty())
            reason = indexedChildren.value(key.childColumns.first(), reason);
        if (reason >= 0)
            m_reAdded.insert(newId, reason);
    }
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        const bool alterApart = c.kind == Kind::AlterForeignKey && m_dialect != Dialect::PostgreSQL
            && !onlyDeferrability(c);
        if (c.kind != Kind::DropForeignKey && !alterApart)
            continue;
        const ForeignKey &key = *m_old.foreignKey(
            c.kind == Kind::DropForeignKey ? c.oldId : m_diff.match().toOld(c.newId));
        const QString sql = m_generator->dropForeignKeyStatement(m_old, key);
        if (sql.isEmpty())
            script->addProblem(MigrationProblem::Kind::Refused, -1,
                               tr("%1: the key has no name %2 can drop it by.")
                                   .arg(c.description, Dialects::displayName(m_dialect)));
        else
            script->add(sql, {i});
        // InnoDB made an index for a key no index covered, named after it, and DROP FOREIGN
        // KEY leaves it: it goes too unless the new schema keeps a key of that name there.
        const Table *child = m_old.table(key.childTable);
        if (isMySql() && c.kind == Kind::DropForeignKey && !key.name.isEmpty() && child
            && !child->hasIndexLeadingWith(key.childColumns) && m_new.table(c.newTable)) {
            bool kept = false;
            for (Id keyId : m_new.foreignKeysOfTable(c.newTable))
                kept = kept
                    || m_new.foreignKey(keyId)->name.compare(key.name, Qt::CaseInsensitive) == 0;
            if (!kept)
                script->add(QStringLiteral("ALTER TABLE %1 DROP INDEX %2")
                                .arg(oldTableName(key.childTable), name(key.name)),
                            {i});
        }
    }
    for (auto it = m_reAdded.cbegin(); it != m_reAdded.cend(); ++it) {
        const ForeignKey &key = *m_old.foreignKey(m_diff.match().toOld(it.key()));
        const QString sql = m_generator->dropForeignKeyStatement(m_old, key);
        if (!sql.isEmpty())
            script->add(sql, {it.value()});
    }
}

void ServerMigrationWriter::writeConstraintDrops(MigrationScript *script)
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        const Table *oldTable = m_old.table(c.oldTable);
        if (!oldTable || !m_new.table(c.newTable))
            continue;
        const QString table = oldTableName(c.oldTable);
        QString constraint;
        QString kind;
        if (c.kind == Kind::DropUnique) {
            for (const UniqueConstraint &u : oldTable->uniqueConstraints)
                constraint = u.id == c.oldId ? u.name : constraint;
            kind = QStringLiteral("unique");
        } else if (c.kind == Kind::DropCheck) {
            for (const CheckConstraint &k : oldTable->checks)
                constraint = k.id == c.oldId ? k.name : constraint;
            kind = QStringLiteral("check");
        } else if (c.kind == Kind::DropIndex) {
            for (const TableIndex &index : oldTable->indexes) {
                if (index.id != c.oldId)
                    continue;
                if (index.name.isEmpty())
                    break;
                const QString sql = isMySql()
                    ? QStringLiteral("ALTER TABLE %1 DROP INDEX %2").arg(table, name(index.name))
                    : m_dialect == Dialect::SqlServer
                    ? QStringLiteral("DROP INDEX %1 ON %2").arg(name(index.name), table)
                    : QStringLiteral("DROP INDEX %1").arg(name(index.name));
                script->add(sql, {i});
                constraint = index.name;
            }
            kind = QStringLiteral("index");
            if (!constraint.isEmpty())
                continue;
        } else if (c.kind == Kind::ChangePrimaryKey) {
            if (oldTable->primaryKey.isEmpty())
                continue;
            if (isMySql()) {
                script->add(QStringLiteral("ALTER TABLE %1 DROP PRIMARY KEY").arg(table), {i});
                continue;
            }
            constraint = oldTable->primaryKeyName;
            if (constraint.isEmpty() && m_dialect == Dialect::PostgreSQL)
                constraint = oldTable->name + QStringLiteral("_pkey");
            kind = QStringLiteral("primary key");
        } else {
            continue;
        }
        if (constraint.isEmpty())
            script->addProblem(MigrationProblem::Kind::Refused, -1,
                               tr("%1: the %2 has no name to drop it by; name it in the old "
                                  "schema (as the engine named it).")
                                   .arg(c.description, kind));
        else
            script->add(dropConstraint(table, kind, constraint), {i});
    }
}

void ServerMigrationWriter::writeTableDrops(MigrationScript *script)
{
    QVector<Id> pending;
    for (Id tableId : m_old.tableIds()) {
        if (!m_diff.match().toNew(tableId))
            pending << tableId;
    }
    auto changeOf = [this](Id oldTable) {
        for (int i = 0; i < m_diff.changes().size(); ++i) {
            if (m_diff.changes().at(i).kind == Kind::DropTable
                && m_diff.changes().at(i).oldTable == oldTable)
                return i;
        }
        return -1;
    };
    while (!pending.isEmpty()) {
        int pick = -1;
        for (int i = 0; i < pending.size() && pick < 0; ++i) {
            bool parent = false;
            for (Id keyId : m_old.foreignKeysOfTable(pending.at(i))) {
                const ForeignKey &k = *m_old.foreignKey(keyId);
                parent = parent
                    || (k.parentTable == pending.at(i) && !k.isSelfReference()
                        && pending.contains(k.childTable));
            }
            pick = parent ? -1 : i;
        }
        if (pick < 0) {
            // A cycle among the dropped tables: its keys go first (MariaDB refuses even
            // DROP TABLE a, b on a cycle).
            for (Id keyId : m_old.foreignKeyIds()) {
                const ForeignKey &k = *m_old.foreignKey(keyId);
                if (pending.contains(k.childTable) && pending.contains(k.parentTable)
                    && !k.isSelfReference()) {
                    const QString sql = m_generator->dropForeignKeyStatement(m_old, k);
                    if (!sql.isEmpty())
                        script->add(sql, {changeOf(k.childTable)});
                }
            }
            pick = 0;
            for (Id tableId : pending)
                script->add(QStringLiteral("DROP TABLE %1").arg(oldTableName(tableId)),
                            {changeOf(tableId)});
            return;
        }
        const Id tableId = pending.takeAt(pick);
        script->add(QStringLiteral("DROP TABLE %1").arg(oldTableName(tableId)),
                    {changeOf(tableId)});
    }
}
