#pragma once

#include "foreignkey.h"
#include "id.h"
#include "sequence.h"
#include "subjectarea.h"
#include "table.h"
#include "usertype.h"

#include <QHash>
#include <QString>
#include <QVector>

// The plain data of one schema: tables and foreign keys in their document order, with lookup
// tables kept in step. Schema enforces nothing by itself beyond keeping those lookups right;
// Document is the only writer in the application and IntegrityCheck states the invariants.
class Schema
{
public:
    QString name;
    QString targetDialect; // e.g. "postgresql"; empty: none chosen
    // The dialect in which the schema's SQL texts are written: declared column types, defaults,
    // CHECK and generated expressions, index predicates, triggers. An import sets it to the
    // source's dialect; empty (every format-1 file) means portable text and logical types only.
    QString sourceDialect;
    // Schema-level objects of the source dialect, in creation order.
    QStringList extensions; // PostgreSQL CREATE EXTENSION names
    QVector<UserType> userTypes;
    QVector<Sequence> sequences;
    // Named groups of tables, in the order they are listed; canvas-only, never in the DDL.
    QVector<SubjectArea> subjectAreas;

    const QVector<Id> &tableIds() const { return m_tableOrder; }
    const QVector<Id> &foreignKeyIds() const { return m_keyOrder; }
    int tableCount() const { return m_tableOrder.size(); }
    int foreignKeyCount() const { return m_keyOrder.size(); }

    const Table *table(Id tableId) const;
    const Table *tableByName(const QString &name) const; // case-insensitive
    const ForeignKey *foreignKey(Id keyId) const;
    const Column *column(Id columnId) const;
    const UserType *userType(Id typeId) const;
    const Sequence *sequence(Id sequenceId) const;
    const SubjectArea *subjectArea(Id areaId) const;
    int subjectAreaIndex(Id areaId) const;
    Id tableOfColumn(Id columnId) const { return m_columnOwner.value(columnId); }
    int tableIndex(Id tableId) const { return m_tableOrder.indexOf(tableId); }
    int foreignKeyIndex(Id keyId) const { return m_keyOrder.indexOf(keyId); }

    // Keys in which the table is the child, the parent, or both (each key once).
    QVector<Id> foreignKeysOfTable(Id tableId) const;
    QVector<Id> foreignKeysUsingColumn(Id columnId) const;
    // "table", "table.column", "table.key" for messages.
    QString describe(Id objectId) const;
    // Which table owns a constraint or index id (0 if none).
    Id tableOfConstraint(Id constraintId) const;

    // Raw mutators. They keep the lookups right and nothing else. User types, sequences and
    // extensions are plain members; call reserveIdsUpTo() for the ids of what you add there.
    void insertTable(int index, const Table &table);
    Table takeTable(Id tableId);
    void replaceTable(const Table &table);
    void insertForeignKey(int index, const ForeignKey &key);
    ForeignKey takeForeignKey(Id keyId);
    void replaceForeignKey(const ForeignKey &key);
    void clear();

    // Ids are handed out from a counter that only grows, so an id is never reused within a
    // document, even after undo.
    Id allocateId() { return m_nextId++; }
    Id peekNextId() const { return m_nextId; }
    void reserveIdsUpTo(Id usedId);

    // Structural equality of the content (ignores the id counter).
    bool operator==(const Schema &other) const;

private:
    void indexTable(const Table &table);
    void unindexTable(const Table &table);
    void indexKey(const ForeignKey &key);
    void unindexKey(const ForeignKey &key);

    QVector<Id> m_tableOrder;
    QHash<Id, Table> m_tables;
    QVector<Id> m_keyOrder;
    QHash<Id, ForeignKey> m_keys;
    QHash<Id, Id> m_columnOwner;
    QHash<Id, Id> m_constraintOwner;
    QHash<Id, QVector<Id>> m_keysByTable;
    Id m_nextId = 1;
};
