#include "schema.h"

const Table *Schema::table(Id tableId) const
{
    auto it = m_tables.constFind(tableId);
    return it == m_tables.constEnd() ? nullptr : &it.value();
}

const Table *Schema::tableByName(const QString &name) const
{
    for (Id id : m_tableOrder) {
        const Table &t = *m_tables.constFind(id);
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const ForeignKey *Schema::foreignKey(Id keyId) const
{
    auto it = m_keys.constFind(keyId);
    return it == m_keys.constEnd() ? nullptr : &it.value();
}

const Column *Schema::column(Id columnId) const
{
    const Table *owner = table(m_columnOwner.value(columnId));
    return owner ? owner->column(columnId) : nullptr;
}

const UserType *Schema::userType(Id typeId) const
{
    for (const UserType &type : userTypes) {
        if (type.id == typeId)
            return &type;
    }
    return nullptr;
}

const Sequence *Schema::sequence(Id sequenceId) const
{
    for (const Sequence &sequence : sequences) {
        if (sequence.id == sequenceId)
            return &sequence;
    }
    return nullptr;
}

const SubjectArea *Schema::subjectArea(Id areaId) const
{
    const int index = subjectAreaIndex(areaId);
    return index < 0 ? nullptr : &subjectAreas.at(index);
}

int Schema::subjectAreaIndex(Id areaId) const
{
    for (int i = 0; i < subjectAreas.size(); ++i) {
        if (subjectAreas.at(i).id == areaId)
            return i;
    }
    return -1;
}

QVector<Id> Schema::foreignKeysOfTable(Id tableId) const
{
    return m_keysByTable.value(tableId);
}

QVector<Id> Schema::foreignKeysUsingColumn(Id columnId) const
{
    QVector<Id> result;
    for (Id keyId : m_keysByTable.value(m_columnOwner.value(columnId))) {
        if (m_keys.constFind(keyId)->uses(columnId))
            result << keyId;
    }
    return result;
}

Id Schema::tableOfConstraint(Id constraintId) const
{
    return m_constraintOwner.value(constraintId);
}

QString Schema::describe(Id objectId) const
{
    if (const Table *t = table(objectId))
        return t->name;
    if (const ForeignKey *k = foreignKey(objectId)) {
        const Table *child = table(k->childTable);
        return (child ? child->name : QStringLiteral("?")) + QLatin1Char('.') + k->name;
    }
    if (const Table *t = table(m_columnOwner.value(objectId)))
        return t->name + QLatin1Char('.') + t->column(objectId)->name;
    if (const Table *t = table(m_constraintOwner.value(objectId))) {
        for (const UniqueConstraint &u : t->uniqueConstraints) {
            if (u.id == objectId)
                return t->name + QLatin1Char('.') + u.name;
        }
        for (const TableIndex &i : t->indexes) {
            if (i.id == objectId)
                return t->name + QLatin1Char('.') + i.name;
        }
        for (const CheckConstraint &c : t->checks) {
            if (c.id == objectId)
                return t->name + QLatin1Char('.') + c.name;
        }
        for (const Trigger &trigger : t->triggers) {
            if (trigger.id == objectId)
                return t->name + QLatin1Char('.') + trigger.name;
        }
    }
    if (const UserType *type = userType(objectId))
        return type->name;
    if (const Sequence *s = sequence(objectId))
        return s->name;
    if (const SubjectArea *area = subjectArea(objectId))
        return area->name;
    return name.isEmpty() ? QStringLiteral("schema") : name;
}

void Schema::indexTable(const Table &table)
{
    for (const Column &c : table.columns)
        m_columnOwner.insert(c.id, table.id);
    for (const UniqueConstraint &u : table.uniqueConstraints)
        m_constraintOwner.insert(u.id, table.id);
    for (const TableIndex &i : table.indexes)
        m_constraintOwner.insert(i.id, table.id);
    for (const CheckConstraint &c : table.checks)
        m_constraintOwner.insert(c.id, table.id);
    for (const Trigger &t : table.triggers)
        m_constraintOwner.insert(t.id, table.id);
}

void Schema::unindexTable(const Table &table)
{
    for (const Column &c : table.columns)
        m_columnOwner.remove(c.id);
    for (const UniqueConstraint &u : table.uniqueConstraints)
        m_constraintOwner.remove(u.id);
    for (const TableIndex &i : table.indexes)
        m_constraintOwner.remove(i.id);
    for (const CheckConstraint &c : table.checks)
        m_constraintOwner.remove(c.id);
    for (const Trigger &t : table.triggers)
        m_constraintOwner.remove(t.id);
}

void Schema::indexKey(const ForeignKey &key)
{
    m_keysByTable[key.childTable].append(key.id);
    if (key.parentTable != key.childTable)
        m_keysByTable[key.parentTable].append(key.id);
}

void Schema::unindexKey(const ForeignKey &key)
{
    for (Id tableId : {key.childTable, key.parentTable}) {
        auto it = m_keysByTable.find(tableId);
        if (it == m_keysByTable.end())
            continue;
        it->removeAll(key.id);
        if (it->isEmpty())
            m_keysByTable.erase(it);
    }
}

void Schema::insertTable(int index, const Table &table)
{
    Q_ASSERT(!m_tables.contains(table.id));
    if (index < 0 || index > m_tableOrder.size())
        index = m_tableOrder.size();
    m_tableOrder.insert(index, table.id);
    m_tables.insert(table.id, table);
    indexTable(table);
    reserveIdsUpTo(table.id);
    for (const Column &c : table.columns)
        reserveIdsUpTo(c.id);
    for (const UniqueConstraint &u : table.uniqueConstraints)
        reserveIdsUpTo(u.id);
    for (const TableIndex &i : table.indexes)
        reserveIdsUpTo(i.id);
    for (const CheckConstraint &c : table.checks)
        reserveIdsUpTo(c.id);
    for (const Trigger &t : table.triggers)
        reserveIdsUpTo(t.id);
}

Table Schema::takeTable(Id tableId)
{
    Table table = m_tables.take(tableId);
    m_tableOrder.removeOne(tableId);
    unindexTable(table);
    return table;
}

void Schema::replaceTable(const Table &table)
{
    auto it = m_tables.find(table.id);
    Q_ASSERT(it != m_tables.end());
    unindexTable(*it);
    *it = table;
    indexTable(table);
    for (const Column &c : table.columns)
        reserveIdsUpTo(c.id);
    for (const UniqueConstraint &u : table.uniqueConstraints)
        reserveIdsUpTo(u.id);
    for (const TableIndex &i : table.indexes)
        reserveIdsUpTo(i.id);
    for (const CheckConstraint &c : table.checks)
        reserveIdsUpTo(c.id);
    for (const Trigger &t : table.triggers)
        reserveIdsUpTo(t.id);
}

void Schema::insertForeignKey(int index, const ForeignKey &key)
{
    Q_ASSERT(!m_keys.contains(key.id));
    if (index < 0 || index > m_keyOrder.size())
        index = m_keyOrder.size();
    m_keyOrder.insert(index, key.id);
    m_keys.insert(key.id, key);
    indexKey(key);
    reserveIdsUpTo(key.id);
}

ForeignKey Schema::takeForeignKey(Id keyId)
{
    ForeignKey key = m_keys.take(keyId);
    m_keyOrder.removeOne(keyId);
    unindexKey(key);
    return key;
}

void Schema::replaceForeignKey(const ForeignKey &key)
{
    auto it = m_keys.find(key.id);
    Q_ASSERT(it != m_keys.end());
    unindexKey(*it);
    *it = key;
    indexKey(key);
}

void Schema::clear()
{
    *this = Schema();
}

void Schema::reserveIdsUpTo(Id usedId)
{
    if (usedId >= m_nextId)
        m_nextId = usedId + 1;
}

bool Schema::operator==(const Schema &o) const
{
    if (name != o.name || targetDialect != o.targetDialect || sourceDialect != o.sourceDialect
        || extensions != o.extensions || userTypes != o.userTypes || sequences != o.sequences
        || subjectAreas != o.subjectAreas || m_tableOrder != o.m_tableOrder
        || m_keyOrder != o.m_keyOrder)
        return false;
    for (Id id : m_tableOrder) {
        if (*m_tables.constFind(id) != *o.m_tables.constFind(id))
            return false;
    }
    for (Id id : m_keyOrder) {
        if (*m_keys.constFind(id) != *o.m_keys.constFind(id))
            return false;
    }
    return true;
}
