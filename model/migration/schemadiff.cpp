#include "schemadiff.h"

#include <algorithm>

using Kind = SchemaChange::Kind;

SchemaDiff::SchemaDiff(const Schema &oldSchema, const Schema &newSchema, const SchemaMatch &match)
    : m_old(oldSchema)
    , m_new(newSchema)
    , m_match(match)
{
    if (m_old.userTypes != m_new.userTypes || m_old.sequences != m_new.sequences
        || m_old.extensions != m_new.extensions)
        add(Kind::ChangeSchemaObjects, 0, 0, 0, 0,
            tr("user types, sequences or extensions changed"));
    diffTables();
    diffKeys();
    // Stable: within a kind, the order in which the tables and keys were visited.
    std::stable_sort(m_changes.begin(), m_changes.end(),
                     [](const SchemaChange &a, const SchemaChange &b) { return a.kind < b.kind; });
}

bool SchemaDiff::has(Kind kind, Id newTable) const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [&](const SchemaChange &c) {
        return c.kind == kind && c.newTable == newTable;
    });
}

QString SchemaDiff::toText() const
{
    QString text;
    for (const SchemaChange &change : m_changes)
        text += change.description + QLatin1Char('\n');
    return text;
}

void SchemaDiff::add(Kind kind, Id oldTable, Id newTable, Id oldId, Id newId,
                     const QString &description)
{
    m_changes.append({kind, oldTable, newTable, oldId, newId, description});
}

QVector<Id> SchemaDiff::toNew(const QVector<Id> &oldIds) const
{
    QVector<Id> result;
    for (Id id : oldIds)
        result << (id ? m_match.toNew(id) : Id(0));
    return result;
}

void SchemaDiff::diffTables()
{
    for (Id oldId : m_old.tableIds()) {
        const Table &oldTable = *m_old.table(oldId);
        if (!m_new.table(m_match.toNew(oldId)))
            add(Kind::DropTable, oldId, 0, oldId, 0, tr("drop table %1").arg(oldTable.name));
    }
    for (Id newId : m_new.tableIds()) {
        const Table &newTable = *m_new.table(newId);
        const Table *oldTable = m_old.table(m_match.toOld(newId));
        if (!oldTable) {
            add(Kind::AddTable, 0, newId, 0, newId, tr("add table %1").arg(newTable.name));
            continue;
        }
        if (oldTable->name != newTable.name || oldTable->schemaName != newTable.schemaName)
            add(Kind::RenameTable, oldTable->id, newId, oldTable->id, newId,
                tr("rename table %1 to %2").arg(oldTable->name, newTable.name));
        diffColumns(*oldTable, newTable);
        diffConstraints(*oldTable, newTable);
        if (oldTable->options != newTable.options)
            add(Kind::ChangeTableOptions, oldTable->id, newId, oldTable->id, newId,
                tr("%1: table options changed").arg(newTable.name));
        QStringList oldTriggers;
        QStringList newTriggers;
        for (const Trigger &t : oldTable->triggers)
            oldTriggers << t.sql.simplified();
        for (const Trigger &t : newTable.triggers)
            newTriggers << t.sql.simplified();
        if (oldTriggers != newTriggers)
            add(Kind::ChangeTriggers, oldTable->id, newId, oldTable->id, newId,
                tr("%1: triggers changed").arg(newTable.name));
    }
}

