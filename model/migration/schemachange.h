#pragma once

#include "../id.h"

#include <QString>

// One difference between two versions of a schema. Ids are those of the old schema (`oldId`,
// `oldTable`) and of the new one (`newId`, `newTable`); 0 where the side does not exist (an
// added table has no old id). For table changes the object is the table itself.
struct SchemaChange
{
    enum class Kind {
        DropForeignKey,
        DropIndex,
        DropUnique,
        DropCheck,
        DropTable,
        RenameTable,
        RenameColumn,
        AddTable,
        DropColumn,
        AddColumn,
        AlterColumnType,
        AlterColumnNullability,
        AlterColumnDefault,
        AlterColumnOther, // identity, generated expression, collation, ON UPDATE, comment
        MoveColumn, // the column order changed
        ChangePrimaryKey,
        ChangeTableOptions,
        ChangeTriggers,
        AddUnique,
        AddCheck,
        AddIndex,
        AlterForeignKey, // same key, only actions, deferrability or MATCH changed
        AddForeignKey,
        ChangeSchemaObjects, // user types, sequences, extensions
    };

    Kind kind = Kind::AddTable;
    Id oldTable = 0;
    Id newTable = 0;
    Id oldId = 0;
    Id newId = 0;
    QString description; // for people: "orders.total: type INTEGER → NUMERIC(10,2)"

    bool operator==(const SchemaChange &o) const
    {
        return kind == o.kind && oldTable == o.oldTable && newTable == o.newTable
            && oldId == o.oldId && newId == o.newId && description == o.description;
    }
};
