#include "schemamatch.h"

#include "../schema.h"

#include <algorithm>

namespace {

QString folded(const QString &name)
{
    return name.toLower();
}

} // namespace

void SchemaMatch::link(Id oldId, Id newId)
{
    if (!oldId || !newId || m_toNew.contains(oldId) || m_toOld.contains(newId))
        return;
    m_toNew.insert(oldId, newId);
    m_toOld.insert(newId, oldId);
}

bool SchemaMatch::sharesLineage(const Schema &oldSchema, const Schema &newSchema)
{
    int shared = 0;
    int sameName = 0;
    for (Id id : oldSchema.tableIds()) {
        const Table *newTable = newSchema.table(id);
        if (!newTable)
            continue;
        ++shared;
        sameName += folded(newTable->name) == folded(oldSchema.table(id)->name) ? 1 : 0;
    }
    return shared > 0 && sameName * 2 >= shared;
}

bool SchemaMatch::compute(const Schema &oldSchema, const Schema &newSchema, Mode mode,
                          const QStringList &renames, QString *error)
{
    m_toNew.clear();
    m_toOld.clear();
    QHash<QString, QString> tableRenames; // folded old name → new name
    QHash<QString, QString> columnRenames; // folded "oldtable.oldcolumn" → new column name
    for (const QString &rename : renames) {
        const int equals = rename.indexOf(QLatin1Char('='));
        const QString from = rename.left(equals).trimmed();
        const QString to = rename.mid(equals + 1).trimmed();
        if (equals <= 0 || to.isEmpty()) {
            *error
                = tr("the rename \"%1\" is not of the form old=new or table.old=new.").arg(rename);
            return false;
        }
        const int dot = from.indexOf(QLatin1Char('.'));
        const QString tableName = dot < 0 ? from : from.left(dot);
        const Table *table = oldSchema.tableByName(tableName);
        if (!table) {
            *error = tr("the rename \"%1\" names the table \"%2\", which the old schema does not "
                        "have.")
                         .arg(rename, tableName);
            return false;
        }
        if (dot < 0) {
            if (!newSchema.tableByName(to)) {
                *error = tr("the rename \"%1\" names the table \"%2\", which the new schema does "
                            "not have.")
                             .arg(rename, to);
                return false;
            }
            tableRenames.insert(folded(tableName), to);
            continue;
        }
        if (!table->columnByName(from.mid(dot + 1))) {
            *error = tr("the rename \"%1\": the old table \"%2\" has no column \"%3\".")
                         .arg(rename, table->name, from.mid(dot + 1));
            return false;
        }
        columnRenames.insert(folded(from), to);
    }
    matchTables(oldSchema, newSchema, mode, tableRenames);
    matchColumns(oldSchema, newSchema, mode, columnRenames);
    matchConstraints(oldSchema, newSchema, mode);
    matchKeys(oldSchema, newSchema, mode);
    return true;
}

void SchemaMatch::matchTables(const Schema &oldSchema, const Schema &newSchema, Mode mode,
                              const QHash<QString, QString> &tableRenames)
{
    if (mode == Mode::ById) {
        for (Id id : oldSchema.tableIds()) {
            if (newSchema.table(id))
                link(id, id);
        }
    }
    // Declared renames first, so that a new table that took an old table's name goes to the
    // renamed one only when the user says so.
    for (Id id : oldSchema.tableIds()) {
        const QString to = tableRenames.value(folded(oldSchema.table(id)->name));
        if (!to.isEmpty())
            link(id, newSchema.tableByName(to)->id);
    }
    for (Id id : oldSchema.tableIds()) {
        if (tableRenames.contains(folded(oldSchema.table(id)->name)))
            continue;
        if (const Table *newTable = newSchema.tableByName(oldSchema.table(id)->name))
            link(id, newTable->id);
    }
}

void SchemaMatch::matchColumns(const Schema &oldSchema, const Schema &newSchema, Mode mode,
                               const QHash<QString, QString> &columnRenames)
{
    for (Id oldTableId : oldSchema.tableIds()) {
        const Table *newTable = newSchema.table(toNew(oldTableId));
        if (!newTable)
            continue;
        const Table &oldTable = *oldSchema.table(oldTableId);
        if (mode == Mode::ById) {
            for (const Column &column : oldTable.columns) {
                if (newTable->column(column.id))
                    link(column.id, column.id);
            }
        }
        for (const Column &column : oldTable.columns) {
            const QString renamed
                = columnRenames.value(folded(oldTable.name + QLatin1Char('.') + column.name));
            if (const Column *newColumn = newTable->columnByName(renamed))
                link(column.id, newColumn->id);
        }
        for (const Column &column : oldTable.columns) {
            if (columnRenames.contains(folded(oldTable.name + QLatin1Char('.') + column.name)))
                continue;
            if (const Column *newColumn = newTable->columnByName(column.name))
                link(column.id, newColumn->id);
        }
    }
}