void SchemaDiff::diffColumns(const Table &oldTable, const Table &newTable)
{
    const Id o = oldTable.id;
    const Id n = newTable.id;
    const bool sameSource = m_old.sourceDialect == m_new.sourceDialect;
    for (const Column &column : oldTable.columns) {
        if (!newTable.column(m_match.toNew(column.id)))
            add(Kind::DropColumn, o, n, column.id, 0,
                tr("drop column %1.%2").arg(oldTable.name, column.name));
    }
    QVector<Id> keptInOldOrder;
    for (const Column &column : oldTable.columns) {
        if (Id newId = m_match.toNew(column.id))
            keptInOldOrder << newId;
    }
    QVector<Id> keptInNewOrder;
    for (const Column &column : newTable.columns) {
        const Column *old = oldTable.column(m_match.toOld(column.id));
        const QString where = newTable.name + QLatin1Char('.') + column.name;
        if (!old) {
            add(Kind::AddColumn, o, n, 0, column.id, tr("add column %1").arg(where));
            continue;
        }
        keptInNewOrder << column.id;
        if (old->name != column.name)
            add(Kind::RenameColumn, o, n, old->id, column.id,
                tr("rename column %1.%2 to %3").arg(newTable.name, old->name, column.name));
        const bool declaredDiffers = sameSource && old->typeDeclared && column.typeDeclared
            && old->declaredType.simplified().compare(column.declaredType.simplified(),
                                                      Qt::CaseInsensitive)
                != 0;
        if (old->type != column.type || declaredDiffers || old->isUnsigned != column.isUnsigned)
            add(Kind::AlterColumnType, o, n, old->id, column.id,
                tr("%1: type %2 → %3")
                    .arg(where, old->typeDeclared ? old->declaredType : old->type.toString(),
                         column.typeDeclared ? column.declaredType : column.type.toString()));
        if (old->nullable != column.nullable)
            add(Kind::AlterColumnNullability, o, n, old->id, column.id,
                column.nullable ? tr("%1: drop NOT NULL").arg(where)
                                : tr("%1: set NOT NULL").arg(where));
        if (old->defaultValue.trimmed() != column.defaultValue.trimmed())
            add(Kind::AlterColumnDefault, o, n, old->id, column.id,
                column.hasDefault() ? tr("%1: default %2").arg(where, column.defaultValue)
                                    : tr("%1: drop default").arg(where));
        if (old->autoIncrement != column.autoIncrement || old->identity != column.identity
            || old->identityOptions != column.identityOptions
            || old->generatedExpression.simplified() != column.generatedExpression.simplified()
            || old->generatedStored != column.generatedStored || old->collation != column.collation
            || old->onUpdateValue != column.onUpdateValue || old->comment != column.comment)
            add(Kind::AlterColumnOther, o, n, old->id, column.id,
                tr("%1: identity, generation, collation or comment changed").arg(where));
    }
    if (keptInOldOrder != keptInNewOrder)
        add(Kind::MoveColumn, o, n, o, n, tr("%1: column order changed").arg(newTable.name));
    if (toNew(oldTable.primaryKey) != newTable.primaryKey
        || (!oldTable.primaryKeyName.isEmpty() && !newTable.primaryKeyName.isEmpty()
            && oldTable.primaryKeyName != newTable.primaryKeyName))
        add(Kind::ChangePrimaryKey, o, n, o, n, tr("%1: primary key changed").arg(newTable.name));
}

