#include "table.h"

#include <algorithm>

const Column *Table::column(Id columnId) const
{
    for (const Column &c : columns) {
        if (c.id == columnId)
            return &c;
    }
    return nullptr;
}

Column *Table::column(Id columnId)
{
    // Non-const iteration detaches `columns` first: a const_cast of the const overload would
    // write into data still shared with other copies of this table (e.g. an undo snapshot).
    for (Column &c : columns) {
        if (c.id == columnId)
            return &c;
    }
    return nullptr;
}

int Table::columnIndex(Id columnId) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).id == columnId)
            return i;
    }
    return -1;
}

const Column *Table::columnByName(const QString &name) const
{
    for (const Column &c : columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

bool Table::isUniqueColumn(Id columnId) const
{
    const QVector<Id> single{columnId};
    if (primaryKey == single)
        return true;
    for (const UniqueConstraint &u : uniqueConstraints) {
        if (u.columns == single)
            return true;
    }
    for (const TableIndex &i : indexes) {
        if (i.unique && !i.isPartial() && i.columns == single)
            return true;
    }
    return false;
}

bool Table::hasUniqueKey(const QVector<Id> &columnIds) const
{
    if (columnIds.isEmpty())
        return false;
    if (primaryKey == columnIds)
        return true;
    for (const UniqueConstraint &u : uniqueConstraints) {
        if (u.columns == columnIds)
            return true;
    }
    for (const TableIndex &i : indexes) {
        if (i.unique && !i.isPartial() && i.columns == columnIds)
            return true;
    }
    return false;
}

bool Table::hasUniqueKeyInAnyOrder(const QVector<Id> &columnIds) const
{
    if (columnIds.isEmpty())
        return false;
    QVector<Id> wanted = columnIds;
    std::sort(wanted.begin(), wanted.end());
    auto same = [&](QVector<Id> ids) {
        std::sort(ids.begin(), ids.end());
        return ids == wanted;
    };
    if (same(primaryKey))
        return true;
    for (const UniqueConstraint &u : uniqueConstraints) {
        if (same(u.columns))
            return true;
    }
    for (const TableIndex &i : indexes) {
        if (i.unique && !i.isPartial() && same(i.columns))
            return true;
    }
    return false;
}

bool Table::hasIndexLeadingWith(const QVector<Id> &columnIds) const
{
    if (columnIds.isEmpty())
        return true;
    auto leads = [&](const QVector<Id> &indexColumns) {
        if (indexColumns.size() < columnIds.size())
            return false;
        QVector<Id> prefix = indexColumns.mid(0, columnIds.size());
        QVector<Id> wanted = columnIds;
        std::sort(prefix.begin(), prefix.end());
        std::sort(wanted.begin(), wanted.end());
        return prefix == wanted;
    };
    if (leads(primaryKey))
        return true;
    for (const UniqueConstraint &u : uniqueConstraints) {
        if (leads(u.columns))
            return true;
    }
    for (const TableIndex &i : indexes) {
        if (!i.isPartial() && leads(i.columns))
            return true;
    }
    return false;
}

void Table::forgetColumn(Id columnId)
{
    primaryKey.removeAll(columnId);
    for (UniqueConstraint &u : uniqueConstraints)
        u.columns.removeAll(columnId);
    uniqueConstraints.erase(
        std::remove_if(uniqueConstraints.begin(), uniqueConstraints.end(),
                       [](const UniqueConstraint &u) { return u.columns.isEmpty(); }),
        uniqueConstraints.end());
    for (TableIndex &i : indexes) {
        // The parts run parallel to the columns: drop the part of the removed column too.
        for (int p = i.columns.size() - 1; p >= 0; --p) {
            if (i.columns.at(p) != columnId)
                continue;
            i.columns.removeAt(p);
            if (p < i.parts.size())
                i.parts.removeAt(p);
        }
        i.includeColumns.removeAll(columnId);
    }
    indexes.erase(std::remove_if(indexes.begin(), indexes.end(),
                                 [](const TableIndex &i) { return i.columns.isEmpty(); }),
                  indexes.end());
    checks.erase(
        std::remove_if(checks.begin(), checks.end(),
                       [columnId](const CheckConstraint &c) { return c.column == columnId; }),
        checks.end());
}

bool Table::operator==(const Table &o) const
{
    return id == o.id && name == o.name && schemaName == o.schemaName && columns == o.columns
        && primaryKey == o.primaryKey && primaryKeyName == o.primaryKeyName
        && uniqueConstraints == o.uniqueConstraints && indexes == o.indexes && checks == o.checks
        && options == o.options && triggers == o.triggers && comment == o.comment
        && position == o.position && color == o.color;
}
