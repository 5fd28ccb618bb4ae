#pragma once

#include "column.h"
#include "foreignkey.h"

#include <QCoreApplication>
#include <QVector>

class Document;
class Schema;

// What dropping a key drag would create. `newColumns` are added to the child table first (their
// ids are allocated by apply()); a 0 in key.childColumns stands for the next new column.
struct ForeignKeyPlan
{
    bool valid = false;
    QString reason; // why not, when !valid
    QVector<Column> newColumns;
    ForeignKey key;
};

// Turns "dragged from this column/header onto that column/header" into a foreign key:
// - column → column: a one-column key;
// - anything → header: references the parent's primary key; where the drag started on the
//   header, child columns are found by name (`user_id` for users.id) or created with the
//   parent's types, composite keys included;
// - onto its own table: a self-reference.
// The key gets a unique name and the default actions.
class ForeignKeyPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyPlanner)
public:
    // A column id of 0 means the drag started on, or was dropped on, the table's header.
    static ForeignKeyPlan plan(const Schema &schema, Id childTable, Id childColumn,
                               Id parentTable, Id parentColumn);
    // Pushes one undo step (a macro when columns are created); returns the new key's id.
    static Id apply(Document *document, const ForeignKeyPlan &plan);

    static QString uniqueConstraintName(const Schema &schema, const QString &base);
    static QString uniqueTableName(const Schema &schema, const QString &base);
    // "users" → "user", "categories" → "category"; names that are not plural stay.
    static QString singular(const QString &name);
};