void SchemaDiff::diffConstraints(const Table &oldTable, const Table &newTable)
{
    const Id o = oldTable.id;
    const Id n = newTable.id;
    auto describe = [](const QString &name, const QString &what) {
        return name.isEmpty() ? what : name;
    };
    for (const UniqueConstraint &u : oldTable.uniqueConstraints) {
        const auto it
            = std::find_if(newTable.uniqueConstraints.cbegin(), newTable.uniqueConstraints.cend(),
                           [&](const UniqueConstraint &c) { return c.id == m_match.toNew(u.id); });
        bool same = it != newTable.uniqueConstraints.cend();
        if (same) {
            UniqueConstraint mapped = u;
            mapped.id = it->id;
            mapped.columns = toNew(u.columns);
            same = mapped == *it;
        }
        if (!same) {
            add(Kind::DropUnique, o, n, u.id, 0,
                tr("%1: drop unique %2").arg(oldTable.name, describe(u.name, tr("constraint"))));
            if (it != newTable.uniqueConstraints.cend())
                add(Kind::AddUnique, o, n, 0, it->id,
                    tr("%1: add unique %2").arg(newTable.name, describe(it->name, QString())));
        }
    }
    for (const UniqueConstraint &u : newTable.uniqueConstraints) {
        if (!m_match.toOld(u.id))
            add(Kind::AddUnique, o, n, 0, u.id,
                tr("%1: add unique %2").arg(newTable.name, describe(u.name, tr("constraint"))));
    }
    for (const CheckConstraint &c : oldTable.checks) {
        const auto it
            = std::find_if(newTable.checks.cbegin(), newTable.checks.cend(),
                           [&](const CheckConstraint &x) { return x.id == m_match.toNew(c.id); });
        bool same = it != newTable.checks.cend();
        if (same) {
            same = it->name == c.name && it->expression.simplified() == c.expression.simplified()
                && it->column == m_match.toNew(c.column) && it->noInherit == c.noInherit;
        }
        if (!same) {
            add(Kind::DropCheck, o, n, c.id, 0,
                tr("%1: drop check %2").arg(oldTable.name, describe(c.name, c.expression)));
            if (it != newTable.checks.cend())
                add(Kind::AddCheck, o, n, 0, it->id,
                    tr("%1: add check %2").arg(newTable.name, describe(it->name, it->expression)));
        }
    }
    for (const CheckConstraint &c : newTable.checks) {
        if (!m_match.toOld(c.id))
            add(Kind::AddCheck, o, n, 0, c.id,
                tr("%1: add check %2").arg(newTable.name, describe(c.name, c.expression)));
    }
    for (const TableIndex &i : oldTable.indexes) {
        const auto it
            = std::find_if(newTable.indexes.cbegin(), newTable.indexes.cend(),
                           [&](const TableIndex &x) { return x.id == m_match.toNew(i.id); });
        bool same = it != newTable.indexes.cend();
        if (same) {
            TableIndex mapped = i;
            mapped.id = it->id;
            mapped.columns = toNew(i.columns);
            mapped.includeColumns = toNew(i.includeColumns);
            same = mapped == *it;
        }
        if (!same) {
            add(Kind::DropIndex, o, n, i.id, 0,
                tr("%1: drop index %2").arg(oldTable.name, describe(i.name, tr("(unnamed)"))));
            if (it != newTable.indexes.cend())
                add(Kind::AddIndex, o, n, 0, it->id,
                    tr("%1: add index %2").arg(newTable.name, describe(it->name, tr("(unnamed)"))));
        }
    }
    for (const TableIndex &i : newTable.indexes) {
        if (!m_match.toOld(i.id))
            add(Kind::AddIndex, o, n, 0, i.id,
                tr("%1: add index %2").arg(newTable.name, describe(i.name, tr("(unnamed)"))));
    }
}

void SchemaDiff::diffKeys()
{
    for (Id oldId : m_old.foreignKeyIds()) {
        const ForeignKey &o = *m_old.foreignKey(oldId);
        const Id newChild = m_match.toNew(o.childTable);
        if (!m_new.table(newChild))
            continue; // goes with its table
        const ForeignKey *n = m_new.foreignKey(m_match.toNew(oldId));
        const QString where = m_new.table(newChild)->name + QLatin1Char('.')
            + (o.name.isEmpty() ? tr("(unnamed key)") : o.name);
        if (n && n->name == o.name && toNew(o.childColumns) == n->childColumns
            && m_match.toNew(o.parentTable) == n->parentTable
            && toNew(o.parentColumns) == n->parentColumns) {
            if (n->onDelete != o.onDelete || n->onUpdate != o.onUpdate
                || n->deferrability != o.deferrability || n->match != o.match
                || toNew(o.deleteSetColumns) != n->deleteSetColumns)
                add(Kind::AlterForeignKey, o.childTable, newChild, oldId, n->id,
                    tr("%1: actions, deferrability or MATCH changed").arg(where));
            continue;
        }
        add(Kind::DropForeignKey, o.childTable, newChild, oldId, 0,
            tr("drop foreign key %1").arg(where));
        if (n)
            add(Kind::AddForeignKey, o.childTable, newChild, 0, n->id,
                tr("add foreign key %1.%2")
                    .arg(m_new.table(newChild)->name,
                         n->name.isEmpty() ? tr("(unnamed key)") : n->name));
    }
    for (Id newId : m_new.foreignKeyIds()) {
        const ForeignKey &n = *m_new.foreignKey(newId);
        const Id oldChild = m_match.toOld(n.childTable);
        if (!oldChild || m_match.toOld(newId))
            continue; // a new table's keys come with it; a matched key was handled above
        add(Kind::AddForeignKey, oldChild, n.childTable, 0, newId,
            tr("add foreign key %1.%2")
                .arg(m_new.table(n.childTable)->name,
                     n.name.isEmpty() ? tr("(unnamed key)") : n.name));
    }
}