void SchemaMatch::matchConstraints(const Schema &oldSchema, const Schema &newSchema, Mode mode)
{
    auto mapped = [this](const QVector<Id> &columns) {
        QVector<Id> result;
        for (Id id : columns)
            result << (id ? toNew(id) : Id(0));
        return result;
    };
    // Each kind: by id (lineage), then by name, then by what it covers (both unnamed or
    // renamed). The three passes never link one object twice.
    for (Id oldTableId : oldSchema.tableIds()) {
        const Table *newTable = newSchema.table(toNew(oldTableId));
        if (!newTable)
            continue;
        const Table &oldTable = *oldSchema.table(oldTableId);
        for (const UniqueConstraint &u : oldTable.uniqueConstraints) {
            for (const UniqueConstraint &n : newTable->uniqueConstraints) {
                if ((mode == Mode::ById && n.id == u.id)
                    || (!u.name.isEmpty() && folded(n.name) == folded(u.name)))
                    link(u.id, n.id);
            }
        }
        for (const UniqueConstraint &u : oldTable.uniqueConstraints) {
            for (const UniqueConstraint &n : newTable->uniqueConstraints) {
                if (mapped(u.columns) == n.columns && !m_toOld.contains(n.id))
                    link(u.id, n.id);
            }
        }
        for (const CheckConstraint &c : oldTable.checks) {
            for (const CheckConstraint &n : newTable->checks) {
                if ((mode == Mode::ById && n.id == c.id)
                    || (!c.name.isEmpty() && folded(n.name) == folded(c.name)))
                    link(c.id, n.id);
            }
        }
        for (const CheckConstraint &c : oldTable.checks) {
            for (const CheckConstraint &n : newTable->checks) {
                if (c.expression.simplified() == n.expression.simplified()
                    && !m_toOld.contains(n.id))
                    link(c.id, n.id);
            }
        }
        for (const TableIndex &i : oldTable.indexes) {
            for (const TableIndex &n : newTable->indexes) {
                if ((mode == Mode::ById && n.id == i.id)
                    || (!i.name.isEmpty() && folded(n.name) == folded(i.name)))
                    link(i.id, n.id);
            }
        }
        for (const TableIndex &i : oldTable.indexes) {
            for (const TableIndex &n : newTable->indexes) {
                if (i.name.isEmpty() && n.name.isEmpty() && mapped(i.columns) == n.columns
                    && !m_toOld.contains(n.id))
                    link(i.id, n.id);
            }
        }
    }
}

void SchemaMatch::matchKeys(const Schema &oldSchema, const Schema &newSchema, Mode mode)
{
    // Candidates are looked up by id, name and ends instead of comparing every pair of keys:
    // 11,000 keys made that 121 million comparisons. Each old key still links the first
    // candidate in the new schema's order that is not linked yet.
    const QVector<Id> &newKeys = newSchema.foreignKeyIds();
    QHash<QString, QVector<Id>> byName; // folded name → new keys, in order
    QHash<QPair<Id, Id>, QVector<Id>> unnamedByEnds; // (child, parent) → unnamed new keys
    for (Id newId : newKeys) {
        const ForeignKey &n = *newSchema.foreignKey(newId);
        if (n.name.isEmpty())
            unnamedByEnds[qMakePair(n.childTable, n.parentTable)] << newId;
        else
            byName[folded(n.name)] << newId;
    }
    QHash<Id, int> position;
    for (int i = 0; i < newKeys.size(); ++i)
        position.insert(newKeys.at(i), i);
    auto sameEnds = [&](const ForeignKey &o, const ForeignKey &n) {
        return toNew(o.childTable) == n.childTable && toNew(o.parentTable) == n.parentTable;
    };
    for (Id oldId : oldSchema.foreignKeyIds()) {
        const ForeignKey &o = *oldSchema.foreignKey(oldId);
        QVector<Id> candidates;
        if (mode == Mode::ById) {
            const ForeignKey *n = newSchema.foreignKey(oldId);
            if (n && toNew(o.childTable) == n->childTable)
                candidates << oldId;
        }
        if (!o.name.isEmpty()) {
            for (Id newId : byName.value(folded(o.name))) {
                if (sameEnds(o, *newSchema.foreignKey(newId)) && !candidates.contains(newId))
                    candidates << newId;
            }
        }
        std::sort(candidates.begin(), candidates.end(),
                  [&](Id a, Id b) { return position.value(a) < position.value(b); });
        for (Id newId : candidates)
            link(oldId, newId);
    }
    // Unnamed keys (the engine names them) by their ends and child columns.
    for (Id oldId : oldSchema.foreignKeyIds()) {
        const ForeignKey &o = *oldSchema.foreignKey(oldId);
        if (!o.name.isEmpty())
            continue;
        const QVector<Id> candidates
            = unnamedByEnds.value(qMakePair(toNew(o.childTable), toNew(o.parentTable)));
        for (Id newId : candidates) {
            if (m_toOld.contains(newId))
                continue;
            const ForeignKey &n = *newSchema.foreignKey(newId);
            QVector<Id> children;
            for (Id c : o.childColumns)
                children << toNew(c);
            if (children == n.childColumns)
                link(oldId, newId);
        }
    }
}
