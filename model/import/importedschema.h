#pragma once

#include "../column.h"
#include "../indexpart.h"
#include "../referentialaction.h"
#include "../sequence.h"
#include "../tableoptions.h"
#include "../trigger.h"
#include "../usertype.h"

#include <QString>
#include <QStringList>
#include <QVector>

// A schema as a source describes it: by names, before ids exist. Every importer (catalog
// readers, script parsers) fills one of these; SchemaAssembler then resolves the names into a
// Schema with ids and reports what does not resolve. Keeping the two apart lets ALTER TABLE
// statements and keys that point forward be read in any order.
//
// What refers to nothing else is the model's own struct (a column, a trigger, a user type, table
// options other than partitionOf/inherits); its id is left 0 and assigned by the assembler.

using ImportedColumn = Column;

struct ImportedConstraint // a primary key, unique constraint or index
{
    QString name;
    // Column names in order; an empty name is an expression part, whose text is in parts[i].
    QStringList columns;
    bool unique = true; // indexes only
    // Indexes: parallel to columns, may be shorter (missing entries are plain columns).
    QVector<IndexPart> parts;
    QString method;
    QString kind;
    QString predicate;
    QStringList includeColumns;
    QString options;
    // Unique constraints (PostgreSQL).
    Deferrability deferrability = Deferrability::NotDeferrable;
    bool nullsNotDistinct = false;
    int line = 0;
    int column = 0;
};

struct ImportedCheck
{
    QString name;
    QString expression; // without the parentheses of CHECK (...)
    QString columnName; // declared with this column; empty: a table constraint
    bool noInherit = false;
    int line = 0;
    int column = 0;
};

struct ImportedTable
{
    QString name;
    QString schemaName;
    QVector<ImportedColumn> columns;
    ImportedConstraint primaryKey; // columns empty: none
    QVector<ImportedConstraint> uniqueConstraints;
    QVector<ImportedConstraint> indexes;
    QVector<ImportedCheck> checks;
    TableOptions options; // partitionOf and inherits unused: see the names below
    QString partitionOf; // the partitioned parent's name
    QStringList inherits;
    QVector<Trigger> triggers;
    QString comment;
    int line = 0;
    int column = 0;

    int columnIndex(const QString &name) const; // case-insensitive, -1 when absent
};

struct ImportedForeignKey
{
    QString name;
    QString childTable;
    QStringList childColumns;
    QString parentTable;
    QStringList parentColumns; // empty: the parent's primary key
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    Deferrability deferrability = Deferrability::NotDeferrable;
    MatchType match = MatchType::Simple;
    QStringList deleteSetColumns; // PostgreSQL ON DELETE SET NULL (columns)
    int line = 0;
    int column = 0;
};

struct ImportedSequence
{
    Sequence sequence;
    QString ownedByTable; // OWNED BY table.column; empty: none
    QString ownedByColumn;
    int line = 0;
    int column = 0;
};

struct ImportedSchema
{
    QString name;
    QStringList extensions;
    QVector<UserType> userTypes;
    QVector<ImportedSequence> sequences;
    QVector<ImportedTable> tables; // in creation order
    QVector<ImportedForeignKey> foreignKeys;

    int tableIndex(const QString &name) const; // case-insensitive, -1 when absent
    ImportedTable *findTable(const QString &name);
};
