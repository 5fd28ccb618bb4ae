#pragma once

#include "id.h"
#include "indexpart.h"

#include <QString>
#include <QVector>

// An index as the engine has it. `columns` are the ordered column ids of the owning table; an
// expression part has id 0 and its expression in parts[i]. `parts` is parallel to `columns` but
// may be shorter: a missing entry is a plain ascending column (most indexes have no parts).
struct TableIndex
{
    TableIndex() = default;
    TableIndex(Id id, const QString &name, const QVector<Id> &columns, bool unique = false)
        : id(id)
        , name(name)
        , columns(columns)
        , unique(unique)
    {
    }

    Id id = 0;
    QString name; // empty: unnamed (PostgreSQL and MySQL name it themselves)
    QVector<Id> columns;
    bool unique = false;
    QVector<IndexPart> parts;
    QString method; // "" = the engine's default; PostgreSQL btree/hash/gist/gin/brin/spgist, MySQL
                    // BTREE/HASH
    QString kind; // MySQL/MariaDB "FULLTEXT" or "SPATIAL"; "" otherwise
    QString predicate; // partial index: the WHERE condition as written; "" for a full index
    QVector<Id> includeColumns; // PostgreSQL INCLUDE (...)
    QString options; // the rest as written: PostgreSQL WITH (...) / TABLESPACE, MySQL COMMENT ...

    IndexPart part(int i) const { return i < parts.size() ? parts.at(i) : IndexPart(); }
    bool hasExpressions() const { return columns.contains(Id(0)); }
    bool isPartial() const { return !predicate.trimmed().isEmpty(); }

    bool operator==(const TableIndex &o) const
    {
        return id == o.id && name == o.name && columns == o.columns && unique == o.unique
            && normalizedParts() == o.normalizedParts() && method == o.method && kind == o.kind
            && predicate == o.predicate && includeColumns == o.includeColumns
            && options == o.options;
    }
    bool operator!=(const TableIndex &o) const { return !(*this == o); }

    // The parts without trailing default entries: two spellings of the same index compare equal.
    QVector<IndexPart> normalizedParts() const
    {
        QVector<IndexPart> trimmed = parts.mid(0, columns.size());
        while (!trimmed.isEmpty() && trimmed.constLast().isDefault())
            trimmed.removeLast();
        return trimmed;
    }
};
