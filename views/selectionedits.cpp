#include "selectionedits.h"

#include "commands/removecolumncommand.h"
#include "commands/removeforeignkeycommand.h"
#include "commands/removetablecommand.h"
#include "document.h"

bool SelectionEdits::remove(Document *document, const QVector<Id> &ids)
{
    const Schema &schema = document->schema();
    QVector<Id> tables, columns, keys;
    for (Id id : ids) {
        if (schema.table(id))
            tables << id;
    }
    for (Id id : ids) {
        if (schema.column(id) && !tables.contains(schema.tableOfColumn(id)))
            columns << id;
        if (const ForeignKey *key = schema.foreignKey(id)) {
            if (!tables.contains(key->childTable) && !tables.contains(key->parentTable))
                keys << id;
        }
    }
    const int steps = int(keys.size() + columns.size()) + (tables.isEmpty() ? 0 : 1);
    if (steps == 0)
        return false;
    QUndoStack *stack = document->undoStack();
    if (steps > 1)
        stack->beginMacro(tr("Delete %n object(s)", nullptr, int(ids.size())));
    // Keys first, then columns (a column's command removes its remaining keys), then tables:
    // each command is built after the previous one ran, so none refers to a removed key.
    for (Id keyId : keys)
        stack->push(new RemoveForeignKeyCommand(document, keyId));
    for (Id columnId : columns) {
        if (document->schema().column(columnId))
            stack->push(new RemoveColumnCommand(document, document->schema().tableOfColumn(columnId), columnId));
    }
    if (!tables.isEmpty())
        stack->push(new RemoveTableCommand(document, tables));
    if (steps > 1)
        stack->endMacro();
    return true;
}

QVector<Id> SelectionEdits::tablesOf(Document *document, const QVector<Id> &ids)
{
    const Schema &schema = document->schema();
    QVector<Id> tables;
    for (Id id : ids) {
        const Id table = schema.table(id) ? id : schema.tableOfColumn(id);
        if (table && !tables.contains(table))
            tables << table;
    }
    return tables;
}
